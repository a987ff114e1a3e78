// End to end: deadlines around Dutch holidays, opschorting and verlenging, the worklist and the lead-time report,
// over HTTP against the local runtime. Every DynamoDB command is recorded to prove that no Scan serves a request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

type Deadline = { stap: string; deadline: string; status: string; opgeschortDagen: number; verlengingen: string[] };
type Traject = { id: string; deadlines: Deadline[]; historie: { type: string }[] };

/** Records every command the adapters send (their client has no Scan at all: the names show what they do use). */
function neemCommandosOp(runtime: Runtime): string[] {
  const commandos: string[] = [];
  const klant = runtime.dynamo.klant;
  const echt = klant.send.bind(klant);
  klant.send = ((c: Parameters<typeof echt>[0]) => {
    commandos.push(`${c.operatie}Command`);
    return echt(c);
  }) as typeof klant.send;
  return commandos;
}

describe('eerste gesprek deadlines around Dutch holidays (Wgs art. 4, Atw)', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-12-31T12:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    await configureerGemeente(api, '0453');
    token = await api.token('0363', 'consulent');
  });
  afterAll(async () => runtime.stop());

  it.each([
    // crisis: 3 werkdagen (Wgs art. 4 lid 2)
    {
      ontvangenOp: '2026-04-02',
      crisis: true,
      deadline: '2026-04-09',
      waarom: 'Goede Vrijdag and tweede Paasdag skipped',
    },
    {
      ontvangenOp: '2026-04-30',
      crisis: true,
      deadline: '2026-05-06',
      waarom: '5 mei skipped (every year, Atw art. 3)',
    },
    { ontvangenOp: '2026-05-12', crisis: true, deadline: '2026-05-18', waarom: 'Hemelvaartsdag 14 May skipped' },
    {
      ontvangenOp: '2026-12-24',
      crisis: true,
      deadline: '2026-12-30',
      waarom: 'both Kerstdagen and the weekend skipped',
    },
    // normal: 4 weeks (Wgs art. 4 lid 1), moved to the next werkdag by art. 1 Atw
    { ontvangenOp: '2026-03-30', crisis: false, deadline: '2026-04-28', waarom: 'ends on Koningsdag (Mon 27 April)' },
    { ontvangenOp: '2026-04-07', crisis: false, deadline: '2026-05-06', waarom: 'ends on 5 mei' },
    { ontvangenOp: '2026-04-16', crisis: false, deadline: '2026-05-15', waarom: 'ends on Hemelvaartsdag' },
    { ontvangenOp: '2026-11-28', crisis: false, deadline: '2026-12-28', waarom: 'ends on Saturday 26 December' },
    { ontvangenOp: '2026-06-01', crisis: false, deadline: '2026-06-29', waarom: 'an ordinary Monday' },
  ])('$ontvangenOp (crisis: $crisis) → $deadline: $waarom', async ({ ontvangenOp, crisis, deadline }) => {
    // Act
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: {
        naam: 'Termijn',
        telefoon: '0612345678',
        ontvangenOp,
        ...(crisis ? { crisis: 'afsluiting-energie' } : {}),
      },
    });
    const view = await api.verzoek<Traject>('GET', `/trajecten/${body.id}`, { token });

    // Assess
    expect(view.body.deadlines[0]).toMatchObject({ stap: 'eerste-gesprek', deadline });
  });
});

