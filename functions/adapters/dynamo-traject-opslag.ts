// Secondary adapter: the case store on DynamoDB, its command side. History events are immutable items appended with a
// conditional put on the next volgnummer; the snapshot follows. Single-item writes only (the local engine has no
// transactions). A stored event is read back by its envelope (`leesOpgeslagen`). The lists on the same items are
// dynamo-lijsten.ts, the outbox sweep dynamo-outbox.ts: a function that writes a case carries neither.

import type { GeladenTraject, LaadOpties, TrajectOpslag } from '../app/poorten';
import { ConflictFout } from '../domain/fouten';
import type { Ronde } from '../domain/schulden/schuld-gebeurtenissen';
import type { Projecties } from '../domain/traject/deadlines';
import { leesOpgeslagen, type OpgeslagenGebeurtenis, type Stap } from '../domain/traject/gebeurtenissen';
import { evolueer, type Traject } from '../domain/traject/traject';
import {
  DeleteCommand,
  type DynamoKlant,
  type DynamoToegang,
  dynamoToegang,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryInvoer as QueryCommandInput,
  type QueryUitvoer as QueryCommandOutput,
  UpdateCommand,
} from './dynamo-client';
import { schrijfConsulentProjecties } from './dynamo-consulent-opslag';
import { schrijfDdasRecord } from './dynamo-ddas-records';
import { eisItemPast } from './item-grootte';
import { isFout } from './lui';
import { schrijfMetriek } from './metriek-regel';
import { snapshotItem, trajectUitSnapshot } from './snapshot-item';
import { DOORLOOP_DAGEN, sleutels, TABEL } from './tabel-ontwerp';
import '../domain/zod-meldingen';

export class DynamoTrajectOpslag implements TrajectOpslag {
  private readonly doc: DynamoToegang;

