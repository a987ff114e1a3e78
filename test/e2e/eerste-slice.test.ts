// End to end: the first slice over HTTP against the local runtime (dynalite over HTTP, the real ASL, the real rules).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

type Traject = {
  id: string;
  gemeente: string;
  fase: string;
  stap: string;
  begeleider?: string;
  deadlines: { stap: string; deadline: string; status: string; norm: { bron: string } }[];
  historie: { type: string; actor: { soort: string }; wijzigingen: { veld: string }[] }[];
  volgende: { stap: string; deadline: string };
};

describe('first slice over HTTP (real clock)', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let consulent: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-02T09:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0344');
    await configureerGemeente(api, '0363');
    consulent = await api.token('0363', 'consulent', 'consulent-amsterdam');
  });
  afterAll(async () => runtime.stop());

  it('registers an aanmelding, shows the case waiting for the eerste gesprek, and moves on when it is held', async () => {
    // Prepare
    const aanmelding = { naam: 'Test Persoon', telefoon: '06 12345678', ontvangenOp: '2026-03-02' };

    // Act
    const aangemaakt = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: consulent,
      body: aanmelding,
    });

    // Assess
    expect(aangemaakt.status).toBe(201);
    const id = aangemaakt.body.id;
    expect(aangemaakt.headers.get('location')).toBe(`/trajecten/${id}`);
    const executie = await wachtTot(() => {
      const e = runtime.workflows.executie(id);
      return e?.huidigeStaat === 'WachtOpEersteGesprek' ? e : undefined;
    });
    expect(executie.input).toEqual({ trajectId: id, gemeente: '0363' });

    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token: consulent });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ id, gemeente: '0363', fase: 'in-contact', stap: 'eerste-gesprek' });
    // Wgs art. 4 lid 1: four weeks after 2 March 2026 is 30 March 2026 (a Monday).
    expect(view.body.deadlines).toEqual([
      expect.objectContaining({ stap: 'eerste-gesprek', deadline: '2026-03-30', status: 'open' }),
    ]);
    expect(view.body.volgende).toMatchObject({ stap: 'eerste-gesprek', deadline: '2026-03-30' });

    // Act: the consulent holds the eerste gesprek
    const gesprek = await api.verzoek<Traject>('POST', `/trajecten/${id}/eerste-gesprek`, {
      token: consulent,
      body: { datum: '2026-03-02' },
    });

    // Assess: the step is done, the consulent is begeleider, the workflow waits in the next step
    expect(gesprek.status).toBe(200);
    expect(gesprek.body).toMatchObject({ fase: 'in-gesprek', stap: 'intake', begeleider: 'consulent-amsterdam' });
    // Begeleiding starts at once: before a plan exists, the intake deadline is the latest next contact
    expect(gesprek.body).toMatchObject({ volgendContactmoment: { datum: '2026-03-16', gepland: false } });
    expect(gesprek.body.deadlines.find((d) => d.stap === 'eerste-gesprek')).toMatchObject({ status: 'voltooid' });
    expect(gesprek.body.deadlines.find((d) => d.stap === 'beschikking')).toMatchObject({
      // Wgs art. 4a: 8 weeks after the eerste gesprek is Koningsdag (Mon 27 April); art. 1 Atw moves it a day
      deadline: '2026-04-28',
      status: 'open',
    });
    expect(gesprek.body.historie.map((h) => h.type)).toEqual(['aanmelding-ontvangen', 'eerste-gesprek-gevoerd']);
    expect(gesprek.body.historie[1]?.wijzigingen.map((w) => w.veld)).toContain('stap');
    await wachtTot(() => (runtime.workflows.executie(id)?.huidigeStaat === 'WachtOpIntake' ? true : undefined));

    // The same request again changes nothing twice
    const nogmaals = await api.verzoek<Traject>('POST', `/trajecten/${id}/eerste-gesprek`, {
      token: consulent,
      body: { datum: '2026-03-02' },
    });
    expect(nogmaals.status).toBe(200);
    expect(nogmaals.body.historie).toHaveLength(2);
  });

  it('keeps cases apart per gemeente and refuses requests without a valid token', async () => {
    // Prepare
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: consulent,
      body: { naam: 'Iemand', email: 'iemand@example.org' },
    });
    const utrecht = await api.token('0344', 'consulent');

    // Act
    const vreemd = await api.verzoek('GET', `/trajecten/${body.id}`, { token: utrecht });
    const zonder = await api.verzoek('GET', `/trajecten/${body.id}`);
    const vervalst = await api.verzoek('GET', `/trajecten/${body.id}`, { token: `${consulent}x` });

    // Assess
    expect(vreemd.status).toBe(404);
    expect(vreemd.headers.get('content-type')).toBe('application/problem+json');
    expect(zonder.status).toBe(401);
    expect(vervalst.status).toBe(401);
  });

  it('answers bad input with a 400 problem naming the field, and stores nothing', async () => {
    // Act
    const geenContact = await api.verzoek<{ errors: { field: string }[]; status: number; type: string; title: string }>(
      'POST',
      '/aanmeldingen',
      { token: consulent, body: { naam: 'Zonder Contact' } },
    );
    const slechteDatum = await api.verzoek<{ errors: { field: string }[] }>('POST', '/aanmeldingen', {
      token: consulent,
      body: { naam: 'X', email: 'x@example.org', ontvangenOp: '2026-02-30' },
    });
    const geenJson = await api.verzoek<{ errors: { field: string }[] }>('POST', '/aanmeldingen', {
      token: consulent,
      ruweBody: '{"naam": ',
    });
    const onbekendVeld = await api.verzoek<{ errors: { field: string }[] }>('POST', '/aanmeldingen', {
      token: consulent,
      body: { naam: 'X', email: 'x@example.org', bsn: '123456782' },
    });

    // Assess
    expect(geenContact.status).toBe(400);
    expect(geenContact.headers.get('content-type')).toBe('application/problem+json');
    expect(geenContact.body).toMatchObject({ status: 400, title: 'Ongeldig verzoek' });
    expect(geenContact.body.errors.map((e) => e.field)).toEqual(['telefoon']);
    expect(slechteDatum.status).toBe(400);
    expect(slechteDatum.body.errors.map((e) => e.field)).toEqual(['ontvangenOp']);
    expect(geenJson.status).toBe(400);
    expect(geenJson.body.errors.map((e) => e.field)).toEqual(['(body)']);
    expect(onbekendVeld.status).toBe(400);
    expect(JSON.stringify(onbekendVeld.body)).not.toContain('stack');
  });

  it('makes a retried aanmelding with the same Idempotency-Key land on the same case once', async () => {
    // Prepare
    const body = { naam: 'Herhaald', telefoon: '0201234567' };
    const headers = { 'idempotency-key': 'formulier-42' };

    // Act
    const eerste = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', { token: consulent, body, headers });
    const tweede = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', { token: consulent, body, headers });
    const anders = await api.verzoek('POST', '/aanmeldingen', {
      token: consulent,
      body: { ...body, naam: 'Iemand Anders' },
      headers,
    });

    // Assess
    expect(eerste.status).toBe(201);
    expect(tweede.status).toBe(201);
    expect(tweede.body.id).toBe(eerste.body.id);
    expect(anders.status).toBe(409);
    const view = await api.verzoek<Traject>('GET', `/trajecten/${eerste.body.id}`, { token: consulent });
    expect(view.body.historie).toHaveLength(1);
  });
});