describe('opschorting and verlenging through the API', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  let id: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-06-20T12:00:00+02:00') });
    api = apiClient(runtime.url);
    token = await api.token('0363', 'consulent');
    const aanmelding = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Opschorting', email: 'o@example.org', ontvangenOp: '2026-05-20' },
    });
    id = aanmelding.body.id;
  });
  afterAll(async () => runtime.stop());

  const beschikking = (t: Traject) => t.deadlines.find((d) => d.stap === 'beschikking');

  it('refuses an opschorting while only the eerste-gesprek term runs (it always runs on)', async () => {
    // Act
    const r = await api.verzoek<{ code: string }>('POST', `/trajecten/${id}/opschortingen`, {
      token,
      body: { start: '2026-05-21', verwachtEinde: '2026-05-22', reden: 'wacht op stukken' },
    });

    // Assess
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('OPSCHORTING_NIET_TOEGESTAAN');
  });

  it('moves the beschikking deadline by an open opschorting, and back when it ends earlier than expected', async () => {
    // Prepare: eerste gesprek Tue 26 May 2026 → beschikking due Tue 21 July (8 weeks, Wgs art. 4a)
    const gesprek = await api.verzoek<Traject>('POST', `/trajecten/${id}/eerste-gesprek`, {
      token,
      body: { datum: '2026-05-26' },
    });
    expect(beschikking(gesprek.body)).toMatchObject({ deadline: '2026-07-21', opgeschortDagen: 0 });
    const executie = runtime.workflows.executie(id);
    const intakeControles = () => executie?.bezochteStaten.filter((s) => s === 'ControleerIntake').length ?? 0;
    await wachtTot(() => (executie?.huidigeStaat === 'WachtOpIntake' ? true : undefined));
    const controlesVoor = intakeControles();

    // Act: suspended from 1 June, expected to 11 June; still open on 20 June (today)
    const gestart = await api.verzoek<{ id: string }>('POST', `/trajecten/${id}/opschortingen`, {
      token,
      body: { start: '2026-06-01', verwachtEinde: '2026-06-11', reden: 'wacht op bankafschriften' },
    });
    const open = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess: Awb 4:15: 2 June up to today (20 June) do not count: 18 days → Sat 8 August → Mon 10 August (art. 1 Atw)
    expect(gestart.status).toBe(201);
    expect(beschikking(open.body)).toMatchObject({ deadline: '2026-08-10', opgeschortDagen: 18 });
    // The waiting workflow was woken to recheck its deadline, and waits again
    await wachtTot(() =>
      intakeControles() > controlesVoor && executie?.huidigeStaat === 'WachtOpIntake' ? true : undefined,
    );

    // Act: it actually ended on 5 June
    const beeindigd = await api.verzoek<Traject>('POST', `/trajecten/${id}/opschortingen/${gestart.body.id}/einde`, {
      token,
      body: { datum: '2026-06-05' },
    });

    // Assess: 2, 3 and 4 June do not count → Friday 24 July
    expect(beeindigd.status).toBe(200);
    expect(beschikking(beeindigd.body)).toMatchObject({ deadline: '2026-07-24', opgeschortDagen: 3 });
    const nogmaals = await api.verzoek('POST', `/trajecten/${id}/opschortingen/${gestart.body.id}/einde`, {
      token,
      body: { datum: '2026-06-08' },
    });
    expect(nogmaals.status).toBe(409);
  });

  it('counts overlapping opschortingen once', async () => {
    // Act: 3 June – 9 June overlaps the ended period (2–4 June counted already): adds 5–8 June
    const r = await api.verzoek<{ id: string }>('POST', `/trajecten/${id}/opschortingen`, {
      token,
      body: { start: '2026-06-03', verwachtEinde: '2026-06-09', reden: 'tweede vraag' },
    });
    const einde = await api.verzoek<Traject>('POST', `/trajecten/${id}/opschortingen/${r.body.id}/einde`, {
      token,
      body: { datum: '2026-06-09' },
    });

    // Assess: days 2..8 June = 7 → 21 July + 7 = 28 July
    expect(beschikking(einde.body)).toMatchObject({ deadline: '2026-07-28', opgeschortDagen: 7 });
  });

  it('allows a verlenging only where the norm does, up to its maximum', async () => {
    // Prepare: a fresh case whose intake term (2 weeks from the eerste gesprek, a service norm) still runs
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Verlenging', email: 'v@example.org', ontvangenOp: '2026-06-15' },
    });
    const id = body.id;
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token, body: { datum: '2026-06-19' } });

    // Act
    const intake = await api.verzoek<{ id: string }>('POST', `/trajecten/${id}/verlengingen`, {
      token,
      body: { stap: 'intake', weken: 1, reden: 'tolk nodig' },
    });
    const teLang = await api.verzoek<{ code: string }>('POST', `/trajecten/${id}/verlengingen`, {
      token,
      body: { stap: 'intake', weken: 2, reden: 'nog langer' },
    });
    const beschikkingVerlengd = await api.verzoek<{ code: string }>('POST', `/trajecten/${id}/verlengingen`, {
      token,
      body: { stap: 'beschikking', weken: 2, reden: 'drukte' },
    });
    const geenEenheid = await api.verzoek<{ errors: { field: string }[] }>('POST', `/trajecten/${id}/verlengingen`, {
      token,
      body: { stap: 'intake', reden: 'vergeten' },
    });
    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess
    expect(intake.status).toBe(201);
    expect(teLang.status).toBe(409);
    expect(teLang.body.code).toBe('VERLENGING_TE_LANG');
    expect(beschikkingVerlengd.status).toBe(409);
    expect(beschikkingVerlengd.body.code).toBe('VERLENGING_NIET_TOEGESTAAN');
    expect(geenEenheid.status).toBe(400);
    expect(geenEenheid.body.errors.map((e) => e.field)).toEqual(['dagen']);
    expect(view.body.deadlines.find((d) => d.stap === 'intake')?.verlengingen).toEqual([intake.body.id]);
    expect(view.body.historie.filter((h) => h.type === 'verlenging-vastgelegd')).toHaveLength(1);
  });
});

