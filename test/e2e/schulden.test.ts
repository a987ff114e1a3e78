// End to end: the schulden on a case (POST/GET /trajecten/{id}/schulden) and the berekening that takes them from there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient } from '../support/api';

type Schulden = {
  schulden: { nr: number; schuldeiserId: string; bedragCent: number; status: string; categorie: string }[];
  totaalBekendCent: number;
};

const energie = {
  schuldeiserId: 'energie',
  naam: 'Energieleverancier',
  referentie: 'KL-99812',
  categorie: 'nuts',
  soort: 'concurrent',
  bedragCent: 700_000,
};
const gemeente = {
  schuldeiserId: 'gemeente',
  naam: 'Gemeente',
  referentie: 'BRP-2026-17',
  categorie: 'publiek',
  soort: 'concurrent',
  lokaleOverheid: true,
  bedragCent: 500_000,
};
const berekening = {
  peildatum: '2026-03-01',
  huishouden: 'alleenstaande',
  inkomenCent: 190_000,
  jaarrenteBasispunten: 0,
};

describe('Schulden on the case', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    token = await api.token('0363', 'consulent', 'consulent-noord');
  });
  afterAll(async () => runtime.stop());

  async function nieuwTraject(): Promise<string> {
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Schulden Registratie', telefoon: '0612345678' },
    });
    return body.id;
  }

  it('registers claims, answers a replay with 200 and a different body with 409', async () => {
    // Prepare
    const id = await nieuwTraject();

    // Act
    const eerste = await api.verzoek<Schulden>('POST', `/trajecten/${id}/schulden`, { token, body: energie });
    const tweede = await api.verzoek<Schulden>('POST', `/trajecten/${id}/schulden`, { token, body: gemeente });
    const nogmaals = await api.verzoek<Schulden>('POST', `/trajecten/${id}/schulden`, { token, body: energie });
    const anders = await api.verzoek('POST', `/trajecten/${id}/schulden`, {
      token,
      body: { ...energie, bedragCent: 1 },
    });
    const lijst = await api.verzoek<Schulden>('GET', `/trajecten/${id}/schulden`, { token });
    const view = await api.verzoek<{ historie: { type: string }[] }>('GET', `/trajecten/${id}`, { token });

    // Assess
    expect([eerste.status, tweede.status, nogmaals.status, anders.status]).toEqual([201, 201, 200, 409]);
    expect(anders.body).toMatchObject({ code: 'SCHULD_BESTAAT' });
    expect(lijst.body.schulden.map((s) => [s.nr, s.schuldeiserId, s.categorie, s.status])).toEqual([
      [1, 'energie', 'nuts', 'geregistreerd'],
      [2, 'gemeente', 'publiek', 'geregistreerd'],
    ]);
    expect(lijst.body.totaalBekendCent).toBe(1_200_000);
    expect(view.body.historie.filter((e) => e.type === 'schuld-geregistreerd')).toHaveLength(2);
  });

  it('hides another gemeente’s case and refuses an unbounded body', async () => {
    // Prepare
    const id = await nieuwTraject();
    const ander = await api.token('0599', 'consulent');

    // Act
    const vreemd = await api.verzoek('GET', `/trajecten/${id}/schulden`, { token: ander });
    const teLang = await api.verzoek('POST', `/trajecten/${id}/schulden`, {
      token,
      body: { ...energie, referentie: 'x'.repeat(101) },
    });
    const extra = await api.verzoek('POST', `/trajecten/${id}/schulden`, { token, body: { ...energie, bsn: '1' } });

    // Assess
    expect([vreemd.status, teLang.status, extra.status]).toEqual([404, 400, 400]);
  });

  it('takes the schulden of the berekening from the case, and refuses them twice', async () => {
    // Prepare
    const id = await nieuwTraject();
    await api.verzoek('POST', `/trajecten/${id}/schulden`, { token, body: energie });
    await api.verzoek('POST', `/trajecten/${id}/schulden`, { token, body: gemeente });

    // Act
    const vast = await api.verzoek<{
      berekening: {
        saneringskrediet: { verdeling: { totaalSchuldCent: number; aandelen: { schuldeiserId: string }[] } };
      };
    }>('POST', `/trajecten/${id}/berekeningen`, { token, body: berekening });
    const dubbel = await api.verzoek('POST', `/trajecten/${id}/berekeningen`, {
      token,
      body: {
        ...berekening,
        schulden: [{ schuldeiserId: 'x', naam: 'X', bedragCent: 1, soort: 'concurrent', lokaleOverheid: false }],
      },
    });
    const leeg = await api.verzoek('POST', `/trajecten/${await nieuwTraject()}/berekeningen`, {
      token,
      body: berekening,
    });

    // Assess
    expect(vast.status).toBe(201);
    expect(vast.body.berekening.saneringskrediet.verdeling.totaalSchuldCent).toBe(1_200_000);
    expect(vast.body.berekening.saneringskrediet.verdeling.aandelen.map((a) => a.schuldeiserId)).toEqual([
      'energie',
      'gemeente',
    ]);
    expect(dubbel).toMatchObject({ status: 409, body: { code: 'SCHULDEN_OP_TRAJECT' } });
    expect(leeg).toMatchObject({ status: 422, body: { code: 'GEEN_SCHULDEN' } });
  });
});
