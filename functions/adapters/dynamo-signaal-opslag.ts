// Secondary adapter: the vroegsignalen on the single table. A signal is one item keyed by gemeente and signal id
// (a conditional put makes the ingest idempotent); open outreach signals carry the sparse worklist keys of the
// overloaded `werkvoorraad` index; the BSN person index is an item in the case's partition.

import type { OpgeslagenSignaal, SignaalOpslag } from '../app/poorten';
import { NietGevondenFout } from '../domain/fouten';
import {
  type DynamoKlant,
  type DynamoToegang,
  dynamoToegang,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from './dynamo-client';
import { isFout } from './lui';
import { TABEL } from './tabel-ontwerp';

export const signaalSleutels = {
  signaal: (gemeente: string, id: string) => `SIGNAAL#${gemeente}#${id}`,
  item: 'SIGNAAL',
  outreach: (gemeente: string) => `OUTREACH#${gemeente}`,
  bsnItem: 'PERSOON#BSN',
  bsnIndex: (gemeente: string, sleutel: string) => `BSN#${gemeente}#${sleutel}`,
};

export class DynamoSignaalOpslag implements SignaalOpslag {
  private readonly doc: DynamoToegang;

  constructor(
    private readonly tabel: string,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  async bewaar(s: OpgeslagenSignaal): Promise<boolean> {
    const { db } = await this.doc();
    const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
    try {
      await db.send(
        new PutCommand({
          TableName: this.tabel,
          Item: {
            pk: signaalSleutels.signaal(s.gemeente, s.id),
            sk: signaalSleutels.item,
            ...s,
            ...(s.afhandeling === 'outreach' && s.deadline && !s.uitkomst
              ? { [partitionKey]: signaalSleutels.outreach(s.gemeente), [sortKey]: `${s.deadline}#${s.id}` }
              : {}),
            ...(s.verlooptOp !== undefined ? { [TABEL.ttlAttribute]: s.verlooptOp } : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (isFout(e, 'ConditionalCheckFailedException')) return false;
      throw e;
    }
  }

  async haal(gemeente: string, id: string): Promise<OpgeslagenSignaal | undefined> {
    const { db } = await this.doc();
    const res = await db.send(
      new GetCommand({
        TableName: this.tabel,
        Key: { pk: signaalSleutels.signaal(gemeente, id), sk: signaalSleutels.item },
        ConsistentRead: true,
      }),
    );
    return res.Item ? naarSignaal(res.Item) : undefined;
  }

  async legUitkomstVast(
    gemeente: string,
    id: string,
    uitkomst: NonNullable<OpgeslagenSignaal['uitkomst']>,
    op: string,
    extra: { trajectId?: string; verlooptOp?: number },
  ): Promise<void> {
    const { db } = await this.doc();
    const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
    const zet = ['uitkomst = :u', 'uitkomstOp = :op'];
    const waarden: Record<string, unknown> = { ':u': uitkomst, ':op': op };
    if (extra.trajectId) {
      zet.push('trajectId = :t');
      waarden[':t'] = extra.trajectId;
    }
    if (extra.verlooptOp !== undefined) {
      zet.push('#ttl = :ttl');
      waarden[':ttl'] = extra.verlooptOp;
    }
    const update = db.send(
      new UpdateCommand({
        TableName: this.tabel,
        Key: { pk: signaalSleutels.signaal(gemeente, id), sk: signaalSleutels.item },
        UpdateExpression: `SET ${zet.join(', ')} REMOVE #wpk, #wsk`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: {
          '#wpk': partitionKey,
          '#wsk': sortKey,
          ...(extra.verlooptOp !== undefined ? { '#ttl': TABEL.ttlAttribute } : {}),
        },
        ExpressionAttributeValues: waarden,
      }),
    );
    try {
      await update;
    } catch (e) {
      // The signal expired (TTL) between reading and this write: it no longer exists.
      if (isFout(e, 'ConditionalCheckFailedException')) {
        throw new NietGevondenFout('SIGNAAL_NIET_GEVONDEN', `er is geen vroegsignaal ${id} op de lijst`);
      }
      throw e;
    }
  }

  async outreach(gemeente: string, max: number): Promise<OpgeslagenSignaal[]> {
    const { db } = await this.doc();
    const { partitionKey } = TABEL.indexen.werkvoorraad;
    const res = await db.send(
      new QueryCommand({
        TableName: this.tabel,
        IndexName: 'werkvoorraad',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': partitionKey },
        ExpressionAttributeValues: { ':pk': signaalSleutels.outreach(gemeente) },
        Limit: max,
      }),
    );
    return (res.Items ?? []).map(naarSignaal);
  }

  async koppelPersoon(gemeente: string, sleutel: string, trajectId: string, datum: string): Promise<void> {
    const { db } = await this.doc();
    const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
    await db.send(
      new PutCommand({
        TableName: this.tabel,
        Item: {
          pk: `TRAJECT#${trajectId}`,
          sk: signaalSleutels.bsnItem,
          gemeente,
          [partitionKey]: signaalSleutels.bsnIndex(gemeente, sleutel),
          [sortKey]: `${datum}#${trajectId}`,
        },
      }),
    );
  }

  async trajectenVanPersoon(gemeente: string, sleutel: string): Promise<string[]> {
    const { db } = await this.doc();
    const { partitionKey } = TABEL.indexen.werkvoorraad;
    const res = await db.send(
      new QueryCommand({
        TableName: this.tabel,
        IndexName: 'werkvoorraad',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': partitionKey },
        ExpressionAttributeValues: { ':pk': signaalSleutels.bsnIndex(gemeente, sleutel) },
        ScanIndexForward: false,
        Limit: 50,
      }),
    );
    return (res.Items ?? []).map((i) => String(i.pk).slice('TRAJECT#'.length));
  }
}

function naarSignaal(i: Record<string, unknown>): OpgeslagenSignaal {
  return {
    id: String(i.id),
    gemeente: String(i.gemeente),
    ontvangenOp: String(i.ontvangenOp),
    persoonSleutel: String(i.persoonSleutel),
    afhandeling: i.afhandeling as OpgeslagenSignaal['afhandeling'],
    ...(typeof i.trajectId === 'string' ? { trajectId: i.trajectId } : {}),
    ...(typeof i.deadline === 'string' ? { deadline: i.deadline } : {}),
    ...(typeof i.uitkomst === 'string' ? { uitkomst: i.uitkomst as NonNullable<OpgeslagenSignaal['uitkomst']> } : {}),
    ...(typeof i.uitkomstOp === 'string' ? { uitkomstOp: i.uitkomstOp } : {}),
    signaal: (i.signaal ?? {}) as Record<string, unknown>,
    ...(typeof i[TABEL.ttlAttribute] === 'number' ? { verlooptOp: i[TABEL.ttlAttribute] as number } : {}),
  };
}