describe('werkvoorraad and doorlooptijden without a Scan', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let commandos: string[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Saturday 20 June 2026
    runtime = await startRuntime({ klokStart: new Date('2026-06-20T12:00:00+02:00') });
    api = apiClient(runtime.url);
    commandos = neemCommandosOp(runtime);
    const velsen = await api.token('0453', 'consulent');
    const amsterdam = await api.token('0363', 'consulent');
    for (const [naam, ontvangenOp, token] of [
      ['te-laat', '2026-05-01', velsen], // deadline 29 May
      ['binnenkort', '2026-05-25', velsen], // deadline Mon 22 June
      ['ruim', '2026-06-19', velsen], // deadline 17 July
      ['ander', '2026-05-01', amsterdam],
    ] as const) {
      const r = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
        token,
        body: { naam, telefoon: '0612345678', ontvangenOp },
      });
      ids[naam] = r.body.id;
    }
  });
  afterAll(async () => runtime.stop());

  it('lists the open steps of the own gemeente by deadline, per status', async () => {
    // Prepare
    const token = await api.token('0453', 'consulent');
    const lijst = async (status: string) =>
      (
        await api.verzoek<{ items: { trajectId: string; deadline: string; status: string }[] }>(
          'GET',
          `/werkvoorraad?status=${status}`,
          { token },
        )
      ).body.items;

    // Act
    const overschreden = await lijst('overschreden');
    const binnenkort = await lijst('binnenkort');
    const open = await lijst('open');
    const fout = await api.verzoek<{ errors: { field: string }[] }>('GET', '/werkvoorraad?status=morgen', { token });

    // Assess
    expect(overschreden).toEqual([
      { trajectId: ids['te-laat'], stap: 'eerste-gesprek', deadline: '2026-05-29', status: 'overschreden' },
    ]);
    expect(binnenkort.map((i) => i.trajectId)).toEqual([ids.binnenkort]);
    expect(open.map((i) => [i.trajectId, i.deadline, i.status])).toEqual([
      [ids.binnenkort, '2026-06-22', 'binnenkort'],
      [ids.ruim, '2026-07-17', 'open'],
    ]);
    expect(fout.status).toBe(400);
    expect(fout.body.errors.map((e) => e.field)).toEqual(['status']);
    expect(commandos).not.toContain('ScanCommand');
  });

  it('reports lead times per step against the norms', async () => {
    // Prepare: two eerste gesprekken: 25 days (within 4 weeks, not within the 2-week service norm) and 1 day
    const token = await api.token('0453', 'consulent');
    await api.verzoek('POST', `/trajecten/${ids.binnenkort}/eerste-gesprek`, { token, body: { datum: '2026-06-19' } });
    await api.verzoek('POST', `/trajecten/${ids.ruim}/eerste-gesprek`, { token, body: { datum: '2026-06-20' } });
    const teamleider = await api.token('0453', 'teamleider');

    // Act
    const rapport = await api.verzoek<{ stappen: Record<string, unknown>[] }>(
      'GET',
      '/rapportages/doorlooptijden?van=2026-06-01&tot=2026-06-30',
      { token: teamleider },
    );
    const leeg = await api.verzoek<{ stappen: unknown[] }>(
      'GET',
      '/rapportages/doorlooptijden?van=2026-01-01&tot=2026-05-31',
      {
        token: teamleider,
      },
    );
    const na = await api.verzoek<{ items: { trajectId: string; stap: string }[] }>('GET', '/werkvoorraad?status=open', {
      token,
    });

    // Assess
    expect(rapport.status).toBe(200);
    expect(rapport.body.stappen).toEqual([
      {
        stap: 'eerste-gesprek',
        aantal: 2,
        mediaanDagen: 1,
        p90Dagen: 25,
        aandeelBinnenServicenorm: 0.5,
        aandeelBinnenTermijn: 1,
      },
    ]);
    expect(leeg.body.stappen).toEqual([]);
    // The completed step leaves the worklist; the intake and beschikking terms it started join it.
    expect(
      na.body.items
        .filter((i) => i.trajectId === ids.ruim)
        .map((i) => i.stap)
        .sort(),
    ).toEqual(['beschikking', 'intake']);
    expect(commandos).not.toContain('ScanCommand');
    expect(commandos).toContain('QueryCommand');
  });
});
