// End to end: every route reaches an end (issue #10), through the API of the local runtime: the afwijzing with its
// bezwaar window, begeleiding, doorverwijzing, ending a case on purpose, and a failed Task restarted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { met, REGELING } from '../domain/triage/antwoorden';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';
import { pdfTekst } from '../support/pdf';

type Traject = {
  fase: string;
  stap: string | null;
  koppelingen: { koppeling: string }[];
  afgesloten?: { reden: string; op: string };
  deadlines: { stap: string; status: string; deadline: string }[];
  begeleiding?: { modules: { module: string; status: string; geplandEinde?: string }[] };
  doorverwijzing?: { naar: string };
  bezwaren: { id: string; uitkomst?: string }[];
  workflowFout: { workflow: string; staat: string; fout: { type: string; melding: string } } | null;
  beschikking?: { vastgesteldOp: string | null };
};

const dag = (d: Date, n = 0) => new Date(d.getTime() + n * 86_400_000).toISOString().slice(0, 10);

function planVanaf(vandaag: Date, extra: Record<string, unknown> = {}) {
  return {
    doelen: ['Ik wil weer overzicht over mijn geld.'],
    acties: [{ wat: 'Alle brieven verzamelen', wie: 'u', wanneer: dag(vandaag, 60) }],
    begeleidingsmodules: [{ module: 'budgetcoaching', waarom: 'U wilt zelf weer overzicht houden.' }],
    contactmomenten: [{ datum: dag(vandaag, 61), vorm: 'gesprek', met: 'uw consulent' }],
    schuldenpauze: true,
    ...extra,
  };
}

async function totVaststelling(
  runtime: Runtime,
  api: ReturnType<typeof apiClient>,
  token: string,
  naam: string,
  antwoorden: Record<string, unknown>,
  planExtra: Record<string, unknown> = {},
): Promise<string> {
  const vandaag = dag(runtime.klok.nu());
  const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
    token,
    body: { naam, telefoon: '0612345678', ontvangenOp: vandaag },
  });
  await api.verzoek('POST', `/trajecten/${body.id}/eerste-gesprek`, { token, body: { datum: vandaag } });
  const intake = await api.verzoek('POST', `/trajecten/${body.id}/intake`, {
    token,
    body: {
      instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
      antwoorden,
      plan: planVanaf(runtime.klok.nu(), planExtra),
    },
  });
  expect(intake.status).toBe(200);
  return body.id;
}

async function stelVast(runtime: Runtime, api: ReturnType<typeof apiClient>, token: string, id: string) {
  await wachtTot(() => (runtime.workflows.executie(id)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined));
  const r = await api.verzoek('POST', `/trajecten/${id}/beschikking/vaststellen`, { token, body: {} });
  expect(r.status).toBe(200);
}

const eventsVan = (runtime: Runtime, id: string) =>
  runtime.bus.log.filter((e) => (e.detail as { data?: { trajectId?: string } }).data?.trajectId === id);

