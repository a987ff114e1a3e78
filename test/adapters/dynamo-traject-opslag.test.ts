// Secondary adapter on the real engine (dynalite over HTTP): the case store reads a bounded number of items whatever
// the history's length, keeps the append guard, and puts no constant key on any index.
import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoKlant } from '../../functions/adapters/dynamo-client';
import { DynamoConsulentOpslag } from '../../functions/adapters/dynamo-consulent-opslag';
import { DynamoGemeenteConfiguratie } from '../../functions/adapters/dynamo-gemeente-configuratie';
import { DynamoLijsten } from '../../functions/adapters/dynamo-lijsten';
import { DynamoOutbox } from '../../functions/adapters/dynamo-outbox';
import { DynamoTrajectOpslag } from '../../functions/adapters/dynamo-traject-opslag';
import { HmacPseudonimisering } from '../../functions/adapters/hmac-pseudonimisering';
import { OUTBOX_SHARDS, sleutels, TABEL } from '../../functions/adapters/tabel-ontwerp';
import { bekijkTraject } from '../../functions/app/bekijk-traject';
import { legVast } from '../../functions/app/leg-vast';
import type { Afhankelijkheden } from '../../functions/app/poorten';
import { registreerAanmelding } from '../../functions/app/registreer-aanmelding';
import { ConflictFout } from '../../functions/domain/fouten';
import { vouw } from '../../functions/domain/traject/traject';
import { LokaleDocumentOpslag } from '../../local/documenten';
import { type LokaleDynamo, startDynamo } from '../../local/dynamo';
import { versneldeKlok } from '../../local/klok';

interface Opgenomen {
  commando: string;
  items: number;
  leesEenheden: number;
}