  /** Without a client, one is made on first use (Lambda); the local runtime passes its own. */
  constructor(
    private readonly tabel: string,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  /** Every page of a Query, up to `max` items (a case's history is one page unless it passes 1 MB). */
  private async queryAlles(
    invoer: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>,
    max = Number.POSITIVE_INFINITY,
  ): Promise<Record<string, unknown>[]> {
    const { db } = await this.doc();
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page: QueryCommandOutput = await db.send(
        new QueryCommand({
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

  async laad(id: string, opties: LaadOpties = {}): Promise<GeladenTraject | undefined> {
    const { db } = await this.doc();
    const pk = sleutels.traject(id);
    const recent = Math.max(0, Math.floor(opties.recent ?? 0));
    const pagina = Math.max(1, recent);
    // One parallel round trip: the snapshot and the newest events (descending). Both are bounded, whatever the
    // history's length; the events tell whether the snapshot is current (it is written right after each append).
    const [snap, laatste] = await Promise.all([
      db.send(new GetCommand({ TableName: this.tabel, Key: { pk, sk: sleutels.snapshot }, ConsistentRead: true })),
      db.send(
        new QueryCommand({
          TableName: this.tabel,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :event)',
          ExpressionAttributeValues: { ':pk': pk, ':event': 'EVENT#' },
          ScanIndexForward: false,
          Limit: pagina,
          ConsistentRead: true,
        }),
      ),
    ]);
    let items = [...(laatste.Items ?? [])].reverse();
    const eerste = items[0];
    const nieuwste = items.at(-1);
    if (!eerste || !nieuwste) return undefined;
    const hoogste = Number(nieuwste.volgnummer);
    const basis = bruikbareSnapshot(snap.Item, hoogste);
    const vanaf = basis?.versie ?? 0;
    const laagste = Number(eerste.volgnummer);
    if (laagste > vanaf + 1) {
      // The page does not reach back to the snapshot (writers that stopped between their append and their snapshot,
      // or no usable snapshot at all): read the gap. Rare, and the next append brings the snapshot up to date.
      const gat = await this.queryAlles({
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :van AND :tot',
        ExpressionAttributeValues: {
          ':pk': pk,
          ':van': sleutels.event(vanaf + 1),
          ':tot': sleutels.event(laagste - 1),
        },
        ConsistentRead: true,
      });
      items = [...gat, ...items];
      // A closed case past its retention period is deleted item by item (TTL, in no order): once its first event is
      // gone the case no longer exists, even while some of its items still wait for deletion.
      if (vanaf === 0 && Number(items[0]?.volgnummer) !== 1) return undefined;
    }
    const gebeurtenis = new Map<number, OpgeslagenGebeurtenis>();
    const lees = (i: Record<string, unknown>) => {
      const v = Number(i.volgnummer);
      const g = gebeurtenis.get(v) ?? leesOpgeslagen(i.gebeurtenis);
      gebeurtenis.set(v, g);
      return g;
    };
    const traject = items
      .filter((i) => Number(i.volgnummer) > vanaf)
      .reduce<Traject | undefined>((t, i) => evolueer(t, lees(i), id), basis);
    if (!traject) return undefined;
    return {
      traject,
      recent: recent === 0 ? [] : items.slice(-recent).map(lees),
      ongepubliceerd: items.filter((i) => i.outboxPk !== undefined).map((i) => Number(i.volgnummer)),
    };
  }

  async gebeurtenis(
    id: string,
    volgnummer: number,
  ): Promise<{ gebeurtenis: OpgeslagenGebeurtenis; ongepubliceerd: boolean } | undefined> {
    const { db } = await this.doc();
    const res = await db.send(
      new GetCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.event(volgnummer) },
        ConsistentRead: true,
      }),
    );
    if (!res.Item) return undefined;
    return {
      gebeurtenis: leesOpgeslagen(res.Item.gebeurtenis),
      ongepubliceerd: res.Item.outboxPk !== undefined,
    };
  }

  async voegToe(
    id: string,
    gebeurtenis: OpgeslagenGebeurtenis,
    na: GeladenTraject['traject'],
    projecties: Projecties,
  ): Promise<void> {
    const { db } = await this.doc();
    const pk = sleutels.traject(id);
    const eventItem = {
      pk,
      sk: sleutels.event(gebeurtenis.volgnummer),
      gemeente: gebeurtenis.gemeente,
      volgnummer: gebeurtenis.volgnummer,
      gebeurtenis,
      outboxPk: sleutels.outbox(id),
      outboxSk: `${gebeurtenis.op}#${id}#${gebeurtenis.volgnummer}`,
    };
    const snapshot = snapshotItem(pk, na);
    // Both items are checked before the first write: the event must not be appended when its snapshot cannot follow.
    eisItemPast(eventItem, 'de gebeurtenis');
    eisItemPast(snapshot, 'het traject');
    try {
      await db.send(
        new PutCommand({
          TableName: this.tabel,
          Item: eventItem,
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
        new PutCommand({
          TableName: this.tabel,
          Item: snapshot,
          ConditionExpression: 'attribute_not_exists(versie) OR versie < :v',
          ExpressionAttributeValues: { ':v': na.versie },
        }),
      );
      await this.schrijfProjecties(id, na, projecties);
    } catch (e) {
      if (!isFout(e, 'ConditionalCheckFailedException')) throw e;
    }
  }

  /**
   * Worklist rows (per gemeente and, once there is one, per begeleider) and lead-time items, one per step, and the
   * lead-time aggregate. Written only by the writer that won the snapshot, so an older writer cannot overwrite a
   * newer projection.
   */
  private async schrijfProjecties(id: string, na: Traject, p: Projecties): Promise<void> {
    const { db } = await this.doc();
    const { gemeente, versie, begeleider } = na;
    const pk = sleutels.traject(id);
    const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
    const put = (Item: Record<string, unknown>) => db.send(new PutCommand({ TableName: this.tabel, Item }));
    const weg = (sk: string) => db.send(new DeleteCommand({ TableName: this.tabel, Key: { pk, sk } }));
    if (p.consulent) await schrijfConsulentProjecties({ db, tabel: this.tabel }, id, gemeente, versie, p.consulent);
    if (p.persoon) {
      await put({
        pk,
        sk: sleutels.persoon,
        gemeente,
        [partitionKey]: sleutels.persoonIndex(gemeente, p.persoon.sleutel),
        [sortKey]: `${p.persoon.ontvangenOp}#${id}`,
      });
    }
    for (const o of p.open) {
      const rij = { pk, gemeente, versie, stap: o.stap, deadline: o.deadline, ...(begeleider ? { begeleider } : {}) };
      const sorteer = `${o.deadline}#${id}#${o.stap}`;
      await put({
        ...rij,
        sk: sleutels.werk(o.stap),
        [partitionKey]: sleutels.werkvoorraad(gemeente),
        [sortKey]: sorteer,
      });
      if (begeleider) {
        await put({
          ...rij,
          sk: sleutels.werkBegeleider(o.stap),
          [partitionKey]: sleutels.werkvoorraadBegeleider(gemeente, begeleider),
          [sortKey]: sorteer,
        });
      }
    }
    if (p.ddas) await schrijfDdasRecord(db, this.tabel, versie, p.ddas);
    for (const stap of p.vervallen) {
      await weg(sleutels.werk(stap));
      await weg(sleutels.werkBegeleider(stap));
    }
    for (const a of p.afgerond) {
      await weg(sleutels.werk(a.stap));
      await weg(sleutels.werkBegeleider(a.stap));
      // The per-case item is the record of what the aggregate counted: a step completed again (a corrected
      // berekening) moves its count, and a replay of the same completion counts nothing.
      const oud = await db.send(
        new PutCommand({
          TableName: this.tabel,
          Item: { pk, sk: sleutels.doorloop(a.stap), gemeente, ...a },
          ReturnValues: 'ALL_OLD',
        }),
      );
      const vorig = oud.Attributes as Projecties['afgerond'][number] | undefined;
      if (vorig && vorig.voltooidOp === a.voltooidOp && vorig.doorlooptijdDagen === a.doorlooptijdDagen) continue;
      if (vorig?.voltooidOp) await this.telAfgerond(gemeente, vorig, -1);
      await this.telAfgerond(gemeente, a, 1);
      // Counted here, once per completion (a replay counted nothing above), whichever path completed the step.
      if (!vorig?.voltooidOp)
        schrijfMetriek(a.binnenTermijn ? 'StapBinnenNorm' : 'StapBuitenNorm', { stap: a.stap, gemeente });
    }
  }

  /** Adds (or with -1 takes back) one completed step to the aggregate of its gemeente, month and step. */
  private async telAfgerond(gemeente: string, a: Projecties['afgerond'][number], n: 1 | -1): Promise<void> {
    const { db } = await this.doc();
    const maand = a.voltooidOp.slice(0, 7);
    await db.send(
      new UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.doorlooptijdAggregaat(gemeente), sk: sleutels.doorlooptijdMaand(maand, a.stap) },
        UpdateExpression:
          'SET gemeente = :g, maand = :m, stap = :s ADD aantal :n, binnenTermijn :t, binnenServicenorm :sn, #d :n',
        ExpressionAttributeNames: { '#d': `${DOORLOOP_DAGEN}${a.doorlooptijdDagen}` },
        ExpressionAttributeValues: {
          ':g': gemeente,
          ':m': maand,
          ':s': a.stap,
          ':n': n,
          ':t': a.binnenTermijn ? n : 0,
          ':sn': a.binnenServicenorm ? n : 0,
        },
      }),
    );
  }