describe('the afwijzing (a week per second)', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokSnelheid: 7 * 86_400, klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    token = await api.token('0363', 'consulent', 'consulent-noord');
  });
  afterAll(async () => runtime.stop());

  const afwijzing = { afwijzing: { gronden: ['U woont niet in deze gemeente.'] } };

  it('waits out the bezwaar window and closes afgewezen, with no VISH, no schuldenpauze and no betaalvoorstel', async () => {
    // Prepare
    const id = await totVaststelling(runtime, api, token, 'Anna Afgewezen', REGELING, afwijzing);

    // Act
    await stelVast(runtime, api, token, id);
    const open = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    const gesloten = await wachtTot(async () => {
      const r = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
      return r.body.afgesloten ? r.body : undefined;
    }, 30_000);

    await wachtTot(() => (runtime.workflows.executie(id)?.status === 'SUCCEEDED' ? true : undefined));
    await runtime.bus.stil();

    // Assess: the window was the open step, with its deadline; then the case closed after it
    expect(open.body.stap === 'bezwaar' || open.body.afgesloten !== undefined).toBe(true);
    expect(gesloten.afgesloten?.reden).toBe('afgewezen');
    expect(gesloten.koppelingen).toEqual([]);
    const typen = eventsVan(runtime, id).map((e) => e['detail-type']);
    for (const t of ['vish-registratie-gevraagd', 'schuldenpauze-gevraagd', 'betaalvoorstel-opgesteld']) {
      expect(typen).not.toContain(t);
    }
    expect(typen).toContain('traject-afgesloten');
    expect(runtime.workflows.executie(id, 'plaatje-compleet')).toBeUndefined();
    expect(runtime.workflows.executie(id)?.huidigeStaat).toBe('Afgewezen');
    expect(runtime.koppelingen.ontvangen.filter((k) => k.trajectId === id)).toEqual([]);
    // The window ends six weeks after the bekendmaking on the day of the vaststelling (Awb 6:7, 6:8 lid 1)
    const vastgesteld = gesloten.beschikking?.vastgesteldOp ?? '';
    const brief = await api.verzoek<{ json: { bezwaarclausule: { verzenddatum: string; uiterlijkOp: string } } }>(
      'GET',
      `/trajecten/${id}/beschikking`,
      { token },
    );
    expect(brief.body.json.bezwaarclausule.verzenddatum).toBe(vastgesteld);
    expect(gesloten.afgesloten?.op && gesloten.afgesloten.op > brief.body.json.bezwaarclausule.uiterlijkOp).toBe(true);
  });

  it('keeps a case with a bezwaar open with its own beslistermijn, and closes it on the decision', async () => {
    // Prepare
    const id = await totVaststelling(runtime, api, token, 'Bert Bezwaar', REGELING, afwijzing);
    await stelVast(runtime, api, token, id);

    // Act: a bezwaar comes in within the window
    const bezwaar = await api.verzoek<{ id: string }>('POST', `/trajecten/${id}/bezwaren`, {
      token,
      body: {},
      headers: { 'idempotency-key': 'bezwaar-1' },
    });
    await new Promise((r) => setTimeout(r, 8_000)); // eight simulated weeks: past the bezwaar window
    const lopend = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    const beslissing = await api.verzoek<Traject>('POST', `/trajecten/${id}/bezwaren/${bezwaar.body.id}/beslissing`, {
      token,
      body: { uitkomst: 'ongegrond' },
    });
    const gesloten = await wachtTot(async () => {
      const r = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
      return r.body.afgesloten ? r.body : undefined;
    });

    // Assess
    expect(bezwaar.status).toBe(201);
    expect(lopend.body.afgesloten).toBeUndefined();
    expect(lopend.body.stap).toBe('bezwaar-beslissing');
    expect(lopend.body.deadlines.find((d) => d.stap === 'bezwaar-beslissing')?.deadline).toMatch(/^\d{4}-/);
    expect(beslissing.status).toBe(200);
    expect(gesloten.afgesloten?.reden).toBe('afgewezen');
    expect(gesloten.bezwaren[0]?.uitkomst).toBe('ongegrond');
  });
});

