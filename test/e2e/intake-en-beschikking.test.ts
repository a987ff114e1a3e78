// End to end: In gesprek → Rust en overzicht. Intake with the screening instrument, the triage in the workflow, the
// beschikking as PDF and JSON, its vaststelling, and the VISH registration and schuldenpauze request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { met, REGELING } from '../domain/triage/antwoorden';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';
import { pdfTekst } from '../support/pdf';

type Traject = {
  fase: string;
  stap: string | null;
  triage?: { route: string; redenen: { code: string; tekst: string }[]; instrument: { versie: string } };
  beschikking?: { datum: string; vastgesteldOp: string | null };
  koppelingen: { koppeling: string }[];
  afgesloten?: { reden: string };
  deadlines: { stap: string; status: string; deadline: string }[];
};

const plan = {
  doelen: ['Ik wil weer rustig slapen zonder post van de deurwaarder.', 'Ik wil mijn huur altijd op tijd betalen.'],
  acties: [
    { wat: 'Alle brieven van schuldeisers verzamelen', wie: 'u', wanneer: '2026-03-16' },
    { wat: 'Saldoverzoeken versturen', wie: 'consulent', wanneer: '2026-03-20' },
  ],
  begeleidingsmodules: [{ module: 'budgetcoaching', waarom: 'U wilt zelf weer overzicht houden.' }],
  contactmomenten: [{ datum: '2026-03-17', vorm: 'gesprek', met: 'uw consulent' }],
  schuldenpauze: true,
};

