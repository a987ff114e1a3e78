// Secondary adapter: the lists and reports on the case store's items (functions/app/poorten.ts `LijstOpslag`): a
// case's history page by page, the worklist, a person's cases, the lead-time aggregate, the DDAS records and the
// privacy officer's listing of the inzage log (dynamo-inzage-log.ts writes it). Every read is a Query on a key (the
// case, the werkvoorraad index, the aggregate, an inzage partition), one page at a time; no Scan, no constant key.
// Apart from the case store, so the functions that write a case carry none of these reads.

import type {
  DoorlooptijdAggregaat,
  InzageFilter,
  InzageRecord,
  LijstOpslag,
  Pagina,
  WerkvoorraadItem,
} from '../app/poorten';
import type { DdasRecord } from '../domain/ddas/ddas-record';
import { plusKalenderdagen } from '../domain/kalender/kalender';
import { leesOpgeslagen, type OpgeslagenGebeurtenis, type Stap } from '../domain/traject/gebeurtenissen';
import { type DynamoKlant, type DynamoToegang, dynamoToegang, QueryCommand } from './dynamo-client';
import { leesDdasRecords } from './dynamo-ddas-records';
import { inzageSleutels } from './dynamo-inzage-log';
import { cursorInhoud, cursorOngeldig, eisSleutel, leesCursor, schrijfCursor } from './pagina-cursor';
import { DOORLOOP_DAGEN, sleutels, TABEL } from './tabel-ontwerp';
import { indexAlles, indexPagina } from './werkvoorraad-index';

export class DynamoLijsten implements LijstOpslag {
  private readonly doc: DynamoToegang;

  constructor(
    private readonly tabel: string,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  async werkvoorraad(
    gemeente: string,
    bereik: { van?: string; tot?: string },
    pagina: { max: number; cursor?: string; begeleider?: string },
  ): Promise<Pagina<WerkvoorraadItem>> {
    const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
    const indexPk = pagina.begeleider
      ? sleutels.werkvoorraadBegeleider(gemeente, pagina.begeleider)
      : sleutels.werkvoorraad(gemeente);
    const start = pagina.cursor
      ? leesCursor(pagina.cursor, ['pk', 'sk', partitionKey, sortKey], { [partitionKey]: indexPk })
      : undefined;
    const { db } = await this.doc();
    const res = await indexPagina(db, this.tabel, indexPk, bereik, pagina.max, start);
    return {
      items: res.items.map((i) => ({
        trajectId: String(i.pk).slice('TRAJECT#'.length),
        stap: i.stap as Stap,
        deadline: String(i.deadline),
        ...(typeof i.begeleider === 'string' ? { begeleider: i.begeleider } : {}),
      })),
      ...(res.volgende ? { volgende: schrijfCursor(res.volgende) } : {}),
    };
  }

  async zoekOpPersoon(gemeente: string, sleutel: string, vanaf: string): Promise<string[]> {
    const { db } = await this.doc();
    const res = await indexPagina(db, this.tabel, sleutels.persoonIndex(gemeente, sleutel), { van: vanaf }, 50);
    return res.items.map((i) => String(i.pk).slice('TRAJECT#'.length)).reverse();
  }

  async doorlooptijdAggregaten(
    gemeente: string,
    vanMaand: string,
    totMaand: string,
    pagina: { max: number; cursor?: string },
  ): Promise<Pagina<DoorlooptijdAggregaat>> {
    const { db } = await this.doc();
    const pk = sleutels.doorlooptijdAggregaat(gemeente);
    const start = pagina.cursor ? leesCursor(pagina.cursor, ['pk', 'sk'], { pk }) : undefined;
    const res = await db.send(
      new QueryCommand({
        TableName: this.tabel,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :van AND :tot',
        ExpressionAttributeValues: { ':pk': pk, ':van': vanMaand, ':tot': `${totMaand}~` },
        Limit: pagina.max,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    return {
      items: (res.Items ?? []).map((i) => ({
        maand: String(i.maand),
        stap: i.stap as Stap,
        aantal: Number(i.aantal ?? 0),
        binnenTermijn: Number(i.binnenTermijn ?? 0),
        binnenServicenorm: Number(i.binnenServicenorm ?? 0),
        dagen: Object.fromEntries(
          Object.entries(i)
            .filter(([k, v]) => k.startsWith(DOORLOOP_DAGEN) && Number(v) !== 0)
            .map(([k, v]) => [Number(k.slice(DOORLOOP_DAGEN.length)), Number(v)]),
        ),
      })),
      ...(res.LastEvaluatedKey ? { volgende: schrijfCursor(res.LastEvaluatedKey) } : {}),
    };
  }

  /** The DDAS records of a gemeente from a date on, every page (the export reads them all by design). */
  async ddasRecords(gemeente: string, vanaf: string): Promise<DdasRecord[]> {
    const { db } = await this.doc();
    return leesDdasRecords((pk, van) => indexAlles(db, this.tabel, pk, { van }), gemeente, vanaf);
  }

  async historie(
    id: string,
    na: number,
    limiet: number,
  ): Promise<{ gebeurtenissen: OpgeslagenGebeurtenis[]; meer: boolean }> {
    const { db } = await this.doc();
    // One more than asked tells whether there is a next page without a second request.
    const res = await db.send(
      new QueryCommand({
        TableName: this.tabel,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :van AND :tot',
        ExpressionAttributeValues: {
          ':pk': sleutels.traject(id),
          ':van': sleutels.event(na + 1),
          ':tot': 'EVENT#~',
        },
        Limit: limiet + 1,
        ConsistentRead: true,
      }),
    );
    const items = res.Items ?? [];
    return {
      gebeurtenissen: items.slice(0, limiet).map((i) => leesOpgeslagen(i.gebeurtenis)),
      // A page can also end at DynamoDB's 1 MB before the limit: then it is shorter and there is more.
      meer: items.length > limiet || res.LastEvaluatedKey !== undefined,
    };
  }

  /**
   * The inzage records of a gemeente (one case, or every day of a period), oldest first; a page ends at `max` or
   * between partitions, and its cursor names the partition and the key to go on from.
   */
  async inzage(
    filter: InzageFilter,
    max: number,
    cursor?: string,
  ): Promise<{ items: InzageRecord[]; cursor?: string }> {
    const { db } = await this.doc();
    const partities = filter.trajectId
      ? [inzageSleutels.traject(filter.gemeente, filter.trajectId)]
      : dagenVan(filter.van, filter.tot).map((d) => inzageSleutels.dag(filter.gemeente, d));
    let positie = leesInzageCursor(cursor, partities);
    const items: InzageRecord[] = [];
    while (positie.p < partities.length && items.length < max) {
      const page = await db.send(
        new QueryCommand({
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

/**
 * Position in an inzage listing: which partition of the filter (`p`), and the key in it to go on from (`k`). Read
 * back only as a position of this filter's partitions: a key of another partition is refused, never sent to DynamoDB.
 */
function leesInzageCursor(cursor: string | undefined, partities: string[]): { p: number; k?: Record<string, string> } {
  if (!cursor) return { p: 0 };
  const c = cursorInhoud(cursor);
  const { p, k } = (typeof c === 'object' && c !== null ? c : {}) as { p?: unknown; k?: unknown };
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p >= partities.length) throw cursorOngeldig();
  return k === undefined ? { p } : { p, k: eisSleutel(k, ['pk', 'sk'], { pk: partities[p] as string }) };
}
