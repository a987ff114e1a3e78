// Secondary adapter: the case store on DynamoDB. History events are immutable items appended with a conditional
// put on the next volgnummer; the snapshot follows. Single-item writes only (the local engine has no transactions).
import type { DynamoDBDocumentClient, QueryCommandInput, QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DoorlooptijdItem, GeladenTraject, TrajectOpslag, WerkvoorraadItem } from '../app/poorten';
import { ConflictFout } from '../domain/fouten';
import type { Projecties } from '../domain/traject/deadlines';
import { OpgeslagenGebeurtenis, type Stap } from '../domain/traject/gebeurtenissen';
import { vouw } from '../domain/traject/traject';
import { getraceerd } from './getraceerd';
import { isFout, lui } from './lui';
import { sleutels, TABEL } from './tabel-ontwerp';
import '../domain/zod-meldingen';

const lib = lui(() => import('@aws-sdk/lib-dynamodb'));

export class DynamoTrajectOpslag implements TrajectOpslag {
  private readonly client: () => Promise<DynamoDBDocumentClient>;

  /** Without a client, one is made on first use (Lambda); the local runtime passes its own. */
  constructor(
    private readonly tabel: string,
    client?: DynamoDBDocumentClient,
  ) {
    this.client = client
      ? async () => client
      : lui(async () => {
          const [{ DynamoDBClient }, { DynamoDBDocumentClient }] = await Promise.all([
            import('@aws-sdk/client-dynamodb'),
            lib(),
          ]);
          return DynamoDBDocumentClient.from(await getraceerd(new DynamoDBClient({})), {
            marshallOptions: { removeUndefinedValues: true },
          });
        });
  }

  /** The lazily loaded lib-dynamodb module (its command classes) and the client. */
  private async doc() {
    const [m, db] = await Promise.all([lib(), this.client()]);
    return { m, db };
  }

