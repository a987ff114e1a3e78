// End to end: the counsellor's day through the API on the local runtime: my cases, finding a case, the journal,
// a correction that keeps the trail, documents, a hand-over, the team view and the permission matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { REGELING } from '../domain/triage/antwoorden';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

type Rij = {
  trajectId: string;
  naam: string;
  fase: string;
  stap: string | null;
  deadline: string | null;
  termijn: string | null;
  begeleider: string | null;
  volgendContactmoment: { nummer: number; datum: string } | null;
};
type Traject = {
  begeleider?: string;
  deadlines: { stap: string; deadline: string; start: string; status: string }[];
  volgendContactmoment: { datum: string; gepland: boolean } | null;
  historie: {
    type: string;
    actor: { sub?: string };
    op: string;
    wijzigingen: { veld: string; oud: unknown; nieuw: unknown }[];
  }[];
  correcties?: { feit: string; oud: unknown; nieuw: unknown; reden: string; door: string }[];
  journaal?: { contactmomenten: { id: string; gepland?: number; door: string }[]; documenten: { href: string }[] };
  geplandeContactmomenten?: { nummer: number; gehouden?: string }[];
  persoon?: { bsn?: string };
  aanvrager: { telefoon?: string };
};
type Probleem = { status: number; code: string; detail: string; title: string };

const plan = {
  doelen: ['Ik wil weer overzicht over mijn post.'],
  acties: [{ wat: 'Brieven van schuldeisers verzamelen', wie: 'u', wanneer: '2026-03-16' }],
  contactmomenten: [
    { datum: '2026-03-09', vorm: 'gesprek', met: 'uw consulent' },
    { datum: '2026-03-23', vorm: 'telefoon', met: 'uw consulent' },
  ],
};

