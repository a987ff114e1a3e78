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
} from './dynamo-client';
import { leesCursor, schrijfCursor } from './pagina-cursor';
import { sleutels, TABEL } from './tabel-ontwerp';
import { indexAlles, indexPagina } from './werkvoorraad-index';

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

  async trajectenVan(
    gemeente: string,
    begeleider: string | null,
    filter: { status: 'lopend' | 'afgesloten'; fase?: string | undefined },
    max: number,
    cursor?: string,
  ): Promise<{ rijen: OverzichtRij[]; cursor?: string }> {
    const pk = consulentSleutels.begeleiderIndex(gemeente, begeleider);
    const start = cursor ? leesCursor(cursor, ['pk', 'sk', WPK, WSK], { [WPK]: pk }) : undefined;
    const { db } = await this.doc();
    const prefix = `${filter.status}#${filter.fase ? `${filter.fase}#` : ''}`;
    const p = await indexPagina(db, this.tabel, pk, { prefix }, max, start);
    return {
      rijen: p.items.map((i) => i.rij as OverzichtRij),
      ...(p.volgende ? { cursor: schrijfCursor(p.volgende) } : {}),
    };
  }

  async team(gemeente: string) {
    const { db } = await this.doc();
    const items = await indexAlles(db, this.tabel, consulentSleutels.teamIndex(gemeente), {});
    return items.map((i) => ({
      trajectId: idUit(i.pk),
      begeleider: begeleiderUit(i.begeleider),
      open: (i.open ?? []) as { stap: Stap; deadline: string }[],
    }));
  }

  async geplandeContactmomenten(gemeente: string, begeleider: string | null, tot: string | undefined, max: number) {
    const { db } = await this.doc();
    const pk = consulentSleutels.geplandIndex(gemeente, begeleider);
    const items = await indexAlles(db, this.tabel, pk, tot ? { tot } : {}, max);
    return items.map((i) => ({
      trajectId: idUit(i.pk),
      nummer: Number(i.nummer),
      datum: String(i.datum),
      wat: String(i.wat),
      begeleider: begeleiderUit(i.begeleider),
    }));
  }

  async zoek(gemeente: string, zoeksleutels: string[], max: number): Promise<OverzichtRij[]> {
    const { db } = await this.doc();
    let ids: string[] | undefined;
    for (const s of zoeksleutels) {
      // A prefix of two letters can match many cases: each token is read up to a bound, then intersected.
      const gevonden = (await indexAlles(db, this.tabel, consulentSleutels.zoekIndex(gemeente, s), {}, 2000)).map((i) =>
        String(i[WSK]),
      );
      ids = ids ? ids.filter((id) => gevonden.includes(id)) : gevonden;
      if (ids.length === 0) return [];
    }
    const gekozen = (ids ?? []).slice(0, max);
    if (gekozen.length === 0) return [];
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