describe('deadline breach on a fast clock', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;

  // One simulated week per wall second: three werkdagen pass in about a second.
  beforeAll(async () => {
    runtime = await startRuntime({ klokSnelheid: 7 * 86_400, klokStart: new Date('2026-12-21T10:00:00+01:00') });
    api = apiClient(runtime.url);
  });
  afterAll(async () => runtime.stop());

  it('shows an untouched crisis aanmelding as overschreden after its 3 werkdagen, publishes it, and keeps waiting', async () => {
    // Prepare: Monday 21 December 2026; the 3 werkdagen skip both Kerstdagen: 22, 23 and 24 December.
    const consulent = await api.token('0363', 'consulent');

    // Act
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: consulent,
      body: { naam: 'Crisis', telefoon: '0612345678', ontvangenOp: '2026-12-21', crisis: 'huisuitzetting' },
    });

    // Assess
    const overschreden = await wachtTot(() =>
      runtime.bus.log.find(
        (e) =>
          e['detail-type'] === 'deadline-overschreden' &&
          (e.detail as { data: { trajectId: string } }).data.trajectId === body.id,
      ),
    );
    expect(overschreden.detail).toMatchObject({
      data: { trajectId: body.id, stap: 'eerste-gesprek', deadline: '2026-12-24' },
    });
    expect(Object.keys((overschreden.detail as { data: object }).data).sort()).toEqual([
      'deadline',
      'stap',
      'trajectId',
    ]);
    const view = await api.verzoek<Traject>('GET', `/trajecten/${body.id}`, { token: consulent });
    expect(view.body.deadlines[0]).toMatchObject({
      stap: 'eerste-gesprek',
      deadline: '2026-12-24',
      status: 'overschreden',
    });
    expect(view.body.historie.map((h) => h.type)).toEqual(['aanmelding-ontvangen', 'deadline-overschreden']);
    expect(view.body.historie[1]?.actor).toEqual({ soort: 'systeem', naam: 'deadlinebewaking' });
    await wachtTot(() =>
      runtime.workflows.executie(body.id)?.huidigeStaat === 'WachtOpEersteGesprek' ? true : undefined,
    );
    const executie = runtime.workflows.executie(body.id);
    expect(executie?.fout).toBeUndefined();
    expect(executie?.status).toBe('RUNNING');
    // A week later (one wall second) the still-open step is escalated again, without a second breach in the history
    const herinnering = await wachtTot(() =>
      runtime.bus.log.find(
        (e) =>
          e['detail-type'] === 'deadline-herinnering' &&
          (e.detail as { data: { trajectId: string } }).data.trajectId === body.id,
      ),
    );
    expect(herinnering.detail).toMatchObject({ data: { stap: 'eerste-gesprek', deadline: '2026-12-24' } });
    const later = await api.verzoek<Traject>('GET', `/trajecten/${body.id}`, { token: consulent });
    expect(later.body.historie.filter((h) => h.type === 'deadline-overschreden')).toHaveLength(1);
  });
});

describe('npm start on disk', () => {
  it('keeps the cases across a restart and gives every open case its workflow back', async () => {
    // Prepare
    const dataPad = mkdtempSync(join(tmpdir(), 'schuldhulp-'));
    const eerste = await startRuntime({ dataPad });
    const api1 = apiClient(eerste.url);
    const token1 = await api1.token('0363', 'consulent');
    const { body } = await api1.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: token1,
      body: { naam: 'Blijft', telefoon: '0612345678' },
    });
    await wachtTot(() =>
      eerste.workflows.executie(body.id)?.huidigeStaat === 'WachtOpEersteGesprek' ? true : undefined,
    );
    await eerste.stop();

    // Act
    const tweede = await startRuntime({ dataPad });
    try {
      const api2 = apiClient(tweede.url);
      const view = await api2.verzoek<Traject>('GET', `/trajecten/${body.id}`, {
        token: await api2.token('0363', 'consulent'),
      });

      // Assess
      expect(view.status).toBe(200);
      await wachtTot(() =>
        tweede.workflows.executie(body.id)?.huidigeStaat === 'WachtOpEersteGesprek' ? true : undefined,
      );
    } finally {
      await tweede.stop();
      rmSync(dataPad, { recursive: true, force: true });
    }
  });
});