describe('intake, triage, beschikking and vaststelling', () => {
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

  async function trajectNaGesprek(naam: string): Promise<string> {
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam, telefoon: '0612345678', ontvangenOp: '2026-03-02' },
    });
    await api.verzoek('POST', `/trajecten/${body.id}/eerste-gesprek`, { token, body: { datum: '2026-03-04' } });
    return body.id;
  }

  const staat = (id: string) => runtime.workflows.executie(id);

  it('runs the whole path through the API: intake → triage → beschikking PDF → vaststelling → VISH', async () => {
    // Prepare
    const id = await trajectNaGesprek('Volledig Pad');

    // Act: the intake with the screening answers and the draft plan
    const intake = await api.verzoek<Traject>('POST', `/trajecten/${id}/intake`, {
      token,
      body: { instrument: { id: 'schuldhulp-screening', versie: '2026.1' }, antwoorden: REGELING, plan },
    });

    // Assess: the workflow computed the triage, drafted the beschikking, and waits for the vaststelling
    expect(intake.status).toBe(200);
    await wachtTot(() => (staat(id)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined));
    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    expect(view.body.triage?.route).toBe('schuldregeling');
    expect(view.body.triage?.instrument.versie).toBe('2026.1');
    expect(view.body.triage?.redenen[0]?.tekst).toContain('schuldregeling');
    expect(view.body).toMatchObject({
      stap: 'vaststelling',
      beschikking: { datum: '2026-03-09', vastgesteldOp: null },
    });
    expect(view.body.deadlines.find((d) => d.stap === 'vaststelling')).toMatchObject({ status: 'open' });
    expect(view.body).toMatchObject({
      volgendContactmoment: { datum: '2026-03-17', wat: 'gesprek met uw consulent', gepland: true },
    });

    // Act: read the beschikking as JSON and as PDF
    const json = await api.verzoek<{ json: { soort: string } }>('GET', `/trajecten/${id}/beschikking`, { token });
    const pdf = await fetch(`${runtime.url}/trajecten/${id}/beschikking`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/pdf' },
    });
    const tekst = (await pdfTekst(new Uint8Array(await pdf.arrayBuffer()))).join(' ');

    // Assess: the PDF opens and holds the plan, the contact moments and the bezwaar clause
    expect(json.body.json.soort).toBe('toelating');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(tekst).toContain('Ik wil weer rustig slapen zonder post van de deurwaarder.');
    expect(tekst).toContain('Saldoverzoeken versturen');
    expect(tekst).toContain('17 maart 2026');
    expect(tekst).toMatch(/zes weken/i);

    // Act: the consulent sets the beschikking
    const vastgesteld = await api.verzoek<Traject>('POST', `/trajecten/${id}/beschikking/vaststellen`, {
      token,
      body: {},
    });

    // Assess: Rust en overzicht, the betaalvoorstel step is next (route schuldregeling); VISH registration and the
    // schuldenpauze went out with the case id only
    expect(vastgesteld.status).toBe(200);
    expect(vastgesteld.body).toMatchObject({ fase: 'rust-en-overzicht', stap: 'betaalvoorstel' });
    await wachtTot(() => (staat(id)?.status === 'SUCCEEDED' ? true : undefined));
    expect(staat(id)?.huidigeStaat).toBe('NaarPlaatjeCompleet');
    expect(runtime.koppelingen.ontvangen.filter((k) => k.trajectId === id).map((k) => k.soort)).toEqual([
      'vish-registratie',
      'schuldenpauze',
    ]);
    const naar = runtime.bus.log.filter((e) => (e.detail as { data: { trajectId: string } }).data.trajectId === id);
    expect(naar.map((e) => e['detail-type'])).toEqual(
      expect.arrayContaining(['beschikking-vastgesteld', 'vish-registratie-gevraagd', 'schuldenpauze-gevraagd']),
    );
    for (const e of naar) expect(JSON.stringify(e.detail)).not.toMatch(/Volledig|0612345678|deurwaarder/);
    expect(JSON.stringify(staat(id)?.output)).not.toMatch(/Volledig|0612345678|deurwaarder/);
    const eind = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    expect(eind.body.koppelingen.map((k) => k.koppeling)).toEqual(['vish-registratie', 'schuldenpauze']);
  });

  it('drafts the beschikking of a late case: a term that has passed is overdue in the view, not a date in the letter', async () => {
    // Prepare: the eerste gesprek ten weeks ago, so the beschikking's 8 weeks (Wgs art. 4a) have passed
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Late Beschikking', telefoon: '0612345678', ontvangenOp: '2025-12-29' },
    });
    await api.verzoek('POST', `/trajecten/${body.id}/eerste-gesprek`, { token, body: { datum: '2025-12-29' } });

    // Act
    const intake = await api.verzoek('POST', `/trajecten/${body.id}/intake`, {
      token,
      body: { instrument: { id: 'schuldhulp-screening', versie: '2026.1' }, antwoorden: REGELING, plan },
    });

    // Assess: the concept is drawn up and waits for its vaststelling; the passed term shows overdue
    expect(intake.status).toBe(200);
    await wachtTot(() => (staat(body.id)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined));
    const view = await api.verzoek<Traject>('GET', `/trajecten/${body.id}`, { token });
    expect(view.body.deadlines.find((d) => d.stap === 'beschikking')).toMatchObject({ status: 'overschreden' });
    const json = await api.verzoek<{ json: { procesoverzicht: { stappen: { stap: string; deadline: string }[] } } }>(
      'GET',
      `/trajecten/${body.id}/beschikking`,
      { token },
    );
    const stappen = json.body.json.procesoverzicht.stappen;
    expect(stappen.map((s) => s.stap)).toContain('vaststelling');
    expect(stappen.every((s) => s.deadline >= '2026-03-09')).toBe(true);
  });

  it('closes an advies case without a beschikking', async () => {
    // Prepare
    const id = await trajectNaGesprek('Alleen Advies');

    // Act
    await api.verzoek('POST', `/trajecten/${id}/intake`, {
      token,
      body: {
        instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
        antwoorden: met({ 'aantal-schuldeisers': 0, 'schuld-totaal': 'tot-1000', deurwaarder: false }),
        plan,
      },
    });
    await wachtTot(() => (staat(id)?.status === 'SUCCEEDED' ? true : undefined));
    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    const beschikking = await api.verzoek('GET', `/trajecten/${id}/beschikking`, { token });
    const werk = await api.verzoek<{ items: { trajectId: string }[] }>('GET', '/werkvoorraad?status=open', { token });

    // Assess: the reasons are the written advice; no term of this case is left on the worklist
    expect(staat(id)?.huidigeStaat).toBe('AfgeslotenMetAdvies');
    expect(view.body).toMatchObject({
      afgesloten: { reden: 'advies-gegeven' },
      stap: null,
      triage: { route: 'advies' },
    });
    expect(beschikking.status).toBe(404);
    expect(werk.body.items.map((i) => i.trajectId)).not.toContain(id);
  });

  it('refuses an invalid intake naming the field, an intake before the eerste gesprek, and a verwijzer', async () => {
    // Prepare
    const id = await trajectNaGesprek('Fout');
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Te vroeg', email: 'vroeg@example.org' },
    });

    // Act
    const onbekend = await api.verzoek<{ errors: { field: string }[] }>('POST', `/trajecten/${id}/intake`, {
      token,
      body: {
        instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
        antwoorden: met({ 'zrm-financien': 9 }),
        plan,
      },
    });
    const teVroeg = await api.verzoek('POST', `/trajecten/${body.id}/intake`, {
      token,
      body: { instrument: { id: 'schuldhulp-screening', versie: '2026.1' }, antwoorden: REGELING, plan },
    });
    const verwijzer = await api.verzoek('GET', `/trajecten/${id}/beschikking`, {
      token: await api.token('0363', 'verwijzer'),
    });

    // Assess
    expect(onbekend.status).toBe(400);
    expect(onbekend.body.errors.map((e) => e.field)).toContain('antwoorden.zrm-financien');
    expect(teVroeg.status).toBe(409);
    expect(verwijzer.status).toBe(403);
  });
});
