// Secondary adapter: the counsellor's indexes on the overloaded `werkvoorraad` GSI of the one table. Each case
// carries, in its own partition: `OVERZICHT` (its row, keyed per gemeente + begeleider), `TEAM` (its open steps, keyed
// per gemeente, running cases only), `GEPLAND#<n>` (a planned contact moment not yet held, keyed per gemeente +
// begeleider) and `ZOEK#<hash>` (one
// per keyed hash of a search token). Every read is a Query on a key or a GetItem; no Scan, no constant key.

import type { ConsulentOpslag } from '../app/poorten';
import type { ConsulentProjecties, OverzichtRij } from '../domain/consulent/projecties';
import type { Stap } from '../domain/traject/gebeurtenissen';
import {
  BatchGetCommand,
  DeleteCommand,
  type DynamoKlant,
  type DynamoToegang,
  dynamoToegang,
  PutCommand,
  QueryCommand,
} from './dynamo-client';
import { leesCursor, schrijfCursor } from './pagina-cursor';
import { sleutels, TABEL } from './tabel-ontwerp';

const GEEN = '-';
export const consulentSleutels = {
  overzicht: 'OVERZICHT',
  team: 'TEAM',
  gepland: (nummer: number) => `GEPLAND#${String(nummer).padStart(4, '0')}`,
  zoek: (sleutel: string) => `ZOEK#${sleutel}`,
  begeleiderIndex: (gemeente: string, begeleider: string | null) => `BEGELEIDER#${gemeente}#${begeleider ?? GEEN}`,
  teamIndex: (gemeente: string) => `TEAM#${gemeente}`,
  geplandIndex: (gemeente: string, begeleider: string | null) => `GEPLAND#${gemeente}#${begeleider ?? GEEN}`,
  zoekIndex: (gemeente: string, sleutel: string) => `ZOEK#${gemeente}#${sleutel}`,
};

const { partitionKey: WPK, sortKey: WSK } = TABEL.indexen.werkvoorraad;

/** Called by the case store after it won the snapshot write, so an older writer cannot overwrite newer rows. */
export async function schrijfConsulentProjecties(
  c: { db: DynamoKlant; tabel: string },
  id: string,
  gemeente: string,
  versie: number,
  p: ConsulentProjecties,
): Promise<void> {
  const pk = sleutels.traject(id);
  const put = (Item: Record<string, unknown>) => c.db.send(new PutCommand({ TableName: c.tabel, Item }));
  const weg = (sk: string) => c.db.send(new DeleteCommand({ TableName: c.tabel, Key: { pk, sk } }));
  const o = p.overzicht;
  if (o) {
    await put({
      pk,
      sk: consulentSleutels.overzicht,
      gemeente,
      versie,
      rij: o,
      [WPK]: consulentSleutels.begeleiderIndex(gemeente, o.begeleider),
      [WSK]: `${o.afgesloten ? 'afgesloten' : 'lopend'}#${o.fase}#${o.ontvangenOp}#${id}`,
    });
  }
  if (p.team) {
    await put({
      pk,
      sk: consulentSleutels.team,
      gemeente,
      versie,
      begeleider: p.team.begeleider ?? GEEN,
      open: p.team.open,
      [WPK]: consulentSleutels.teamIndex(gemeente),
      [WSK]: `${p.team.begeleider ?? GEEN}#${id}`,
    });
  } else if (p.team === null) {
    await weg(consulentSleutels.team);
  }
  for (const g of p.contactmomenten.schrijf) {
    await put({
      pk,
      sk: consulentSleutels.gepland(g.nummer),
      gemeente,
      ...g,
      begeleider: g.begeleider ?? GEEN,
      [WPK]: consulentSleutels.geplandIndex(gemeente, g.begeleider),
      [WSK]: `${g.datum}#${id}#${g.nummer}`,
    });
  }
  for (const nummer of p.contactmomenten.weg) await weg(consulentSleutels.gepland(nummer));
  for (const s of p.zoeksleutels.nieuw) {
    await put({
      pk,
      sk: consulentSleutels.zoek(s),
      gemeente,
      [WPK]: consulentSleutels.zoekIndex(gemeente, s),
      [WSK]: id,
    });
  }
  for (const s of p.zoeksleutels.weg) await weg(consulentSleutels.zoek(s));
}

const idUit = (pk: unknown) => String(pk).slice('TRAJECT#'.length);
const begeleiderUit = (b: unknown) => (b === GEEN || typeof b !== 'string' ? null : b);

export class DynamoConsulentOpslag implements ConsulentOpslag {
  private readonly doc: DynamoToegang;