// A minimal but real PDF: the header, one empty page, the trailer.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe("the counsellor's day", () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let anna: string;
  let bram: string;
  let teamleider: string;
  let anderGemeente: string;
  let jan: string;
  let fatima: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    await configureerGemeente(api, '0599');
    anna = await api.token('0363', 'consulent', 'c-anna');
    bram = await api.token('0363', 'consulent', 'c-bram');
    teamleider = await api.token('0363', 'teamleider', 'tl-1');
    anderGemeente = await api.token('0599', 'consulent', 'c-rotterdam');
    const a = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: anna,
      body: { naam: 'Jan de Vries', telefoon: '06-12345678', ontvangenOp: '2026-03-02' },
    });
    const b = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: anna,
      body: { naam: 'Fatima El Amrani', email: 'f.elamrani@example.org', ontvangenOp: '2026-03-05' },
    });
    jan = a.body.id;
    fatima = b.body.id;
    const gesprek = await api.verzoek('POST', `/trajecten/${jan}/eerste-gesprek`, {
      token: anna,
      body: { datum: '2026-03-04' },
    });
    expect(gesprek.status).toBe(200);
  });
  afterAll(async () => runtime.stop());

  it('lists my own cases from the index, with phase, step, deadline status and next contact moment', async () => {
    // Prepare: a third case, also without a begeleider
    const piet = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: anna,
      body: { naam: 'Piet Bakker', telefoon: '0201234567', ontvangenOp: '2026-03-06' },
    });

    // Act
    const mijn = await api.verzoek<{ items: Rij[] }>('GET', '/trajecten?begeleider=me', { token: anna });
    const zonder = await api.verzoek<{ items: Rij[] }>('GET', '/trajecten?begeleider=niemand', { token: anna });
    const pagina = await api.verzoek<{ items: Rij[]; cursor?: string }>('GET', '/trajecten?begeleider=niemand&max=1', {
      token: anna,
    });

    // Assess
    expect(mijn.status).toBe(200);
    expect(mijn.body.items).toEqual([
      expect.objectContaining({
        trajectId: jan,
        naam: 'Jan de Vries',
        fase: 'in-gesprek',
        stap: 'intake',
        begeleider: 'c-anna',
        termijn: expect.stringMatching(/^(open|binnenkort)$/),
        volgendContactmoment: null,
      }),
    ]);
    expect(zonder.body.items.map((r) => r.trajectId).sort()).toEqual([fatima, piet.body.id].sort());
    expect(pagina.body.items).toHaveLength(1);
    const volgende = await api.verzoek<{ items: Rij[]; cursor?: string }>(
      'GET',
      `/trajecten?begeleider=niemand&max=1&cursor=${pagina.body.cursor ?? ''}`,
      { token: anna },
    );
    expect([...pagina.body.items, ...volgende.body.items].map((r) => r.trajectId).sort()).toEqual(
      [fatima, piet.body.id].sort(),
    );
    const vreemd = await api.verzoek('GET', `/trajecten?begeleider=me&cursor=${pagina.body.cursor ?? ''}`, {
      token: anna,
    });
    expect(vreemd.status).toBe(400);
  });

  it('finds a case by the first letters of a surname and by phone, never across gemeenten', async () => {
    // Act
    const opNaam = await api.verzoek<{ items: Rij[] }>('POST', '/zoekopdrachten', {
      token: anna,
      body: { naam: 'vri' },
    });
    const opTelefoon = await api.verzoek<{ items: Rij[] }>('POST', '/zoekopdrachten', {
      token: anna,
      body: { telefoon: '+31 6 1234 5678' },
    });
    const opEmail = await api.verzoek<{ items: Rij[] }>('POST', '/zoekopdrachten', {
      token: bram,
      body: { email: 'F.ElAmrani@example.org' },
    });
    const anders = await api.verzoek<{ items: Rij[] }>('POST', '/zoekopdrachten', {
      token: anderGemeente,
      body: { naam: 'vri' },
    });
    const teKort = await api.verzoek<Probleem>('POST', '/zoekopdrachten', { token: anna, body: { naam: 'v' } });

    // Assess
    expect(opNaam.status).toBe(200);
    expect(opNaam.body.items.map((r) => r.trajectId)).toEqual([jan]);
    expect(opTelefoon.body.items.map((r) => r.naam)).toEqual(['Jan de Vries']);
    expect(opEmail.body.items.map((r) => r.trajectId)).toEqual([fatima]);
    expect(anders.body.items).toEqual([]);
    expect(teKort.status).toBe(400);
  });

  it('corrects the eerste-gesprek date with a reason: the intake deadline moves, the history keeps the old value', async () => {
    // Prepare
    const voor = await api.verzoek<Traject>('GET', `/trajecten/${jan}`, { token: anna });
    const intakeVoor = voor.body.deadlines.find((d) => d.stap === 'intake');
    await wachtTot(() => (runtime.workflows.executie(jan)?.huidigeStaat === 'WachtOpIntake' ? true : undefined));
    const bezochtVoor = runtime.workflows.executie(jan)?.bezochteStaten.length ?? 0;

    // Act
    const zonderReden = await api.verzoek<Probleem>('POST', `/trajecten/${jan}/correcties`, {
      token: anna,
      body: { feit: 'eerste-gesprek.datum', nieuw: '2026-03-06' },
    });
    const correctie = await api.verzoek('POST', `/trajecten/${jan}/correcties`, {
      token: anna,
      body: {
        feit: 'eerste-gesprek.datum',
        nieuw: '2026-03-06',
        reden: 'verkeerde dag ingevuld; het gesprek was vrijdag',
      },
    });
    const nogmaals = await api.verzoek('POST', `/trajecten/${jan}/correcties`, {
      token: anna,
      body: {
        feit: 'eerste-gesprek.datum',
        nieuw: '2026-03-06',
        reden: 'verkeerde dag ingevuld; het gesprek was vrijdag',
      },
    });
    const na = await api.verzoek<Traject>('GET', `/trajecten/${jan}`, { token: anna });

    // Assess
    expect(zonderReden.status).toBe(400);
    expect(correctie.status).toBe(201);
    expect(nogmaals.status).toBe(200);
    const intakeNa = na.body.deadlines.find((d) => d.stap === 'intake');
    expect(intakeVoor?.start).toBe('2026-03-04');
    expect(intakeNa?.start).toBe('2026-03-06');
    expect(intakeNa?.deadline).not.toBe(intakeVoor?.deadline);
    expect(intakeNa && intakeVoor && intakeNa.deadline > intakeVoor.deadline).toBe(true);
    expect(na.body.deadlines.find((d) => d.stap === 'eerste-gesprek')).toMatchObject({ status: 'voltooid' });
    expect(na.body.correcties).toEqual([
      expect.objectContaining({ feit: 'eerste-gesprek.datum', oud: '2026-03-04', nieuw: '2026-03-06', door: 'c-anna' }),
    ]);
    const gevoerd = na.body.historie.find((h) => h.type === 'eerste-gesprek-gevoerd');
    const gecorrigeerd = na.body.historie.find((h) => h.type === 'feit-gecorrigeerd');
    expect(gevoerd?.wijzigingen).toContainEqual({
      veld: 'stappen.eerste-gesprek.voltooidOp',
      oud: null,
      nieuw: '2026-03-04',
    });
    expect(gecorrigeerd?.wijzigingen).toContainEqual({
      veld: 'stappen.eerste-gesprek.voltooidOp',
      oud: '2026-03-04',
      nieuw: '2026-03-06',
    });
    expect(gecorrigeerd?.actor.sub).toBe('c-anna');
    // The waiting workflow was woken and checked the intake again against the moved deadline, then waits on.
    const sindsCorrectie = await wachtTot(() => {
      const staten = runtime.workflows.executie(jan)?.bezochteStaten.slice(bezochtVoor) ?? [];
      return staten.at(-1) === 'WachtOpIntake' ? staten : undefined;
    });
    expect(sindsCorrectie).toContain('ControleerIntake');
    const rij = await api.verzoek<{ items: Rij[] }>('GET', '/trajecten?begeleider=me', { token: anna });
    expect(rij.body.items[0]?.deadline).toBe(na.body.deadlines.find((d) => d.stap === 'intake')?.deadline);
  });

  it('records a held contact moment that clears its planned moment from the worklist', async () => {
    // Prepare: the intake with a plan that plans two contact moments
    const intake = await api.verzoek('POST', `/trajecten/${jan}/intake`, {
      token: anna,
      body: { instrument: { id: 'schuldhulp-screening', versie: '2026.1' }, antwoorden: REGELING, plan },
    });
    expect(intake.status).toBe(200);
    const voor = await api.verzoek<{ items: { trajectId: string; nummer: number; begeleider: string }[] }>(
      'GET',
      '/werkvoorraad/contactmomenten?begeleider=me',
      { token: anna },
    );

    // Act
    const gehouden = await api.verzoek<{ id: string; gepland: number | null }>(
      'POST',
      `/trajecten/${jan}/contactmomenten`,
      {
        token: anna,
        body: { datum: '2026-03-09', kanaal: 'gesprek', met: 'Jan de Vries', samenvatting: 'Post doorgenomen.' },
      },
    );
    const na = await api.verzoek<{ items: { trajectId: string; nummer: number }[] }>(
      'GET',
      '/werkvoorraad/contactmomenten?begeleider=me',
      { token: anna },
    );
    const view = await api.verzoek<Traject>('GET', `/trajecten/${jan}`, { token: anna });
    const notitie = await api.verzoek<{ id: string }>('POST', `/trajecten/${jan}/notities`, {
      token: anna,
      body: { tekst: 'Belt terug over de huurachterstand.' },
      headers: { 'idempotency-key': 'notitie-1' },
    });
    const herhaald = await api.verzoek<{ id: string }>('POST', `/trajecten/${jan}/notities`, {
      token: anna,
      body: { tekst: 'Belt terug over de huurachterstand.' },
      headers: { 'idempotency-key': 'notitie-1' },
    });
    const anders = await api.verzoek<Probleem>('POST', `/trajecten/${jan}/notities`, {
      token: anna,
      body: { tekst: 'Iets anders.' },
      headers: { 'idempotency-key': 'notitie-1' },
    });

    // Assess
    expect(voor.body.items.filter((i) => i.trajectId === jan).map((i) => i.nummer)).toEqual([1, 2]);
    expect(gehouden.status).toBe(201);
    expect(gehouden.body.gepland).toBe(1);
    expect(na.body.items.filter((i) => i.trajectId === jan).map((i) => i.nummer)).toEqual([2]);
    expect(view.body.volgendContactmoment).toMatchObject({ datum: '2026-03-23', gepland: true });
    expect(view.body.geplandeContactmomenten?.[0]).toMatchObject({ nummer: 1, gehouden: gehouden.body.id });
    expect(view.body.journaal?.contactmomenten[0]).toMatchObject({ id: gehouden.body.id, gepland: 1, door: 'c-anna' });
    expect(notitie.status).toBe(201);
    expect(herhaald.body.id).toBe(notitie.body.id);
    expect(anders.status).toBe(409);

    // Act: correct an intake answer, once with a value the instrument does not allow
    const antwoord = await api.verzoek('POST', `/trajecten/${jan}/correcties`, {
      token: anna,
      body: {
        feit: 'intake.antwoord',
        vraag: 'aantal-schuldeisers',
        nieuw: 9,
        reden: 'brief van de Belastingdienst gevonden',
      },
    });
    const ongeldig = await api.verzoek<Probleem>('POST', `/trajecten/${jan}/correcties`, {
      token: anna,
      body: { feit: 'intake.antwoord', vraag: 'aantal-schuldeisers', nieuw: 'veel', reden: 'x' },
    });
    const gecorrigeerd = await api.verzoek<Traject>('GET', `/trajecten/${jan}`, { token: anna });

    // Assess
    expect(antwoord.status).toBe(201);
    expect(ongeldig.status).toBe(400);
    expect(gecorrigeerd.body.correcties?.at(-1)).toMatchObject({ feit: 'intake.antwoord', oud: 8, nieuw: 9 });
    expect(view.body.historie.find((h) => h.type === 'contactmoment-gehouden')).toMatchObject({
      actor: { sub: 'c-anna' },
      op: expect.any(String),
    });
  });

  it('uploads a PDF and downloads the same bytes; refuses a file that is not what it says', async () => {
    // Act
    const upload = await api.verzoek<{ id: string; href: string }>('POST', `/trajecten/${jan}/documenten`, {
      token: anna,
      body: {
        soort: 'loonstrook',
        datum: '2026-02-28',
        contentType: 'application/pdf',
        inhoud: PDF.toString('base64'),
      },
    });
    const download = await fetch(`${runtime.url}${upload.body.href}`, { headers: { authorization: `Bearer ${anna}` } });
    const bytes = Buffer.from(await download.arrayBuffer());
    const vals = await api.verzoek<Probleem>('POST', `/trajecten/${jan}/documenten`, {
      token: anna,
      body: { soort: 'overig', datum: '2026-02-28', contentType: 'application/pdf', inhoud: PNG.toString('base64') },
    });
    const gif = await api.verzoek<Probleem>('POST', `/trajecten/${jan}/documenten`, {
      token: anna,
      body: { soort: 'overig', datum: '2026-02-28', contentType: 'image/gif', inhoud: PNG.toString('base64') },
    });
    const anders = await fetch(`${runtime.url}${upload.body.href}`, {
      headers: { authorization: `Bearer ${anderGemeente}` },
    });

    // Assess
    expect(upload.status).toBe(201);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(bytes.equals(PDF)).toBe(true);
    expect(vals.status).toBe(400);
    expect(vals.body.code).toBe('DOCUMENT_TYPE_KLOPT_NIET');
    expect(gif.status).toBe(400);
    expect(anders.status).toBe(404);
  });

  it('refuses a write by a consulent who is not the begeleider, naming the rule; reading is allowed', async () => {
    // Act
    const schrijven = await api.verzoek<Probleem>('POST', `/trajecten/${jan}/notities`, {
      token: bram,
      body: { tekst: 'Ik neem dit even over.' },
    });
    const lezen = await api.verzoek('GET', `/trajecten/${jan}`, { token: bram });
    const overdragen = await api.verzoek<Probleem>('POST', `/trajecten/${jan}/begeleider`, {
      token: bram,
      body: { naar: 'c-bram' },
    });

    // Assess
    expect(schrijven.status).toBe(403);
    expect(schrijven.body.code).toBe('SCHRIJFRECHT_BEGELEIDER');
    expect(schrijven.body.detail).toContain('regel "begeleider"');
    expect(lezen.status).toBe(200);
    expect(overdragen.status).toBe(403);
  });

  it('lets a teamleider hand a case over; the new begeleider sees it at once and may write', async () => {
    // Act
    const overdracht = await api.verzoek<{ begeleider: string }>('POST', `/trajecten/${jan}/begeleider`, {
      token: teamleider,
      body: { naar: 'c-bram', reden: 'Anna gaat met verlof' },
    });
    const bramsLijst = await api.verzoek<{ items: Rij[] }>('GET', '/trajecten?begeleider=me', { token: bram });
    const annasLijst = await api.verzoek<{ items: Rij[] }>('GET', '/trajecten?begeleider=me', { token: anna });
    const contact = await api.verzoek<{ items: { trajectId: string; begeleider: string }[] }>(
      'GET',
      '/werkvoorraad/contactmomenten?begeleider=c-bram',
      { token: teamleider },
    );
    const bramSchrijft = await api.verzoek('POST', `/trajecten/${jan}/notities`, {
      token: bram,
      body: { tekst: 'Overgenomen.' },
    });
    const annaSchrijft = await api.verzoek<Probleem>('POST', `/trajecten/${jan}/notities`, {
      token: anna,
      body: { tekst: 'Nog één ding.' },
    });

    // Assess
    expect(overdracht.status).toBe(200);
    expect(overdracht.body.begeleider).toBe('c-bram');
    expect(bramsLijst.body.items.map((r) => r.trajectId)).toEqual([jan]);
    expect(annasLijst.body.items).toEqual([]);
    expect(contact.body.items.filter((c) => c.trajectId === jan)).toHaveLength(1);
    expect(bramSchrijft.status).toBe(201);
    expect(annaSchrijft.status).toBe(403);
  });

  it('shows the teamleider the load per consulent; a consulent may not see it', async () => {
    // Act
    const team = await api.verzoek<{
      consulenten: {
        begeleider: string | null;
        openTrajecten: number;
        stappenDezeWeek: number;
        overschredenStappen: number;
      }[];
    }>('GET', '/team', { token: teamleider });
    const alsConsulent = await api.verzoek<Probleem>('GET', '/team', { token: anna });

    // Assess
    expect(team.status).toBe(200);
    expect(team.body.consulenten).toEqual([
      expect.objectContaining({ begeleider: 'c-bram', openTrajecten: 1, overschredenStappen: 0 }),
      expect.objectContaining({ begeleider: null, openTrajecten: 2 }),
    ]);
    expect(alsConsulent.status).toBe(403);
  });

  it('corrects the person data: a wrong BSN fails the elfproef, a new phone number is found and the old one not', async () => {
    // Act
    const fout = await api.verzoek<Probleem>('PATCH', `/trajecten/${jan}/persoon`, {
      token: bram,
      body: { bsn: '123456789' },
    });
    const goed = await api.verzoek<{ velden: string[] }>('PATCH', `/trajecten/${jan}/persoon`, {
      token: bram,
      body: { telefoon: '0687654321', bsn: '111222333', geboortedatum: '1980-05-17' },
    });
    const nieuw = await api.verzoek<{ items: Rij[] }>('POST', '/zoekopdrachten', {
      token: bram,
      body: { telefoon: '06 8765 4321' },
    });
    const oud = await api.verzoek<{ items: Rij[] }>('POST', '/zoekopdrachten', {
      token: bram,
      body: { telefoon: '0612345678' },
    });
    const geboren = await api.verzoek<{ items: Rij[] }>('POST', '/zoekopdrachten', {
      token: bram,
      body: { geboortedatum: '1980-05-17' },
    });
    const view = await api.verzoek<Traject>('GET', `/trajecten/${jan}`, { token: bram });
    const loket = await api.verzoek<Traject>('GET', `/trajecten/${jan}`, {
      token: await api.token('0363', 'loket', 'l-1'),
    });

    // Assess
    expect(fout.status).toBe(400);
    expect(goed.status).toBe(200);
    expect(goed.body.velden).toEqual(['telefoon', 'bsn', 'geboortedatum']);
    expect(nieuw.body.items.map((r) => r.trajectId)).toEqual([jan]);
    expect(oud.body.items).toEqual([]);
    expect(geboren.body.items.map((r) => r.trajectId)).toEqual([jan]);
    expect(view.body.persoon?.bsn).toBe('111222333');
    expect(view.body.aanvrager.telefoon).toBe('0687654321');
    expect(loket.status).toBe(200);
    expect(loket.body.persoon).toBeUndefined();
    expect(loket.body.journaal).toBeUndefined();
  });

  it('keeps personal data out of the bus events', () => {
    // Assess
    const log = JSON.stringify((runtime as unknown as { bus: { log: unknown[] } }).bus.log);
    for (const waarde of ['Jan de Vries', '111222333', '0687654321', '06-12345678', 'Post doorgenomen']) {
      expect(log).not.toContain(waarde);
    }
  });
});
