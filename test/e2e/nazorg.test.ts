// End to end: Met vertrouwen verder on the local runtime with a fast clock. A completed traject is handed over to
// nazorg; the nazorg workflow waits six months from the end date; a vroegsignaal inside the window is a terugval
// with a personal-contact step in the begeleider's worklist; outside it, or for an unknown person, the outreach list;
// at the end of the window the case closes with VISH deregistered. No BSN in clear on the bus, in an execution or in
// a log line.
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legVast } from '../../functions/app/leg-vast';
import { VROEGSIGNALERING_BRON, type VroegsignaalType } from '../../functions/contracts/vroegsignalen';
import { plusMaanden, vandaagInAmsterdam } from '../../functions/domain/kalender/kalender';
import { logger } from '../../functions/handlers/logger';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient, wachtTot } from '../support/api';

type Deadline = { stap: string; status: string; start: string; deadline: string };
type Traject = {
  fase: string;
  stap: string | null;
  begeleider?: string;
  deadlines: Deadline[];
  koppelingen: { koppeling: string }[];
  afgesloten?: { reden: string; op: string };
  nazorg?: {
    start: string;
    einde: string;
    terugvallen: { id: string; datum: string; uitkomst?: string; bron: { soort: string } }[];
  };
  historie: { type: string }[];
};
type Outreach = { items: { id: string; deadline: string; signaal: Record<string, unknown> }[] };

const GEMEENTE = '0363';
const BSN = '123456782';
const ONBEKEND_BSN = '111222333';
/** 15 simulated days per wall second: three months pass in about six seconds. */
const SNELHEID = 15 * 86_400;