  constructor(
    private readonly tabel: string,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  /** One page of a Query on the index partition `pk`, optionally on a sort-key prefix and an upper bound. */
  private async pagina(
    pk: string,
    opties: { prefix?: string; tot?: string; max: number; start?: Record<string, unknown> },
  ): Promise<{ items: Record<string, unknown>[]; volgende?: Record<string, unknown> }> {
    const { db } = await this.doc();
    const conditie = opties.prefix ? ' AND begins_with(#sk, :prefix)' : opties.tot ? ' AND #sk <= :tot' : '';
    const res = await db.send(
      new QueryCommand({
        TableName: this.tabel,
        IndexName: 'werkvoorraad',
        KeyConditionExpression: `#pk = :pk${conditie}`,
        ExpressionAttributeNames: { '#pk': WPK, ...(conditie ? { '#sk': WSK } : {}) },
        ExpressionAttributeValues: {
          ':pk': pk,
          ...(opties.prefix ? { ':prefix': opties.prefix } : {}),
          // '~' sorts after '#', so the whole `tot` day is included
          ...(opties.tot && !opties.prefix ? { ':tot': `${opties.tot}~` } : {}),
        },
        Limit: opties.max,
        ...(opties.start ? { ExclusiveStartKey: opties.start } : {}),
      }),
    );
    return { items: res.Items ?? [], ...(res.LastEvaluatedKey ? { volgende: res.LastEvaluatedKey } : {}) };
  }

  /** Every page of a partition (bounded by what one gemeente holds). */
  private async alles(pk: string, opties: { tot?: string; max?: number } = {}): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    const max = opties.max ?? Number.POSITIVE_INFINITY;
    do {
      const p = await this.pagina(pk, {
        ...(opties.tot ? { tot: opties.tot } : {}),
        max: Math.min(1000, max - items.length),
        ...(start ? { start } : {}),
      });
      items.push(...p.items);
      start = p.volgende;
    } while (start && items.length < max);
    return items;
  }

  async trajectenVan(
    gemeente: string,
    begeleider: string | null,
    filter: { status: 'lopend' | 'afgesloten'; fase?: string | undefined },
    max: number,
    cursor?: string,
  ): Promise<{ rijen: OverzichtRij[]; cursor?: string }> {
    const pk = consulentSleutels.begeleiderIndex(gemeente, begeleider);
    const start = cursor ? leesCursor(cursor, ['pk', 'sk', WPK, WSK], { [WPK]: pk }) : undefined;
    const p = await this.pagina(pk, {
      prefix: `${filter.status}#${filter.fase ? `${filter.fase}#` : ''}`,
      max,
      ...(start ? { start } : {}),
    });
    return {
      rijen: p.items.map((i) => i.rij as OverzichtRij),
      ...(p.volgende ? { cursor: schrijfCursor(p.volgende) } : {}),
    };
  }

  async team(gemeente: string) {
    const items = await this.alles(consulentSleutels.teamIndex(gemeente));
    return items.map((i) => ({
      trajectId: idUit(i.pk),
      begeleider: begeleiderUit(i.begeleider),
      open: (i.open ?? []) as { stap: Stap; deadline: string }[],
    }));
  }

  async geplandeContactmomenten(gemeente: string, begeleider: string | null, tot: string | undefined, max: number) {
    const items = await this.alles(consulentSleutels.geplandIndex(gemeente, begeleider), {
      ...(tot ? { tot } : {}),
      max,
    });
    return items.map((i) => ({
      trajectId: idUit(i.pk),
      nummer: Number(i.nummer),
      datum: String(i.datum),
      wat: String(i.wat),
      begeleider: begeleiderUit(i.begeleider),
    }));
  }

  async zoek(gemeente: string, zoeksleutels: string[], max: number): Promise<OverzichtRij[]> {
    let ids: string[] | undefined;
    for (const s of zoeksleutels) {
      // A prefix of two letters can match many cases: each token is read up to a bound, then intersected.
      const gevonden = (await this.alles(consulentSleutels.zoekIndex(gemeente, s), { max: 2000 })).map((i) =>
        String(i[WSK]),
      );
      ids = ids ? ids.filter((id) => gevonden.includes(id)) : gevonden;
      if (ids.length === 0) return [];
    }
    const gekozen = (ids ?? []).slice(0, max);
    if (gekozen.length === 0) return [];
    const { db } = await this.doc();
    const res = await db.send(
      new BatchGetCommand({
        RequestItems: {
          [this.tabel]: {
            Keys: gekozen.map((id) => ({ pk: sleutels.traject(id), sk: consulentSleutels.overzicht })),
            ConsistentRead: true,
          },
        },
      }),
    );
    const rijen = (res.Responses?.[this.tabel] ?? [])
      .filter((i) => i.gemeente === gemeente)
      .map((i) => i.rij as OverzichtRij);
    return rijen.sort((a, b) => a.naam.localeCompare(b.naam) || a.trajectId.localeCompare(b.trajectId));
  }
}
