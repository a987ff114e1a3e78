// End to end: bounded, strict, named input. Unknown keys are named at their own pointer, bodies must be JSON, dates
// have a sane range, sizes are bounded, malformed paths are 4xx, and a changed replay is a 409 that says so.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { REGELING } from '../domain/triage/antwoorden';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';
import { DRIE_SCHULDEN } from '../support/schulden';

type Probleem = { code: string; detail: string; errors?: { pointer: string; field: string; detail: string }[] };

const plan = {
  doelen: ['Rust in mijn hoofd.'],
  acties: [{ wat: 'Brieven verzamelen', wie: 'u', wanneer: '2026-03-16' }],
  contactmomenten: [{ datum: '2026-03-17', vorm: 'gesprek', met: 'uw consulent' }],
};
const intake = { instrument: { id: 'schuldhulp-screening', versie: '2026.1' }, antwoorden: REGELING, plan };

/** A raw request, so a path can carry bytes `fetch` would normalise. */
function ruw(url: string, pad: string, token: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request(
      { host: u.hostname, port: u.port, path: pad, method: 'GET', headers: { authorization: `Bearer ${token}` } },
      (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('strict and bounded input', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    token = await api.token('0363', 'consulent', 'consulent-strikt');
  });
  afterAll(async () => runtime.stop());

  async function nieuwTraject(naam: string): Promise<string> {
    const r = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam, telefoon: '0612345678', ontvangenOp: '2026-03-02' },
    });
    expect(r.status).toBe(201);
    return r.body.id;
  }

  it('names every unknown key at its own pointer, __proto__ too', async () => {
    // Act
    const r = await api.verzoek<Probleem>('POST', '/aanmeldingen', {
      token,
      ruweBody: '{"naam":"A","telefoon":"0612345678","actor":"x","__proto__":{"rol":"teamleider"}}',
    });
    const genest = await api.verzoek<Probleem>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'A', telefoon: '0612345678', verwijzer: { organisatie: 'W', gemeente: '0363' } },
    });

    // Assess
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => e.pointer).sort()).toEqual(['/__proto__', '/actor']);
    expect(genest.body.errors?.map((e) => e.pointer)).toEqual(['/verwijzer/gemeente']);
  });

  it('refuses a misspelt key on both money routes instead of computing without it', async () => {
    // Prepare
    const id = await nieuwTraject('Geld Strikt');
    const huishouden = {
      peildatum: '2025-09-01',
      huishouden: 'alleenstaande',
      inkomenCent: 180_000,
      vakantiegeldPerJaarCnt: 200_000,
      schulden: DRIE_SCHULDEN,
      jaarrenteBasispunten: 0,
    };

    // Act
    const wat = await api.verzoek<Probleem>('POST', '/berekeningen/saneringskrediet', { token, body: huishouden });
    const opCase = await api.verzoek<Probleem>('POST', `/trajecten/${id}/berekeningen`, { token, body: huishouden });
    const termijnen = await api.verzoek<Probleem>('POST', '/berekeningen/saneringskrediet', {
      token,
      body: { termijnenCent: [100], schulden: DRIE_SCHULDEN, jaarrenteBasispunten: 0, rente: 1 },
    });

    // Assess
    for (const r of [wat, opCase]) {
      expect(r.status).toBe(400);
      expect(r.body.errors?.map((e) => e.pointer)).toEqual(['/vakantiegeldPerJaarCnt']);
    }
    expect(termijnen.body.errors?.map((e) => e.pointer)).toEqual(['/rente']);
  });

  it('answers 415 to a body that is not JSON', async () => {
    // Act
    const soorten = await Promise.all(
      ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', ''].map((type) =>
        api.verzoek<Probleem>('POST', '/aanmeldingen', {
          token,
          ruweBody: '{"naam":"A","telefoon":"0612345678"}',
          headers: { 'content-type': type },
        }),
      ),
    );
    const plusJson = await api.verzoek('POST', '/aanmeldingen', {
      token,
      ruweBody: '{"naam":"Plus Json","telefoon":"0612345678"}',
      headers: { 'content-type': 'application/merge-patch+json; charset=utf-8' },
    });

    // Assess
    for (const r of soorten) {
      expect(r.status).toBe(415);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      expect(r.body.code).toBe('GEEN_JSON');
    }
    expect(plusJson.status).toBe(201);
  });

  it('refuses an intake with 100,000 plan acties naming the field, and a huge field without echoing it', async () => {
    // Prepare
    const id = await nieuwTraject('Groot Plan');
    const veel = Array.from({ length: 2_000 }, () => ({ wat: 'x', wie: 'u', wanneer: '2026-03-16' }));
    const tekst = 'y'.repeat(100_000);

    // Act
    const acties = await api.verzoek<Probleem>('POST', `/trajecten/${id}/intake`, {
      token,
      body: { ...intake, plan: { ...plan, acties: veel } },
    });
    const honderdDuizend = await api.verzoek<Probleem>('POST', `/trajecten/${id}/intake`, {
      token,
      body: { ...intake, plan: { ...plan, acties: Array.from({ length: 100_000 }, () => veel[0]) } },
    });
    const lang = await api.verzoek<Probleem>('POST', '/aanmeldingen', {
      token,
      body: { naam: tekst, telefoon: '0612345678', [tekst]: 1 },
    });

    // Assess
    expect(acties.status).toBe(400);
    expect(acties.body.errors?.map((e) => e.pointer)).toEqual(['/plan/acties']);
    expect(honderdDuizend.status).toBe(400);
    expect(honderdDuizend.body.errors?.map((e) => e.pointer)).toEqual(['/plan/acties']);
    expect(lang.status).toBe(400);
    expect(JSON.stringify(lang.body).length).toBeLessThan(2_000);
  });

  it('keeps dates in a sane range and refuses facts dated in the future', async () => {
    // Prepare
    const id = await nieuwTraject('Datums');
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token, body: { datum: '2026-03-04' } });

    // Act
    const oud = await api.verzoek<Probleem>('POST', `/trajecten/${id}/opschortingen`, {
      token,
      body: { start: '0001-01-01', verwachtEinde: '2026-03-20', reden: 'stukken' },
    });
    const ver = await api.verzoek<Probleem>('POST', `/trajecten/${id}/opschortingen`, {
      token,
      body: { start: '2026-03-05', verwachtEinde: '9999-12-31', reden: 'stukken' },
    });
    const toekomst = await api.verzoek<Probleem>('POST', `/trajecten/${id}/intake`, {
      token,
      body: { ...intake, datum: '2026-09-05' },
    });

    // Assess
    expect(oud.status).toBe(400);
    expect(oud.body.errors?.map((e) => e.pointer)).toEqual(['/start']);
    expect(ver.status).toBe(400);
    expect(ver.body.errors?.map((e) => e.pointer)).toEqual(['/verwachtEinde']);
    expect(toekomst.status).toBe(400);
    expect(toekomst.body).toMatchObject({ code: 'DATUM_IN_TOEKOMST', errors: [{ pointer: '/datum' }] });
  });

  it('keeps a case with five long opschortingen fast to view', async () => {
    // Prepare: five overlapping periods of decades each (allowed dates), the old set-of-days blow-up
    const id = await nieuwTraject('Lange Opschortingen');
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token, body: { datum: '2026-03-04' } });
    for (let i = 0; i < 5; i++) {
      const r = await api.verzoek('POST', `/trajecten/${id}/opschortingen`, {
        token,
        body: { start: '2026-03-05', verwachtEinde: `209${i}-12-31`, reden: `periode ${i}` },
      });
      expect(r.status).toBe(201);
    }

    // Act
    const begin = performance.now();
    const view = await api.verzoek<{ deadlines: { opgeschortDagen: number }[] }>('GET', `/trajecten/${id}`, { token });
    const ms = performance.now() - begin;

    // Assess
    expect(view.status).toBe(200);
    expect(ms).toBeLessThan(500);
  });

  it('answers a malformed percent-encoding in a path with a 4xx problem, never a 500', async () => {
    // Act
    const antwoorden = await Promise.all(
      ['%', '%zz', '%E0%A4%A', '%C0%AE%C0%AE', '..%2F..', 'a'.repeat(500)].map((p) =>
        ruw(runtime.url, `/trajecten/${p}`, token),
      ),
    );

    // Assess
    for (const r of antwoorden) {
      expect([400, 404]).toContain(r.status);
      expect(r.type).toBe('application/problem+json');
      expect(r.body.length).toBeLessThan(1_000);
    }
  });

  it('tells a replay from a changed request: the same intake is 200, another one a 409 that says so', async () => {
    // Prepare
    const id = await nieuwTraject('Herhaling');
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token, body: { datum: '2026-03-04' } });
    const eerste = await api.verzoek('POST', `/trajecten/${id}/intake`, { token, body: intake });
    expect(eerste.status).toBe(200);

    // Act
    const zelfde = await api.verzoek('POST', `/trajecten/${id}/intake`, { token, body: intake });
    const anders = await api.verzoek<Probleem>('POST', `/trajecten/${id}/intake`, {
      token,
      body: { ...intake, plan: { ...plan, doelen: ['Iets anders.'] } },
    });
    await wachtTot(() => (runtime.workflows.executie(id)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined));
    const vast = await api.verzoek('POST', `/trajecten/${id}/beschikking/vaststellen`, {
      token,
      body: { datum: '2026-03-09' },
    });
    const vastZelfde = await api.verzoek('POST', `/trajecten/${id}/beschikking/vaststellen`, {
      token,
      body: { datum: '2026-03-09' },
    });
    const vastAnders = await api.verzoek<Probleem>('POST', `/trajecten/${id}/beschikking/vaststellen`, {
      token,
      body: { datum: '2026-03-08' },
    });
    const historie = await api.verzoek<{ historie: { type: string }[] }>('GET', `/trajecten/${id}`, { token });

    // Assess
    expect(zelfde.status).toBe(200);
    expect(anders.status).toBe(409);
    expect(anders.body.code).toBe('INTAKE_AL_AFGENOMEN');
    expect(vast.status).toBe(200);
    expect(vastZelfde.status).toBe(200);
    expect(vastAnders.status).toBe(409);
    expect(vastAnders.body.code).toBe('BESCHIKKING_AL_VASTGESTELD');
    expect(historie.body.historie.filter((h) => h.type === 'intake-afgenomen')).toHaveLength(1);
  });

  it('refuses a verlenging replayed with another reden', async () => {
    // Prepare
    const id = await nieuwTraject('Verlenging Herhaald');
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token, body: { datum: '2026-03-04' } });
    const body = { stap: 'intake', dagen: 3, reden: 'tolk nodig' };
    const headers = { 'idempotency-key': 'v-1' };
    const eerste = await api.verzoek('POST', `/trajecten/${id}/verlengingen`, { token, body, headers });

    // Act
    const zelfde = await api.verzoek('POST', `/trajecten/${id}/verlengingen`, { token, body, headers });
    const anders = await api.verzoek<Probleem>('POST', `/trajecten/${id}/verlengingen`, {
      token,
      body: { ...body, reden: 'vakantie' },
      headers,
    });

    // Assess
    expect([eerste.status, zelfde.status]).toEqual([201, 201]);
    expect(anders.status).toBe(409);
    expect(anders.body.code).toBe('VERLENGING_BESTAAT');
  });

  it('puts 10 parallel referrals of one person on one case: one makes it (201), nine join it (200)', async () => {
    // Prepare
    const verwijzer = await api.token('0363', 'verwijzer', 'wijkteam-parallel');
    const verwijzing = (i: number) => ({
      naam: 'Parallel Persoon',
      telefoon: '0655554444',
      organisatie: `Partner ${i}`,
      soort: 'wijkteam',
      toestemming: { gegeven: true, datum: '2026-03-09' },
    });

    // Act
    const antwoorden = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.verzoek<{ id: string }>('POST', '/verwijzingen', { token: verwijzer, body: verwijzing(i) }),
      ),
    );
    const id = antwoorden[0]?.body.id ?? '';
    const view = await api.verzoek<{ verwijzingen: unknown[] }>('GET', `/trajecten/${id}`, { token });

    // Assess
    expect(antwoorden.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(antwoorden.map((a) => a.body.id)).size).toBe(1);
    expect(view.body.verwijzingen).toHaveLength(10);
  });
});