  async wachtendeTokens(id: string, stappen?: readonly Stap[]): Promise<string[]> {
    const alleen = stappen ? new Set(stappen.map((st) => sleutels.wacht(st))) : undefined;
    const { db } = await this.doc();
    const res = await db.send(
      new QueryCommand({
        TableName: this.tabel,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wacht)',
        ExpressionAttributeValues: { ':pk': sleutels.traject(id), ':wacht': 'WACHT#' },
        ConsistentRead: true,
      }),
    );
    return (res.Items ?? [])
      .filter((i) => i.voltooid !== true && typeof i.token === 'string' && (!alleen || alleen.has(String(i.sk))))
      .map((i) => String(i.token));
  }

  async markeerGepubliceerd(id: string, volgnummer: number): Promise<void> {
    const { db } = await this.doc();
    await db.send(
      new UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.event(volgnummer) },
        UpdateExpression: 'REMOVE outboxPk, outboxSk, outboxClaimTot',
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }

  async schrijfInfo(id: string): Promise<{ gemeente: string; begeleider?: string } | undefined> {
    const { db } = await this.doc();
    const res = await db.send(
      new GetCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.snapshot },
        ProjectionExpression: 'gemeente, begeleider',
        ConsistentRead: true,
      }),
    );
    if (!res.Item) return undefined;
    const begeleider = res.Item.begeleider;
    return { gemeente: String(res.Item.gemeente), ...(typeof begeleider === 'string' ? { begeleider } : {}) };
  }

  async registreerWachttoken(id: string, gemeente: string, stap: Stap, token: string): Promise<{ voltooid: boolean }> {
    return this.parkeerToken(id, gemeente, sleutels.wacht(stap), token);
  }

  async markeerStapVoltooid(id: string, gemeente: string, stap: Stap): Promise<{ token?: string }> {
    return this.markeerVoltooid(id, gemeente, sleutels.wacht(stap));
  }

  async registreerSchuldeiserWacht(
    id: string,
    gemeente: string,
    wacht: { nr: number; ronde: Ronde },
    token: string,
  ): Promise<{ voltooid: boolean }> {
    return this.parkeerToken(id, gemeente, sleutels.schuldeiserWacht(wacht.nr, wacht.ronde), token);
  }

  async markeerSchuldeiserBeantwoord(
    id: string,
    gemeente: string,
    wacht: { nr: number; ronde: Ronde },
  ): Promise<{ token?: string }> {
    return this.markeerVoltooid(id, gemeente, sleutels.schuldeiserWacht(wacht.nr, wacht.ronde));
  }

  /** One single-item update per wait: the token writer and the completion writer see each other, whichever is second. */
  private async parkeerToken(id: string, gemeente: string, sk: string, token: string): Promise<{ voltooid: boolean }> {
    const { db } = await this.doc();
    const res = await db.send(
      new UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk },
        UpdateExpression: 'SET #token = :t, gemeente = :g',
        ExpressionAttributeNames: { '#token': 'token' },
        ExpressionAttributeValues: { ':t': token, ':g': gemeente },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { voltooid: res.Attributes?.voltooid === true };
  }

  private async markeerVoltooid(id: string, gemeente: string, sk: string): Promise<{ token?: string }> {
    const { db } = await this.doc();
    const res = await db.send(
      new UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk },
        UpdateExpression: 'SET voltooid = :j, gemeente = :g',
        ExpressionAttributeValues: { ':j': true, ':g': gemeente },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const token = res.Attributes?.token;
    return typeof token === 'string' ? { token } : {};
  }

  async heropenWachtstap(id: string, stap: Stap): Promise<void> {
    const { db } = await this.doc();
    await db.send(
      new DeleteCommand({ TableName: this.tabel, Key: { pk: sleutels.traject(id), sk: sleutels.wacht(stap) } }),
    );
  }
}

/** The snapshot if it can stand in for the fold up to its version: written by this fold's shape, not ahead. */
function bruikbareSnapshot(item: Record<string, unknown> | undefined, hoogste: number): Traject | undefined {
  const traject = trajectUitSnapshot(item);
  return traject && traject.versie === Number(item?.versie) && traject.versie <= hoogste ? traject : undefined;
}
