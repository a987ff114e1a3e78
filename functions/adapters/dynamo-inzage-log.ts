// Secondary adapter: the inzage log (who read which personal data) in the case table, as its own items apart from
// the case history. Keys per gemeente and day (`INZAGE#<gemeente>#DAG#<dag>`) and per gemeente and case
// (`INZAGE#<gemeente>#TRAJECT#<id>`): never a constant key, and a tenant's records never share a partition with
// another tenant's. The sort key starts with the day, so a day range is one key condition.

import type { InzageFilter, InzageLog, InzageRecord } from '../app/poorten';
import { ValidatieFout } from '../domain/fouten';
import { plusKalenderdagen, vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { DynamoKlant } from './dynamo-client';
import { type DynamoToegang, dynamoLib, dynamoToegang } from './dynamo-client';

const _lib = dynamoLib;

export const inzageSleutels = {
  dag: (gemeente: string, dag: string) => `INZAGE#${gemeente}#DAG#${dag}`,
  traject: (gemeente: string, id: string) => `INZAGE#${gemeente}#TRAJECT#${id}`,
  sort: (r: InzageRecord) => `${vandaagInAmsterdam(new Date(r.op))}#${r.op}#${r.requestId}`,
};

/** Position in a listing: which partition of the filter, and where in it. */
interface Cursor {
  p: number;
  k?: Record<string, unknown>;
}

export class DynamoInzageLog implements InzageLog {
  private readonly doc: DynamoToegang;

  constructor(
    private readonly tabel: string,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  /**
   * Both items are written before the read is answered (two single-item puts in parallel: no transaction needed,
   * each is a complete record). If either fails the promise rejects and the caller's read fails with it.
   */
  async leg(record: InzageRecord): Promise<void> {
    const { m, db } = await this.doc();
    const dag = vandaagInAmsterdam(new Date(record.op));
    const sk = inzageSleutels.sort(record);
    const item = { ...record, dag, sk, soort: 'inzage' };
    await Promise.all([
      db.send(
        new m.PutCommand({ TableName: this.tabel, Item: { ...item, pk: inzageSleutels.dag(record.gemeente, dag) } }),
      ),
      ...(record.trajectId
        ? [
            db.send(
              new m.PutCommand({
                TableName: this.tabel,
                Item: { ...item, pk: inzageSleutels.traject(record.gemeente, record.trajectId) },
              }),
            ),
          ]
        : []),
    ]);
  }

  async zoek(filter: InzageFilter, max: number, cursor?: string): Promise<{ items: InzageRecord[]; cursor?: string }> {
    const { m, db } = await this.doc();
    const partities = filter.trajectId
      ? [inzageSleutels.traject(filter.gemeente, filter.trajectId)]
      : dagenVan(filter.van, filter.tot).map((d) => inzageSleutels.dag(filter.gemeente, d));
    let positie = leesCursor(cursor);
    const items: InzageRecord[] = [];
    while (positie.p < partities.length && items.length < max) {
      const page = await db.send(
        new m.QueryCommand({
          TableName: this.tabel,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :van AND :tot',
          ...(filter.sub ? { FilterExpression: '#sub = :sub' } : {}),
          ExpressionAttributeNames: filter.sub ? { '#sub': 'sub' } : undefined,
          ExpressionAttributeValues: {
            ':pk': partities[positie.p],
            ':van': filter.van,
            ':tot': `${filter.tot}#\uffff`,
            ...(filter.sub ? { ':sub': filter.sub } : {}),
          },
          Limit: max - items.length,
          ...(positie.k ? { ExclusiveStartKey: positie.k } : {}),
        }),
      );
      for (const i of page.Items ?? []) items.push(alsRecord(i));
      positie = page.LastEvaluatedKey ? { p: positie.p, k: page.LastEvaluatedKey } : { p: positie.p + 1 };
    }
    return positie.p < partities.length ? { items, cursor: schrijfCursor(positie) } : { items };
  }
}

/** At most a year of days per listing: each day is one partition to read. */
export const MAX_DAGEN_INZAGE = 366;

function dagenVan(van: string, tot: string): string[] {
  const dagen: string[] = [];
  for (let d = van; d <= tot && dagen.length < MAX_DAGEN_INZAGE; d = plusKalenderdagen(d, 1)) dagen.push(d);
  return dagen;
}

function alsRecord(i: Record<string, unknown>): InzageRecord {
  const tekst = (k: string) => (typeof i[k] === 'string' ? (i[k] as string) : undefined);
  return {
    gemeente: tekst('gemeente') ?? '',
    sub: tekst('sub') ?? '',
    rol: tekst('rol') ?? '',
    route: tekst('route') ?? '',
    ...(tekst('trajectId') ? { trajectId: tekst('trajectId') } : {}),
    ...(tekst('zoekvraag') ? { zoekvraag: tekst('zoekvraag') } : {}),
    op: tekst('op') ?? '',
    requestId: tekst('requestId') ?? '',
  };
}

function schrijfCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function leesCursor(cursor: string | undefined): Cursor {
  if (!cursor) return { p: 0 };
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (Number.isInteger(c.p) && c.p >= 0 && (c.k === undefined || (typeof c.k === 'object' && c.k !== null))) return c;
  } catch {
    // fall through: a cursor we did not issue
  }
  throw new ValidatieFout('ONGELDIGE_CURSOR', 'deze cursor is niet van ons', [{ veld: 'cursor', melding: 'ongeldig' }]);
}