  /** Every page of a Query, up to `max` items (a case's history is one page unless it passes 1 MB). */
  private async queryAlles(
    invoer: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>,
    max = Number.POSITIVE_INFINITY,
  ): Promise<Record<string, unknown>[]> {
    const { m, db } = await this.doc();
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page: QueryCommandOutput = await db.send(
        new m.QueryCommand({
          ...invoer,
          TableName: this.tabel,
          ...(Number.isFinite(max) ? { Limit: max - items.length } : {}),
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start && items.length < max);
    return items;
  }

  async laad(id: string): Promise<GeladenTraject | undefined> {
    const items = await this.queryAlles({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :event)',
      ExpressionAttributeValues: { ':pk': sleutels.traject(id), ':event': 'EVENT#' },
      ConsistentRead: true,
    });
    const historie = items.map((i) => OpgeslagenGebeurtenis.parse(i.gebeurtenis));
    const traject = vouw(id, historie);
    if (!traject) return undefined;
    const ongepubliceerd = items.filter((i) => i.outboxPk !== undefined).map((i) => Number(i.volgnummer));
    return { traject, historie, ongepubliceerd };
  }

  async voegToe(
    id: string,
    gebeurtenis: OpgeslagenGebeurtenis,
    na: GeladenTraject['traject'],
    projecties: Projecties,
  ): Promise<void> {
    const { m, db } = await this.doc();
    const pk = sleutels.traject(id);
    try {
      await db.send(
        new m.PutCommand({
          TableName: this.tabel,
          Item: {
            pk,
            sk: sleutels.event(gebeurtenis.volgnummer),
            gemeente: gebeurtenis.gemeente,
            volgnummer: gebeurtenis.volgnummer,
            gebeurtenis,
            outboxPk: sleutels.outbox,
            outboxSk: `${gebeurtenis.op}#${id}#${gebeurtenis.volgnummer}`,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (e) {
      if (isFout(e, 'ConditionalCheckFailedException')) {
        throw new ConflictFout('VERSIE_CONFLICT', `traject ${id} is tegelijk gewijzigd; probeer opnieuw`);
      }
      throw e;
    }
    // The snapshot is a cache of the fold, kept for listings and indexes; the history stays the truth, so a snapshot
    // write that loses to a newer one is simply skipped.
    try {
      await db.send(
        new m.PutCommand({
          TableName: this.tabel,
          Item: {
            pk,
            sk: sleutels.snapshot,
            gemeente: na.gemeente,
            versie: na.versie,
            fase: na.fase,
            stap: na.stap,
            traject: na,
          },
          ConditionExpression: 'attribute_not_exists(versie) OR versie < :v',
          ExpressionAttributeValues: { ':v': na.versie },
        }),
      );
      await this.schrijfProjecties(id, na.gemeente, na.versie, projecties);
    } catch (e) {
      if (!isFout(e, 'ConditionalCheckFailedException')) throw e;
    }
  }

  /**
   * Worklist and lead-time items, one per step, on the overloaded `werkvoorraad` index. Written only by the writer
   * that won the snapshot, so an older writer cannot overwrite a newer projection.
   */
  private async schrijfProjecties(id: string, gemeente: string, versie: number, p: Projecties): Promise<void> {
    const { m, db } = await this.doc();
    const pk = sleutels.traject(id);
    const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
    if (p.persoon) {
      await db.send(
        new m.PutCommand({
          TableName: this.tabel,
          Item: {
            pk,
            sk: sleutels.persoon,
            gemeente,
            [partitionKey]: sleutels.persoonIndex(gemeente, p.persoon.sleutel),
            [sortKey]: `${p.persoon.ontvangenOp}#${id}`,
          },
        }),
      );
    }
    for (const o of p.open) {
      await db.send(
        new m.PutCommand({
          TableName: this.tabel,
          Item: {
            pk,
            sk: sleutels.werk(o.stap),
            gemeente,
            versie,
            stap: o.stap,
            deadline: o.deadline,
            [partitionKey]: sleutels.werkvoorraad(gemeente),
            [sortKey]: `${o.deadline}#${id}#${o.stap}`,
          },
        }),
      );
    }
    for (const stap of p.vervallen) {
      await db.send(new m.DeleteCommand({ TableName: this.tabel, Key: { pk, sk: sleutels.werk(stap) } }));
    }
    for (const a of p.afgerond) {
      await db.send(new m.DeleteCommand({ TableName: this.tabel, Key: { pk, sk: sleutels.werk(a.stap) } }));
      await db.send(
        new m.PutCommand({
          TableName: this.tabel,
          Item: {
            pk,
            sk: sleutels.doorloop(a.stap),
            gemeente,
            ...a,
            [partitionKey]: sleutels.doorlooptijden(gemeente),
            [sortKey]: `${a.voltooidOp}#${id}#${a.stap}`,
          },
        }),
      );
    }
  }

  async werkvoorraad(
    gemeente: string,
    bereik: { van?: string; tot?: string },
    max: number,
  ): Promise<WerkvoorraadItem[]> {
    const items = await this.queryIndex(sleutels.werkvoorraad(gemeente), bereik.van, bereik.tot, max);
    return items.map((i) => ({
      trajectId: String(i.pk).slice('TRAJECT#'.length),
      stap: i.stap as Stap,
      deadline: String(i.deadline),
    }));
  }

  async zoekOpPersoon(gemeente: string, sleutel: string, vanaf: string): Promise<string[]> {
    const items = await this.queryIndex(sleutels.persoonIndex(gemeente, sleutel), vanaf, undefined, 50);
    return items.map((i) => String(i.pk).slice('TRAJECT#'.length)).reverse();
  }

  async doorlooptijden(gemeente: string, van: string, tot: string): Promise<DoorlooptijdItem[]> {
    const items = await this.queryIndex(sleutels.doorlooptijden(gemeente), van, tot, Number.POSITIVE_INFINITY);
    return items.map((i) => ({
      trajectId: String(i.pk).slice('TRAJECT#'.length),
      stap: i.stap as Stap,
      voltooidOp: String(i.voltooidOp),
      doorlooptijdDagen: Number(i.doorlooptijdDagen),
      binnenTermijn: i.binnenTermijn === true,
      binnenServicenorm: i.binnenServicenorm === true,
    }));
  }

  /** A Query on the werkvoorraad index for dates in [van, tot]; sort keys start with the date. */
  private async queryIndex(pk: string, van: string | undefined, tot: string | undefined, max: number) {
    const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
    const bereik =
      van && tot ? ' AND #sk BETWEEN :van AND :tot' : van ? ' AND #sk >= :van' : tot ? ' AND #sk <= :tot' : '';
    return this.queryAlles(
      {
        IndexName: 'werkvoorraad',
        KeyConditionExpression: `#pk = :pk${bereik}`,
        ExpressionAttributeNames: { '#pk': partitionKey, ...(bereik ? { '#sk': sortKey } : {}) },
        ExpressionAttributeValues: {
          ':pk': pk,
          ...(van ? { ':van': van } : {}),
          // '~' sorts after '#', so the whole tot day is included
          ...(tot ? { ':tot': `${tot}~` } : {}),
        },
      },
      max,
    );
  }

  async wachtendeTokens(id: string): Promise<string[]> {
    const { m, db } = await this.doc();
    const res = await db.send(
      new m.QueryCommand({
        TableName: this.tabel,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wacht)',
        ExpressionAttributeValues: { ':pk': sleutels.traject(id), ':wacht': 'WACHT#' },
        ConsistentRead: true,
      }),
    );
    return (res.Items ?? [])
      .filter((i) => i.voltooid !== true && typeof i.token === 'string')
      .map((i) => String(i.token));
  }

  async markeerGepubliceerd(id: string, volgnummer: number): Promise<void> {
    const { m, db } = await this.doc();
    await db.send(
      new m.UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.event(volgnummer) },
        UpdateExpression: 'REMOVE outboxPk, outboxSk',
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }

  async ongepubliceerdeVoor(voor: Date, max: number): Promise<{ id: string; volgnummer: number }[]> {
    const { m, db } = await this.doc();
    const { partitionKey, sortKey } = TABEL.indexen.outbox;
    const res = await db.send(
      new m.QueryCommand({
        TableName: this.tabel,
        IndexName: 'outbox',
        KeyConditionExpression: '#pk = :pk AND #sk < :voor',
        ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
        ExpressionAttributeValues: { ':pk': sleutels.outbox, ':voor': voor.toISOString() },
        Limit: max,
      }),
    );
    return (res.Items ?? []).map((i) => ({
      id: String(i.pk).slice('TRAJECT#'.length),
      volgnummer: Number(i.volgnummer),
    }));
  }

  async registreerWachttoken(id: string, gemeente: string, stap: Stap, token: string): Promise<{ voltooid: boolean }> {
    const { m, db } = await this.doc();
    const res = await db.send(
      new m.UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.wacht(stap) },
        UpdateExpression: 'SET #token = :t, gemeente = :g',
        ExpressionAttributeNames: { '#token': 'token' },
        ExpressionAttributeValues: { ':t': token, ':g': gemeente },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { voltooid: res.Attributes?.voltooid === true };
  }

  async markeerStapVoltooid(id: string, gemeente: string, stap: Stap): Promise<{ token?: string }> {
    const { m, db } = await this.doc();
    const res = await db.send(
      new m.UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.wacht(stap) },
        UpdateExpression: 'SET voltooid = :j, gemeente = :g',
        ExpressionAttributeValues: { ':j': true, ':g': gemeente },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const token = res.Attributes?.token;
    return typeof token === 'string' ? { token } : {};
  }
}