/** A client that asks DynamoDB for the consumed capacity of every call and records it with the items returned. */
function opnemendeClient(endpoint: string, log: Opgenomen[]): DynamoKlant {
  const klant = new DynamoKlant({ endpoint, sleutels: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const echt = klant.wissel.bind(klant);
  klant.wissel = async (operatie, draad) => {
    const out = (await echt(operatie, { ...draad, ReturnConsumedCapacity: 'TOTAL' })) as {
      Items?: unknown[];
      Item?: unknown;
      ConsumedCapacity?: { CapacityUnits?: number };
    };
    log.push({
      commando: `${operatie}Command`,
      items: out.Items?.length ?? (out.Item ? 1 : 0),
      leesEenheden: out.ConsumedCapacity?.CapacityUnits ?? 0,
    });
    return out;
  };
  return klant;
}

describe('DynamoTrajectOpslag at scale', () => {
  let dynamo: LokaleDynamo;
  let deps: Afhankelijkheden;
  let bus: { stuk: boolean };
  const actor = { soort: 'systeem' as const, naam: 'test' };

  beforeAll(async () => {
    dynamo = await startDynamo();
    bus = { stuk: false };
    deps = {
      configuratie: new DynamoGemeenteConfiguratie(dynamo.tabel, dynamo.klant),
      consulent: new DynamoConsulentOpslag(dynamo.tabel, dynamo.klant),
      schuldenknooppunt: { verstuur: async () => {} },
      opslag: new DynamoTrajectOpslag(dynamo.tabel, dynamo.klant),
      lijsten: new DynamoLijsten(dynamo.tabel, dynamo.klant),
      outbox: new DynamoOutbox(dynamo.tabel, dynamo.klant),
      events: {
        publiceer: async () => {
          if (bus.stuk) throw new Error('EventBridge unreachable');
        },
      },
      workflow: {
        start: async () => {},
        taakVoltooid: async () => {},
        taakMislukt: async () => {},
        mislukteStaat: async () => undefined,
      },
      klok: versneldeKlok(1, new Date('2026-03-02T09:00:00+01:00')),
      ids: { nieuwId: randomUUID },
      pseudoniem: new HmacPseudonimisering(Buffer.from('test')),
      documenten: new LokaleDocumentOpslag(),
      koppelingen: { meld: async () => {} },
    };
  });
  afterAll(async () => dynamo.stop());

  /**
   * A case with `n` history events: the aanmelding, then a triage outcome recorded again and again. Events 2..n-1
   * are written in batches in the store's own item shape (fast); the last one goes through legVast, which brings the
   * snapshot up to date as every append does.
   */
  async function trajectMet(n: number, gemeente = '0363'): Promise<string> {
    const { id } = await registreerAanmelding(deps, {
      verzoek: { naam: 'Lange Historie', telefoon: '0612345678' },
      gemeente,
      actor: { soort: 'medewerker', sub: 'c-1', rol: 'consulent' },
      correlatieId: 'test',
    });
    const eerste = (await deps.opslag.gebeurtenis(id, 1))?.gebeurtenis;
    if (!eerste) throw new Error('no aanmelding');
    const triage = { type: 'triage-bepaald' as const, data: { route: 'advies', uitkomst: { regel: 'R1' } } };
    const historie = [eerste];
    for (let v = 2; v < n; v++) {
      historie.push({ ...eerste, volgnummer: v, actor, gebeurtenis: triage, wijzigingen: [] });
    }
    const tussen = historie.slice(1);
    for (let i = 0; i < tussen.length; i += 25) {
      await dynamo.doc.send(
        new BatchWriteCommand({
          RequestItems: {
            [dynamo.tabel]: tussen.slice(i, i + 25).map((g) => ({
              PutRequest: {
                Item: {
                  pk: sleutels.traject(id),
                  sk: sleutels.event(g.volgnummer),
                  gemeente,
                  volgnummer: g.volgnummer,
                  gebeurtenis: g,
                },
              },
            })),
          },
        }),
      );
    }
    if (n > 1) {
      const traject = vouw(id, historie);
      if (!traject) throw new Error('no case');
      await legVast(deps, id, { traject, recent: [], ongepubliceerd: [] }, triage, {
        actor,
        gemeente,
        correlatieId: 'test',
      });
    }
    return id;
  }

  async function volledigeHistorie(id: string) {
    const alle = [];
    let na = 0;
    for (;;) {
      const p = await deps.lijsten.historie(id, na, 200);
      alle.push(...p.gebeurtenissen);
      if (!p.meer) return alle;
      na = p.gebeurtenissen.at(-1)?.volgnummer ?? na;
    }
  }

  it('reads the same items and read units for the case view of a case with 10 and with 1,000 events', async () => {
    // Prepare
    const kort = await trajectMet(10);
    const lang = await trajectMet(1000);
    const meet = async (id: string) => {
      const log: Opgenomen[] = [];
      const opslag = new DynamoTrajectOpslag(dynamo.tabel, opnemendeClient(dynamo.endpoint, log));
      const view = await bekijkTraject({ opslag, klok: deps.klok }, { id, gemeente: '0363', rol: 'consulent' });
      const laad = [] as Opgenomen[];
      const voorCommando = new DynamoTrajectOpslag(dynamo.tabel, opnemendeClient(dynamo.endpoint, laad));
      await voorCommando.laad(id);
      return { log, view, laad };
    };

    // Act
    const tien = await meet(kort);
    const duizend = await meet(lang);
    // The two reads of the view run in parallel: compare them in a fixed order.
    for (const m of [tien, duizend]) m.log.sort((a, b) => a.commando.localeCompare(b.commando));

    // Assess: the same calls, items and read units; the view is the whole case, its history the latest 10 events
    expect(duizend.log).toEqual(tien.log);
    expect(duizend.laad).toEqual(tien.laad);
    expect(tien.log.map((c) => c.commando).sort()).toEqual(['GetItemCommand', 'QueryCommand']);
    expect(duizend.log.reduce((s, c) => s + c.items, 0)).toBe(11); // the snapshot + the latest 10 events
    expect(duizend.laad.reduce((s, c) => s + c.items, 0)).toBe(2); // a command's load: the snapshot + the newest
    expect(duizend.view.versie).toBe(1000);
    expect(duizend.view.historie.map((h) => h.volgnummer)).toEqual(Array.from({ length: 10 }, (_, i) => 991 + i));
    expect(duizend.view.historieIngekort).toBe(true);
    expect(tien.view.historieIngekort).toBe(false);
    expect(duizend.view.historieHref).toBe(`/trajecten/${lang}/historie`);
    // the snapshot path gives exactly the fold of the whole history
    expect((await deps.opslag.laad(lang))?.traject).toEqual(vouw(lang, await volledigeHistorie(lang)));
  });

  it('folds the events a lagging snapshot misses, and refuses a second writer of the same volgnummer', async () => {
    // Prepare: a case of 30 events whose snapshot is left at version 12 (writers that stopped after their append)
    const id = await trajectMet(30);
    const historie = await volledigeHistorie(id);
    await dynamo.doc.send(
      new PutCommand({
        TableName: dynamo.tabel,
        Item: {
          pk: sleutels.traject(id),
          sk: sleutels.snapshot,
          gemeente: '0363',
          versie: 12,
          schema: 1,
          traject: vouw(id, historie.slice(0, 12)),
        },
      }),
    );

    // Act
    const geladen = await deps.opslag.laad(id, { recent: 3 });
    const schrijf = (g: typeof geladen) =>
      legVast(
        deps,
        id,
        g,
        { type: 'triage-bepaald', data: { route: 'advies', uitkomst: {} } },
        {
          actor,
          gemeente: '0363',
          correlatieId: 'test',
        },
      );
    await schrijf(geladen);
    const tweede = schrijf(geladen).catch((e: unknown) => e);

    // Assess
    expect(geladen?.traject).toEqual(vouw(id, historie));
    expect(geladen?.recent.map((e) => e.volgnummer)).toEqual([28, 29, 30]);
    expect(await tweede).toBeInstanceOf(ConflictFout);
    expect(((await tweede) as ConflictFout).code).toBe('VERSIE_CONFLICT');
    expect((await volledigeHistorie(id)).map((e) => e.volgnummer)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('refuses to fold an event of a type it does not know (written by a newer deployment), never skipping it', async () => {
    // Prepare: a case whose newest event has a type this code does not know
    const id = await trajectMet(3);
    const [laatste] = (await volledigeHistorie(id)).slice(-1);
    await dynamo.doc.send(
      new PutCommand({
        TableName: dynamo.tabel,
        Item: {
          pk: sleutels.traject(id),
          sk: sleutels.event(4),
          gemeente: '0363',
          volgnummer: 4,
          gebeurtenis: { ...laatste, volgnummer: 4, gebeurtenis: { type: 'toekomstig-event', data: {} } },
        },
      }),
    );

    // Act
    const geladen = deps.opslag.laad(id);

    // Assess
    await expect(geladen).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['gebeurtenis', 'type'] })],
    });
  });

  it('puts no index key that is shared by all cases: the outbox spreads over shards, the rest is per gemeente', async () => {
    // Prepare: 40 cases in two gemeenten whose publication fails, so every event stays marked in the outbox
    bus.stuk = true;
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await trajectMet(2, i % 2 ? '0363' : '0453'));
    bus.stuk = false;

    // Act: every item of the table, as the indexes see it (a Scan: test only, never on a request path)
    const items = ((await dynamo.client.send(new ScanCommand({ TableName: dynamo.tabel }))).Items ?? []).map((i) =>
      unmarshall(i),
    );

    // Assess: per index, no partition key value holds items of more than one gemeente, and the outbox of 40 cases
    // uses more than half of its shards
    for (const [index, { partitionKey }] of Object.entries(TABEL.indexen)) {
      const gemeenten = new Map<string, Set<string>>();
      for (const i of items.filter((x) => typeof x[partitionKey] === 'string')) {
        const set = gemeenten.get(i[partitionKey]) ?? new Set();
        set.add(String(i.gemeente));
        gemeenten.set(i[partitionKey], set);
      }
      expect(gemeenten.size, index).toBeGreaterThan(1);
      for (const [waarde, g] of gemeenten) {
        if (index !== 'outbox') expect([waarde, g.size]).toEqual([waarde, 1]);
      }
    }
    const shards = new Set(
      items.filter((i) => ids.includes(String(i.pk).slice('TRAJECT#'.length)) && i.outboxPk).map((i) => i.outboxPk),
    );
    expect(shards.size).toBeGreaterThan(OUTBOX_SHARDS / 2);
  });
});