describe('begeleiding, doorverwijzing, ending on purpose, herstart', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    token = await api.token('0363', 'consulent', 'consulent-noord');
  });
  afterAll(async () => runtime.stop());

  it('gives a begeleiding case an open step with a deadline in the worklist until it ends, then closes it', async () => {
    // Prepare
    const id = await totVaststelling(runtime, api, token, 'Bea Begeleiding', met({ 'vaste-lasten-betaald': false }));
    await stelVast(runtime, api, token, id);
    await wachtTot(
      () =>
        runtime.workflows.executie(`${id}-`.padEnd(0), 'begeleiding') ??
        [...runtime.workflows.executies.values()].find(
          (e) =>
            e.workflow === 'begeleiding' &&
            e.input &&
            (e.input as { trajectId: string }).trajectId === id &&
            e.huidigeStaat === 'WachtOpBegeleiding',
        ),
    );

    // Act
    const inBegeleiding = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    const werk = await api.verzoek<{ items: { trajectId: string; stap: string; deadline: string }[] }>(
      'GET',
      '/werkvoorraad?status=open',
      { token },
    );
    const gepland = await api.verzoek<Traject>('POST', `/trajecten/${id}/begeleiding/modules`, {
      token,
      body: {
        module: 'budgetcoaching',
        aanbieder: 'Budgetcoaches Noord',
        start: '2026-03-16',
        geplandEinde: '2026-09-30',
        status: 'lopend',
      },
    });
    const einde = await api.verzoek<Traject>('POST', `/trajecten/${id}/begeleiding/einde`, {
      token,
      body: { nazorg: false },
    });
    const laterWerk = await api.verzoek<{ items: { trajectId: string }[] }>('GET', '/werkvoorraad?status=open', {
      token,
    });

    // Assess
    expect(inBegeleiding.body.stap).toBe('begeleiding');
    expect(inBegeleiding.body.begeleiding?.modules).toEqual([{ module: 'budgetcoaching', status: 'gepland' }]);
    expect(werk.body.items).toContainEqual(expect.objectContaining({ trajectId: id, stap: 'begeleiding' }));
    expect(gepland.body.deadlines.find((d) => d.stap === 'begeleiding')?.deadline).toBe('2026-09-30');
    expect(einde.status).toBe(200);
    expect(einde.body.afgesloten?.reden).toBe('begeleiding-afgerond');
    expect(einde.body.koppelingen.map((k) => k.koppeling)).toEqual([
      'vish-registratie',
      'schuldenpauze',
      'vish-afmelding',
    ]);
    expect(laterWerk.body.items.map((i) => i.trajectId)).not.toContain(id);
    await wachtTot(() =>
      [...runtime.workflows.executies.values()].some(
        (e) =>
          e.workflow === 'begeleiding' &&
          (e.input as { trajectId: string }).trajectId === id &&
          e.status === 'SUCCEEDED',
      )
        ? true
        : undefined,
    );
  });

  it('moves a begeleiding on to a schuldregeling when the consulent decides so', async () => {
    // Prepare
    const id = await totVaststelling(runtime, api, token, 'Henk Herzien', met({ 'vaste-lasten-betaald': false }));
    await stelVast(runtime, api, token, id);
    await wachtTot(async () =>
      (await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token })).body.stap === 'begeleiding' ? true : undefined,
    );

    // Act
    const herzien = await api.verzoek<Traject>('POST', `/trajecten/${id}/triage/herziening`, {
      token,
      body: { route: 'schuldregeling', reden: 'Het inkomen is nu stabiel; de schulden zijn te regelen.' },
    });

    // Assess
    expect(herzien.body.stap).toBe('betaalvoorstel');
    expect(herzien.body.fase).toBe('plaatje-compleet');
    await wachtTot(() =>
      [...runtime.workflows.executies.values()].find(
        (e) =>
          e.workflow === 'plaatje-compleet' &&
          (e.input as { trajectId: string }).trajectId === id &&
          e.huidigeStaat === 'WachtOpBetaalvoorstel',
      ),
    );
  });

  it('follows up a doorverwijzing and then closes the case', async () => {
    // Prepare: acute ggz problems → doorverwijzing to the ggz
    const id = await totVaststelling(runtime, api, token, 'Dirk Doorverwezen', met({ 'zrm-middelengebruik': 1 }));
    await stelVast(runtime, api, token, id);
    await wachtTot(() => (runtime.workflows.executie(id)?.huidigeStaat === 'WachtOpDoorverwijzing' ? true : undefined));

    // Act
    const wachtend = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    const opgevolgd = await api.verzoek<Traject>('POST', `/trajecten/${id}/doorverwijzing/opvolging`, {
      token,
      body: { geholpen: true },
    });

    // Assess
    expect(wachtend.body.stap).toBe('doorverwijzing');
    expect(wachtend.body.doorverwijzing?.naar).toBe('ggz');
    expect(wachtend.body.deadlines.find((d) => d.stap === 'doorverwijzing')?.status).toBe('open');
    expect(opgevolgd.body.afgesloten?.reden).toBe('doorverwezen');
    await wachtTot(() => (runtime.workflows.executie(id)?.status === 'SUCCEEDED' ? true : undefined));
    // Closing the case ended the wait: the execution ends in Afgesloten
    expect(runtime.workflows.executie(id)?.huidigeStaat).toBe('Afgesloten');
  });

  it('ends a case mid-way: every wait ends, VISH is deregistered, and further changes are refused with 409', async () => {
    // Prepare: a schuldregeling waiting for its betaalvoorstel
    const id = await totVaststelling(runtime, api, token, 'Ingrid Ingetrokken', REGELING);
    await stelVast(runtime, api, token, id);
    const plaatje = () => runtime.workflows.executie(id, 'plaatje-compleet');
    await wachtTot(() => (plaatje()?.huidigeStaat === 'WachtOpBetaalvoorstel' ? true : undefined));
    await wachtTot(() => (runtime.workflows.executie(id)?.status === 'SUCCEEDED' ? true : undefined));

    // Act
    const einde = await api.verzoek<{ afgesloten: { reden: string } }>('POST', `/trajecten/${id}/beeindigingen`, {
      token,
      body: { reden: 'ingetrokken', toelichting: 'De hulpvrager regelt het met familie.' },
    });
    const nogmaals = await api.verzoek('POST', `/trajecten/${id}/beeindigingen`, {
      token,
      body: { reden: 'ingetrokken' },
    });
    const anders = await api.verzoek<{ code: string }>('POST', `/trajecten/${id}/beeindigingen`, {
      token,
      body: { reden: 'verhuisd' },
    });
    const wijziging = await api.verzoek<{ code: string }>('POST', `/trajecten/${id}/opschortingen`, {
      token,
      body: { start: dag(runtime.klok.nu()), verwachtEinde: dag(runtime.klok.nu(), 7), reden: 'stukken' },
    });
    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess
    expect(einde.status).toBe(201);
    expect(einde.body.afgesloten.reden).toBe('ingetrokken');
    expect(nogmaals.status).toBe(201);
    expect(anders.status).toBe(409);
    expect(wijziging.status).toBe(409);
    expect(wijziging.body.code).toBe('TRAJECT_AFGESLOTEN');
    expect(view.body.stap).toBeNull();
    expect(view.body.koppelingen.map((k) => k.koppeling)).toContain('vish-afmelding');
    await wachtTot(() => (plaatje()?.status === 'SUCCEEDED' ? true : undefined));
    expect(plaatje()?.huidigeStaat).toBe('Afgesloten');
    expect(runtime.workflows.executie(id)?.status).toBe('SUCCEEDED');
  });

  it('shows a failed Task with its cause, and resumes the case after herstart once the cause is fixed', async () => {
    // Prepare: a gemeente that has not configured its letters yet: the beschikking cannot be drawn up
    const anders = await api.token('0599', 'consulent', 'consulent-0599');
    const teamleider = await api.token('0599', 'teamleider', 'teamleider-0599');
    const id = await totVaststelling(runtime, api, anders, 'Fenna Fout', REGELING);
    await wachtTot(() => (runtime.workflows.executie(id)?.status === 'FAILED' ? true : undefined));

    // Act
    const gestopt = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token: anders });
    const consulentMag = await api.verzoek('POST', `/trajecten/${id}/herstart`, { token: anders });
    await configureerGemeente(api, '0599');
    const herstart = await api.verzoek<{ gestart: { workflow: string; executie: string }[] }>(
      'POST',
      `/trajecten/${id}/herstart`,
      { token: teamleider },
    );
    const executie = herstart.body.gestart[0]?.executie ?? '';
    await wachtTot(() =>
      runtime.workflows.executie(executie)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined,
    );
    const hersteld = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token: anders });
    const pdf = await fetch(`${runtime.url}/trajecten/${id}/beschikking`, {
      headers: { authorization: `Bearer ${anders}`, accept: 'application/pdf' },
    });
    const tekst = (await pdfTekst(new Uint8Array(await pdf.arrayBuffer()))).join(' ');

    // Assess: the cause (no personal data), where it failed, and the restarted workflow
    expect(gestopt.body.workflowFout).toMatchObject({
      workflow: 'in-contact',
      staat: 'StelBeschikkingOp',
      fout: { type: 'ConflictFout' },
    });
    expect(gestopt.body.workflowFout?.fout.melding).toContain('configuratie');
    expect(JSON.stringify(gestopt.body.workflowFout)).not.toContain('Fenna');
    expect(consulentMag.status).toBe(403);
    expect(herstart.status).toBe(202);
    expect(hersteld.body.workflowFout).toBeNull();
    expect(hersteld.body.stap).toBe('vaststelling');
    expect(tekst).toContain('Gemeente Voorbeeldstad');
    expect(tekst).toContain('Postbus 100, 1230 AA Voorbeeldstad');
    const fouten = runtime.bus.log.filter((e) => e['detail-type'] === 'workflow-gestopt');
    expect(fouten.map((e) => (e.detail as { data: { trajectId: string } }).data.trajectId)).toContain(id);
  });
});
