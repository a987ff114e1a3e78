// End to end: In beeld. A partner refers with consent, sees only whether the referral was picked up; referrals of
// one person within 30 days join one case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verwijsDoor } from '../../functions/app/verwijzingen';
import type { VerwijzingVerzoek } from '../../functions/contracts/api';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient } from '../support/api';

describe('verwijzingen', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let wijkteam: string;
  let corporatie: string;
  let consulent: string;

  const verwijzing = {
    naam: 'Verwezen Persoon',
    telefoon: '+31 6 1234 5678',
    organisatie: 'Wijkteam Noord',
    soort: 'wijkteam',
    toestemming: { gegeven: true, datum: '2026-03-09' },
  };

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-10T10:00:00+01:00') });
    api = apiClient(runtime.url);
    wijkteam = await api.token('0363', 'verwijzer', 'wijkteam-noord');
    corporatie = await api.token('0363', 'verwijzer', 'corporatie-ymere');
    consulent = await api.token('0363', 'consulent');
  });
  afterAll(async () => runtime.stop());

  it('turns a referral into an aanmelding and shows the verwijzer only whether it was picked up', async () => {
    // Act
    const r = await api.verzoek<{ id: string; samengevoegd: boolean }>('POST', '/verwijzingen', {
      token: wijkteam,
      body: verwijzing,
    });
    const status = await api.verzoek('GET', `/verwijzingen/${r.body.id}`, { token: wijkteam });
    const volledigeZaak = await api.verzoek('GET', `/trajecten/${r.body.id}`, { token: wijkteam });
    const anderePartner = await api.verzoek('GET', `/verwijzingen/${r.body.id}`, { token: corporatie });

    // Assess
    expect(r.status).toBe(201);
    expect(r.body.samengevoegd).toBe(false);
    expect(status.body).toEqual({ id: r.body.id, opgepakt: false, eersteGesprekOp: null });
    expect(volledigeZaak.status).toBe(403);
    expect(anderePartner.status).toBe(404);

    // Act: the consulent holds the eerste gesprek
    await api.verzoek('POST', `/trajecten/${r.body.id}/eerste-gesprek`, {
      token: consulent,
      body: { datum: '2026-03-10' },
    });
    const na = await api.verzoek('GET', `/verwijzingen/${r.body.id}`, { token: wijkteam });

    // Assess: nothing but picked-up and the date
    expect(na.body).toEqual({ id: r.body.id, opgepakt: true, eersteGesprekOp: '2026-03-10' });
  });

  it('joins a second referral of the same person into the same case', async () => {
    // Prepare
    const eerste = await api.verzoek<{ id: string }>('POST', '/verwijzingen', {
      token: wijkteam,
      body: { ...verwijzing, telefoon: '06-11112222' },
    });

    // Act: another partner, the same number written differently
    const tweede = await api.verzoek<{ id: string; samengevoegd: boolean }>('POST', '/verwijzingen', {
      token: corporatie,
      body: { ...verwijzing, telefoon: '+31611112222', organisatie: 'Ymere', soort: 'woningcorporatie' },
    });
    const view = await api.verzoek<{ verwijzingen: { soort: string }[]; historie: { type: string }[] }>(
      'GET',
      `/trajecten/${eerste.body.id}`,
      { token: consulent },
    );
    const status = await api.verzoek('GET', `/verwijzingen/${eerste.body.id}`, { token: corporatie });

    // Assess
    expect(tweede.status).toBe(200);
    expect(tweede.body).toEqual({ id: eerste.body.id, samengevoegd: true });
    expect(view.body.verwijzingen.map((v) => v.soort)).toEqual(['wijkteam', 'woningcorporatie']);
    expect(view.body.historie.map((h) => h.type)).toEqual(['aanmelding-ontvangen', 'verwijzing-ontvangen']);
    expect(status.status).toBe(200);
  });

  it('joins two referrals of a new person made at the same moment, before the person index shows either', async () => {
    // Prepare: the person index lags (a GSI is eventually consistent), so neither referral finds the other's case
    const lijsten = Object.create(runtime.deps.lijsten) as typeof runtime.deps.lijsten;
    lijsten.zoekOpPersoon = async () => [];
    const deps = { ...runtime.deps, lijsten };
    const van = (sub: string, organisatie: string) => ({
      verzoek: { ...verwijzing, telefoon: '0633334444', organisatie } as VerwijzingVerzoek,
      gemeente: '0363',
      actor: { soort: 'medewerker' as const, sub, rol: 'verwijzer' as const },
      correlatieId: sub,
    });

    // Act
    const [a, b] = await Promise.all([
      verwijsDoor(deps, van('wijkteam-zuid', 'Wijkteam Zuid')),
      verwijsDoor(deps, van('ggd', 'GGD')),
    ]);
    const view = await api.verzoek<{ verwijzingen: { organisatie: string }[]; historie: { type: string }[] }>(
      'GET',
      `/trajecten/${a.id}`,
      { token: consulent },
    );

    // Assess: one case with both referrals; one request made it, the other joined it
    expect(b.id).toBe(a.id);
    expect([a.samengevoegd, b.samengevoegd].sort()).toEqual([false, true]);
    expect(view.body.verwijzingen.map((v) => v.organisatie).sort()).toEqual(['GGD', 'Wijkteam Zuid']);
    expect(view.body.historie.map((h) => h.type)).toEqual(['aanmelding-ontvangen', 'verwijzing-ontvangen']);
  });

  it('refuses a referral without consent, naming the field, and a consulent posing as verwijzer', async () => {
    // Act
    const zonder = await api.verzoek<{ errors: { field: string }[] }>('POST', '/verwijzingen', {
      token: wijkteam,
      body: { ...verwijzing, toestemming: { gegeven: false, datum: '2026-03-09' } },
    });
    const rol = await api.verzoek('POST', '/verwijzingen', { token: consulent, body: verwijzing });

    // Assess
    expect(zonder.status).toBe(400);
    expect(zonder.body.errors.map((e) => e.field)).toEqual(['toestemming.gegeven']);
    expect(rol.status).toBe(403);
  });

  it('keeps the person index free of the contact details', async () => {
    // Act
    const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const items = (await runtime.dynamo.doc.send(new ScanCommand({ TableName: runtime.dynamo.tabel }))).Items ?? [];

    // Assess: the hash is the key; the telephone number never appears outside the aanmelding event itself
    const index = items.filter((i) => String(i.werkPk ?? '').startsWith('PERSOON#'));
    expect(index.length).toBeGreaterThan(0);
    expect(JSON.stringify(index)).not.toMatch(/1234|1111|Verwezen/);
  });
});