describe('Met vertrouwen verder: nazorg, terugval, vroegsignalen', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  let trajectId: string;
  let einde: string;
  const logregels: string[] = [];
  const origineel = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

  const vandaag = () => vandaagInAmsterdam(runtime.klok.nu());

  async function stuurSignaal(
    soort: VroegsignaalType,
    id: string,
    bsn: string,
    detailExtra: Record<string, unknown> = {},
  ) {
    const partner =
      soort === 'huurachterstand' ? 'woningcorporatie' : soort === 'energieachterstand' ? 'energie' : 'zorgverzekeraar';
    await runtime.bus.publiceer([
      {
        source: VROEGSIGNALERING_BRON,
        detailType: soort,
        detail: {
          metadata: { id, occurredAt: runtime.klok.nu().toISOString(), gemeente: GEMEENTE, version: 1 },
          data: {
            partner: { soort: partner, naam: 'Woonstede' },
            signaalSoort: 'betalingsachterstand',
            datum: vandaag(),
            achterstandSinds: vandaag(),
            bedragKlasse: '500-1000',
            persoon: { bsn },
            contact: { naam: 'Sanne de Wit', telefoon: '0687654321' },
            voorwaarden: {
              persoonlijkContactGezocht: true,
              gewezenOpSchuldhulp: true,
              schriftelijkeHerinnering: true,
              aanbodGegevensverstrekking: true,
            },
            ...detailExtra,
          },
        },
      },
    ] as never);
    await runtime.bus.stil();
  }

  /** The worklist, open and overdue (at this clock speed a five-werkdagen deadline passes in half a second). */
  async function werkvoorraad() {
    const items: { trajectId: string; stap: string; deadline: string }[] = [];
    for (const status of ['open', 'overschreden']) {
      const r = await api.verzoek<{ items: typeof items }>('GET', `/werkvoorraad?status=${status}`, { token });
      expect(r.status).toBe(200);
      items.push(...r.body.items);
    }
    return items;
  }

  async function traject(id = trajectId): Promise<Traject> {
    const r = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    expect(r.status).toBe(200);
    return r.body;
  }

  beforeAll(async () => {
    // Prepare: capture every log line (the logger is silent in tests; here it writes, and the test reads it).
    logger.setLogLevel('DEBUG');
    const vang = (chunk: unknown) => {
      logregels.push(String(chunk));
      return true;
    };
    process.stdout.write = vang as typeof process.stdout.write;
    process.stderr.write = vang as typeof process.stderr.write;
    runtime = await startRuntime({
      klokSnelheid: SNELHEID,
      klokStart: new Date('2026-03-02T09:00:00+01:00'),
      // Test configuration, not a legal claim: the periods are per-gemeente configuration without a default.
      bewaartermijnen: { [GEMEENTE]: { trajectMaanden: 2, signaalMaanden: 2 } },
      purgeMs: 100,
    });
    api = apiClient(runtime.url);
    token = await api.token(GEMEENTE, 'consulent', 'consulent-noord');

    // A traject whose earlier phases are not under test here: aanmelding, eerste gesprek (the begeleider), the BSN,
    // the VISH registration; then the hand-over to nazorg as the lead's begeleiding end or the schuldregeling will
    // append it. Its end date lies three months back, so today is month 3 of the window.
    const aanmelding = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Sanne de Wit', telefoon: '0687654321', ontvangenOp: vandaag() },
    });
    expect(aanmelding.status).toBe(201);
    trajectId = aanmelding.body.id;
    await api.verzoek('POST', `/trajecten/${trajectId}/eerste-gesprek`, { token, body: { datum: vandaag() } });
    runtime.workflows.executie(trajectId)?.abort();
    expect((await api.verzoek('POST', `/trajecten/${trajectId}/bsn`, { token, body: { bsn: BSN } })).status).toBe(200);
    const context = { actor: { soort: 'systeem' as const, naam: 'test' }, gemeente: GEMEENTE, correlatieId: 'test' };
    const geladen = await runtime.deps.opslag.laad(trajectId);
    const na = await legVast(
      runtime.deps,
      trajectId,
      geladen,
      { type: 'koppeling-gemeld', data: { koppeling: 'vish-registratie', op: vandaag() } },
      context,
    );
    const eindDatum = plusMaanden(vandaag(), -3);
    await legVast(
      runtime.deps,
      trajectId,
      { traject: na.traject, recent: [...(geladen?.recent ?? []), na.opgeslagen], ongepubliceerd: [] },
      { type: 'fase-overgedragen', data: { naar: 'nazorg', datum: eindDatum, aanleiding: 'begeleiding afgerond' } },
      context,
    );
    const t = await wachtTot(async () => ((await traject()).nazorg ? traject() : undefined));
    einde = t.nazorg?.einde ?? '';
    expect(einde).toBe(plusMaanden(eindDatum, 6));
  });

  afterAll(async () => {
    if (process.env.NAZORG_LOG) (await import('node:fs')).writeFileSync(process.env.NAZORG_LOG, logregels.join(''));
    await runtime.stop();
    process.stdout.write = origineel.out;
    process.stderr.write = origineel.err;
    logger.setLogLevel('SILENT');
  });

  it('shows the nazorg step with the last day of the six-month window in the case view and the worklist', async () => {
    // Act
    const t = await traject();
    const werk = await api.verzoek<{ items: { trajectId: string; stap: string; deadline: string }[] }>(
      'GET',
      '/werkvoorraad',
      { token },
    );

    // Assess
    expect(t.fase).toBe('met-vertrouwen-verder');
    expect(t.stap).toBe('nazorg');
    expect(t.deadlines.find((d) => d.stap === 'nazorg')).toMatchObject({ status: 'open', deadline: einde });
    expect(werk.body.items).toContainEqual(expect.objectContaining({ trajectId, stap: 'nazorg', deadline: einde }));
    await wachtTot(
      () => runtime.workflows.executie(trajectId, 'nazorg')?.huidigeStaat === 'WachtOpEindeNazorg' || undefined,
    );
  });

  it('turns a vroegsignaal in month 3 into a personal-contact step in the begeleider’s worklist, once', async () => {
    // Act
    await stuurSignaal('huurachterstand', 'woonstede-2026-0001', BSN);
    await stuurSignaal('huurachterstand', 'woonstede-2026-0001', BSN); // the same signal delivered again
    const t = await wachtTot(async () => {
      const x = await traject();
      return x.stap === 'persoonlijk-contact' ? x : undefined;
    });
    const werk = await werkvoorraad();

    // Assess
    expect(t.nazorg?.terugvallen).toHaveLength(1);
    expect(t.begeleider).toBe('consulent-noord');
    const stap = t.deadlines.find((d) => d.stap === 'persoonlijk-contact');
    expect(stap?.start).toBe(t.nazorg?.terugvallen[0]?.datum);
    expect(werk).toContainEqual(
      expect.objectContaining({ trajectId, stap: 'persoonlijk-contact', deadline: stap?.deadline }),
    );
    await wachtTot(
      () =>
        runtime.workflows.executie(`${trajectId}-t1`, 'terugval')?.huidigeStaat === 'WachtOpPersoonlijkContact' ||
        undefined,
    );
    expect(t.historie.filter((h) => h.type === 'terugval-gesignaleerd')).toHaveLength(1);
    expect((await api.verzoek<Outreach>('GET', '/vroegsignalen', { token })).body.items).toHaveLength(0);
  });

  it('records the outcome of the personal contact and the terugval workflow ends', async () => {
    // Act
    const zonderReden = await api.verzoek('POST', `/trajecten/${trajectId}/terugval/t1/uitkomst`, {
      token,
      body: { uitkomst: 'geen-actie' },
    });
    const r = await api.verzoek('POST', `/trajecten/${trajectId}/terugval/t1/uitkomst`, {
      token,
      body: { uitkomst: 'contact-gemaakt' },
    });
    const nogmaals = await api.verzoek('POST', `/trajecten/${trajectId}/terugval/t1/uitkomst`, {
      token,
      body: { uitkomst: 'contact-gemaakt' },
    });
    const anders = await api.verzoek('POST', `/trajecten/${trajectId}/terugval/t1/uitkomst`, {
      token,
      body: { uitkomst: 'geen-actie', reden: 'toch niet' },
    });

    // Assess
    expect(zonderReden.status).toBe(400);
    expect(r.status).toBe(200);
    expect(nogmaals.status).toBe(200);
    expect(anders.status).toBe(409);
    const t = await traject();
    expect(t.nazorg?.terugvallen[0]?.uitkomst).toBe('contact-gemaakt');
    expect(t.deadlines.find((d) => d.stap === 'persoonlijk-contact')?.status).toBe('voltooid');
    expect(t.stap).toBe('nazorg');
    await wachtTot(
      () => runtime.workflows.executie(`${trajectId}-t1`, 'terugval')?.status === 'SUCCEEDED' || undefined,
    );
  });

  it('puts a signal for an unknown person on the outreach list, and an aanmelding from it starts a case', async () => {
    // Act
    await stuurSignaal('energieachterstand', 'energie-77', ONBEKEND_BSN);
    const lijst = await api.verzoek<Outreach>('GET', '/vroegsignalen', { token });
    const aanmelding = await api.verzoek<{ trajectId: string }>('POST', '/vroegsignalen/energie-77/aanmelding', {
      token,
    });
    const opnieuw = await api.verzoek<{ trajectId: string }>('POST', '/vroegsignalen/energie-77/aanmelding', { token });
    const anderGemeente = await api.verzoek('POST', '/vroegsignalen/energie-77/aanmelding', {
      token: await api.token('0599', 'consulent'),
    });

    // Assess
    expect(lijst.body.items).toEqual([expect.objectContaining({ id: 'energie-77' })]);
    expect(aanmelding.status).toBe(201);
    expect(opnieuw.body.trajectId).toBe(aanmelding.body.trajectId);
    expect(anderGemeente.status).toBe(404);
    const nieuw = await traject(aanmelding.body.trajectId);
    expect(nieuw.stap).toBe('eerste-gesprek');
    expect((await api.verzoek<Outreach>('GET', '/vroegsignalen', { token })).body.items).toHaveLength(0);
  });

  it('parks an unparseable signal in the dead-letter list', async () => {
    // Act
    await stuurSignaal('huurachterstand', 'kapot-1', BSN, { voorwaarden: { persoonlijkContactGezocht: false } });

    // Assess
    const dl = runtime.bus.deadLetters.filter((d) => d.regel === 'VroegsignaalNaarIngest');
    expect(dl).toHaveLength(1);
    expect(dl[0]?.fout).toContain('OnleesbaarVroegsignaal');
    expect(dl[0]?.fout).not.toContain(BSN);
  });

  it('closes the case at the end of the window, only then, with VISH deregistered', async () => {
    // Prepare
    expect((await traject()).afgesloten).toBeUndefined();

    // Act
    const t = await wachtTot(async () => {
      const x = await traject();
      return x.afgesloten ? x : undefined;
    }, 20_000);

    // Assess
    expect(t.afgesloten?.reden).toBe('nazorg-afgerond');
    expect((t.afgesloten?.op ?? '') > einde).toBe(true);
    expect(t.koppelingen.map((k) => k.koppeling)).toContain('vish-afmelding');
    expect(runtime.koppelingen.ontvangen).toContainEqual({ soort: 'vish-afmelding', trajectId, gemeente: GEMEENTE });
    expect(t.deadlines.find((d) => d.stap === 'nazorg')?.status).toBe('voltooid');
    await wachtTot(() => runtime.workflows.executie(trajectId, 'nazorg')?.status === 'SUCCEEDED' || undefined);
  });

  it('lets a signal after the window (month 7) start nothing on the old case: it lands on the outreach list', async () => {
    // Prepare
    await wachtTot(() => (vandaag() >= plusMaanden(einde, 1) ? true : undefined), 10_000);
    const voor = await traject();

    // Act
    await stuurSignaal('zorgpremieachterstand', 'zorg-2026-9', BSN);

    // Assess
    const na = await traject();
    expect(na.historie).toHaveLength(voor.historie.length);
    const lijst = await api.verzoek<Outreach>('GET', '/vroegsignalen', { token });
    expect(lijst.body.items.map((i) => i.id)).toEqual(['zorg-2026-9']);
    const geweigerd = await api.verzoek('POST', '/vroegsignalen/zorg-2026-9/uitkomst', {
      token,
      body: { uitkomst: 'geweigerd' },
    });
    const anders = await api.verzoek('POST', '/vroegsignalen/zorg-2026-9/uitkomst', {
      token,
      body: { uitkomst: 'contact' },
    });
    expect(geweigerd.status).toBe(200);
    expect(anders.status).toBe(409);
    expect((await api.verzoek<Outreach>('GET', '/vroegsignalen', { token })).body.items).toHaveLength(0);
  });

  it('deletes the case after the retention period while its anonymous figure remains', async () => {
    // Prepare
    const afgesloten = (await traject()).afgesloten?.op ?? '';

    // Act: the purge runs on the runtime's schedule; wait until the period has passed on the clock
    await wachtTot(() => (vandaag() > plusMaanden(afgesloten, 2) ? true : undefined), 15_000);
    await wachtTot(async () =>
      (await api.verzoek('GET', `/trajecten/${trajectId}`, { token })).status === 404 ? true : undefined,
    );
    await wachtTot(async () => {
      const alles = await runtime.dynamo.doc.send(new ScanCommand({ TableName: runtime.dynamo.tabel }));
      return JSON.stringify(alles.Items).includes(BSN) ? undefined : alles.Items;
    }, 15_000);

    const rest = await wachtTot(async () => {
      const r = await runtime.dynamo.doc.send(
        new QueryCommand({
          TableName: runtime.dynamo.tabel,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `TRAJECT#${trajectId}` },
        }),
      );
      return r.Items?.length === 0 ? r.Items : undefined;
    });

    // Assess
    expect(rest).toEqual([]);
    const cijfers = await runtime.deps.bewaring?.statistieken(GEMEENTE, afgesloten.slice(0, 4));
    expect(cijfers).toContainEqual(
      expect.objectContaining({
        reden: 'nazorg-afgerond',
        uitstroomreden: 'Afgerond',
        terugvallen: 1,
        afgeslotenOp: afgesloten,
      }),
    );
    expect(JSON.stringify(cijfers)).not.toContain(trajectId);
  });

  it('never puts a BSN in clear on the bus, in an execution or in a log line', async () => {
    // Assess
    const bus = JSON.stringify(runtime.bus.log.filter((e) => e.source !== VROEGSIGNALERING_BRON).map((e) => e.detail));
    const executies = JSON.stringify(
      [...runtime.workflows.executies.values()].map((e) => ({ input: e.input, output: e.output, fout: e.fout })),
    );
    const logs = logregels.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('vroegsignaal verwerkt');
    for (const bsn of [BSN, ONBEKEND_BSN]) {
      expect(bus).not.toContain(bsn);
      expect(executies).not.toContain(bsn);
      expect(logs).not.toContain(bsn);
    }
  });
});
