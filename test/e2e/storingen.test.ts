// End to end: faults injected on the local runtime through the same ports, and survived. Each scenario ends with
// nothing lost and nothing applied twice, checked against the case history. A throwing Task in every workflow is
// test/e2e/taak-storingen.test.ts (generic over the ASL files).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afgeleidId } from '../../functions/app/registreer-aanmelding';
import { type Runtime, startRuntime } from '../../local/runtime';
import { type Antwoord, apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

type Historie = { historie: { volgnummer: number; type: string }[]; opschortingen: { id: string }[] };

describe('faults injected and survived', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;

  beforeAll(async () => {
    // The outbox sweep runs every 50 ms; ten minutes per wall second lets its in-flight window (60 s) pass quickly.
    runtime = await startRuntime({
      klokStart: new Date('2026-03-09T08:00:00+01:00'),
      klokSnelheid: 600,
      herpublicatieMs: 50,
    });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    token = await api.token('0363', 'consulent', 'consulent-storing');
  });
  afterAll(async () => runtime.stop());

  async function nieuwTraject(naam: string): Promise<string> {
    const r = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam, telefoon: '0612345678', ontvangenOp: '2026-03-02' },
    });
    expect(r.status).toBe(201);
    // After the eerste gesprek the beslistermijn runs, which an opschorting may suspend (Awb 4:15).
    const g = await api.verzoek('POST', `/trajecten/${r.body.id}/eerste-gesprek`, {
      token,
      body: { datum: '2026-03-02' },
    });
    expect(g.status).toBe(200);
    return r.body.id;
  }

  /** The whole history, paged (the case view shows only the latest events). */
  async function historie(id: string): Promise<Historie> {
    const alles: Historie['historie'] = [];
    for (let na: number | null = 0; na !== null; ) {
      const pagina: { body: { items: Historie['historie']; volgendeNa: number | null } } = await api.verzoek(
        'GET',
        `/trajecten/${id}/historie?na=${na}&limiet=200`,
        { token },
      );
      alles.push(...pagina.body.items);
      na = pagina.body.volgendeNa;
    }
    const view = (await api.verzoek<Historie>('GET', `/trajecten/${id}`, { token })).body;
    return { ...view, historie: alles };
  }

  function volgnummersAaneengesloten(h: Historie): boolean {
    return h.historie.every((e, i) => e.volgnummer === i + 1);
  }

  /** Throws a DynamoDB error of this name for the next `keer` commands that match. */
  function injecteerDynamo(
    naam: string,
    past: (cmd: { constructor: { name: string }; input: Record<string, unknown> }) => boolean,
    keer = 1,
  ) {
    const doc = runtime.dynamo.klant;
    const echt = doc.send.bind(doc);
    let teGaan = keer;
    doc.send = (async (cmd: never) => {
      if (teGaan > 0 && past(cmd)) {
        teGaan--;
        const fout = new Error('Rate of requests exceeds the allowed throughput');
        fout.name = naam;
        throw fout;
      }
      return echt(cmd);
    }) as typeof doc.send;
    return () => {
      doc.send = echt as typeof doc.send;
    };
  }

  it('50 parallel writers on one case: every opschorting lands once, conflicts are retried, replays add nothing', async () => {
    // Prepare
    const id = await nieuwTraject('Vijftig Schrijvers');
    const schrijf = async (i: number): Promise<Antwoord> => {
      for (let poging = 0; poging < 100; poging++) {
        const r = await api.verzoek('POST', `/trajecten/${id}/opschortingen`, {
          token,
          headers: { 'idempotency-key': `parallel-${i}` },
          body: { start: '2026-03-03', verwachtEinde: '2026-03-05', reden: `periode ${i}` },
        });
        if (r.status !== 409 || (r.body as { code?: string }).code !== 'VERSIE_CONFLICT') return r;
        // A client backs off before it tries again (jittered), as the AWS SDKs do.
        await new Promise((wacht) => setTimeout(wacht, Math.random() * 20 * (poging + 1)));
      }
      throw new Error('still conflicting after 100 tries');
    };

    // Act: 50 at once, then every one again (a client that did not see its answer)
    const eerste = await Promise.all(Array.from({ length: 50 }, (_, i) => schrijf(i)));
    const nogmaals = await Promise.all(Array.from({ length: 50 }, (_, i) => schrijf(i)));
    const h = await historie(id);

    // Assess
    expect(eerste.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(nogmaals.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(h.historie.filter((e) => e.type === 'opschorting-gestart')).toHaveLength(50);
    expect(new Set(h.opschortingen.map((o) => o.id)).size).toBe(50);
    expect(volgnummersAaneengesloten(h)).toBe(true);
  }, 120_000);

  it('DynamoDB throttles the event write: nothing is written, the retry lands once', async () => {
    // Prepare
    const id = await nieuwTraject('Geknepen Schrijven');
    const herstel = injecteerDynamo(
      'ProvisionedThroughputExceededException',
      (c) => c.constructor.name === 'PutCommand' && String((c.input.Item as { sk?: string })?.sk).startsWith('EVENT#'),
    );
    const body = { start: '2026-03-03', verwachtEinde: '2026-03-06', reden: 'stukken' };
    const headers = { 'idempotency-key': 'geknepen-1' };

    // Act
    const geweigerd = await api.verzoek('POST', `/trajecten/${id}/opschortingen`, { token, headers, body });
    herstel();
    const tussendoor = await historie(id);
    const opnieuw = await api.verzoek('POST', `/trajecten/${id}/opschortingen`, { token, headers, body });
    const na = await historie(id);

    // Assess
    expect(geweigerd.status).toBe(500);
    expect(tussendoor.historie.map((e) => e.type)).toEqual(['aanmelding-ontvangen', 'eerste-gesprek-gevoerd']);
    expect(opnieuw.status).toBe(201);
    expect(na.historie.map((e) => e.type)).toEqual([
      'aanmelding-ontvangen',
      'eerste-gesprek-gevoerd',
      'opschorting-gestart',
    ]);
  });

  it('DynamoDB throttles the snapshot after the event: the event stands, the retry is a replay, its bus event goes out once', async () => {
    // Prepare
    const id = await nieuwTraject('Geknepen Snapshot');
    const herstel = injecteerDynamo(
      'ThrottlingException',
      (c) => c.constructor.name === 'PutCommand' && (c.input.Item as { sk?: string })?.sk === 'SNAPSHOT',
    );
    const body = { start: '2026-03-03', verwachtEinde: '2026-03-06', reden: 'stukken' };
    const headers = { 'idempotency-key': 'snapshot-1' };

    // Act
    const eerste = await api.verzoek('POST', `/trajecten/${id}/opschortingen`, { token, headers, body });
    herstel();
    const opnieuw = await api.verzoek('POST', `/trajecten/${id}/opschortingen`, { token, headers, body });
    const termijnEvents = () =>
      runtime.bus.log.filter(
        (e) => e['detail-type'] === 'termijn-gewijzigd' && JSON.stringify(e.detail).includes(`"${id}/3"`),
      );
    await wachtTot(() => (termijnEvents().length > 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300)); // a few more sweeps: none may publish it again
    const na = await historie(id);

    // Assess
    expect(eerste.status).toBe(500);
    expect(opnieuw.status).toBe(201);
    expect(na.historie.map((e) => e.type)).toEqual([
      'aanmelding-ontvangen',
      'eerste-gesprek-gevoerd',
      'opschorting-gestart',
    ]);
    // Overlapping outbox sweeps claim the stranded event conditionally: one of them publishes it (herpubliceer.ts).
    expect(termijnEvents()).toHaveLength(1);
  });

  it('the bus refuses a batch: the aanmelding stands, the outbox delivers it later, the workflow starts once', async () => {
    // Prepare
    const echt = runtime.bus.publiceer.bind(runtime.bus);
    let weigeringen = 0;
    runtime.bus.publiceer = async (events) => {
      if (weigeringen === 0) {
        weigeringen++;
        throw new Error('EventBridge: PutEvents failed (FailedEntryCount 1)');
      }
      return echt(events);
    };

    // Act
    const id = await nieuwTraject('Bus Weigert');
    runtime.bus.publiceer = echt;
    await wachtTot(() => (runtime.workflows.executie(id) ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    const aanmeldingen = runtime.bus.log.filter(
      (e) => e['detail-type'] === 'aanmelding-ontvangen' && JSON.stringify(e.detail).includes(`"${id}/1"`),
    );
    const executies = [...runtime.workflows.executies.values()].filter((e) => e.naam === id);

    // Assess: the direct publication was refused, so the one event on the bus came through the outbox
    expect(weigeringen).toBe(1);
    expect(aanmeldingen).toHaveLength(1);
    expect(executies).toHaveLength(1);
    expect((await historie(id)).historie.map((e) => e.type)).toEqual([
      'aanmelding-ontvangen',
      'eerste-gesprek-gevoerd',
    ]);
  });

  it('a dead letter redriven: parked while its case and creditor are missing, applied once when redriven, a second redrive and a redelivery change nothing', async () => {
    // Prepare: a creditor message for a case that does not exist yet (its id is the one an aanmelding with this
    // Idempotency-Key will get)
    const sleutel = `redrive-${Date.now()}`;
    const id = afgeleidId('0363', sleutel);
    const bericht = {
      metadata: {
        id: `hub-${sleutel}`,
        occurredAt: runtime.klok.nu().toISOString(),
        gemeente: '0363',
        correlationId: 'c-redrive',
        version: 1,
      },
      data: { trajectId: id, schuldeiserId: 'woonstede', datum: '2026-03-09' },
    };
    const geparkeerd = async () =>
      (
        await api.verzoek<{ berichten: { fout: string; event: { detail: { metadata: { id: string } } } }[] }>(
          'GET',
          '/_local/dlq',
        )
      ).body.berichten.filter((b) => b.event.detail.metadata.id === bericht.metadata.id);
    const redrive = async () => {
      const r = await api.verzoek<{ opnieuw: number }>('POST', '/_local/dlq/redrive');
      await runtime.bus.stil();
      return r.body.opnieuw;
    };
    const antwoorden = async () =>
      (await historie(id)).historie.filter((e) => e.type === 'schuldeiser-antwoord-ontvangen').length;

    // Act 1: the message comes in; then the case appears (the aanmelding) and the DLQ is redriven
    await runtime.bus.publiceerInkomend('nl.schuldhulp.schuldenknooppunt', 'vooraf-akkoord', bericht);
    await runtime.bus.stil();
    const zonderTraject = await geparkeerd();
    const aanmelding = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      headers: { 'idempotency-key': sleutel },
      body: { naam: 'Dode Brief', telefoon: '0612345678', ontvangenOp: '2026-03-02' },
    });
    const eersteRedrive = await redrive();
    const zonderSchuldeiser = await geparkeerd();

    // Act 2: the cause is fixed (the creditor is registered), then redrive, redrive again, and the hub redelivers
    const schuld = await api.verzoek('POST', `/trajecten/${id}/schulden`, {
      token,
      body: {
        schuldeiserId: 'woonstede',
        naam: 'Woonstede',
        referentie: 'HUUR-1',
        categorie: 'overig',
        soort: 'concurrent',
        bedragCent: 120_000,
      },
    });
    const tweedeRedrive = await redrive();
    const naRedrive = await antwoorden();
    const derdeRedrive = await redrive();
    await runtime.bus.publiceerInkomend('nl.schuldhulp.schuldenknooppunt', 'vooraf-akkoord', bericht);
    await runtime.bus.stil();
    const h = await historie(id);

    // Assess: parked with each reason in turn, applied once, then nothing more
    expect(zonderTraject).toHaveLength(1);
    expect(zonderTraject[0]?.fout).toContain(`er is geen traject ${id}`);
    expect(aanmelding.status).toBe(201);
    expect(aanmelding.body.id).toBe(id);
    expect(eersteRedrive).toBeGreaterThanOrEqual(1);
    expect(zonderSchuldeiser).toHaveLength(1);
    expect(zonderSchuldeiser[0]?.fout).toContain('schuldeiser woonstede staat niet op dit traject');
    expect(schuld.status).toBe(201);
    expect(tweedeRedrive).toBeGreaterThanOrEqual(1);
    expect(await geparkeerd()).toEqual([]);
    expect(naRedrive).toBe(1);
    expect(derdeRedrive).toBe(0);
    expect(h.historie.map((e) => e.type)).toEqual([
      'aanmelding-ontvangen',
      'schuld-geregistreerd',
      'schuldeiser-antwoord-ontvangen',
    ]);
    expect(volgnummersAaneengesloten(h)).toBe(true);
  });
});
