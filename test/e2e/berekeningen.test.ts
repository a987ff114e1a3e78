// End to end: the money calculators and a calculation stored on a case, over HTTP against the local runtime.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient } from '../support/api';
import { DRIE_SCHULDEN } from '../support/schulden';

type Regel = { code: string; label: string; bedragCent: number; bron: string };

describe('berekeningen', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2025-09-15T10:00:00+02:00') });
    api = apiClient(runtime.url);
    token = await api.token('0363', 'consulent');
  });
  afterAll(async () => runtime.stop());

  const huishouden = { peildatum: '2025-09-01', huishouden: 'alleenstaande', inkomenCent: 180_000 };
  const schulden = DRIE_SCHULDEN;

  it('computes the VTLB and afloscapaciteit with every line labelled', async () => {
    // Act
    const r = await api.verzoek<{
      vtlb: { vtlbCent: number; regels: Regel[] };
      afloscapaciteit: { maanden: { afloscapaciteitCent: number }[]; totaalCent: number; regels: Regel[] };
    }>('POST', '/berekeningen/vtlb', { token, body: huishouden });

    // Assess: 95 % of the norm for a single person on 1 July 2025 (€ 1.369,06 incl. vakantietoeslag) = € 1.300,61
    expect(r.status).toBe(200);
    expect(r.body.vtlb.vtlbCent).toBe(130_061);
    expect(r.body.afloscapaciteit.maanden).toHaveLength(18);
    expect(r.body.afloscapaciteit.maanden[0]?.afloscapaciteitCent).toBe(180_000 - 130_061);
    for (const regel of [...r.body.vtlb.regels, ...r.body.afloscapaciteit.regels]) {
      expect(regel.label.length).toBeGreaterThan(0);
      expect(Number.isInteger(regel.bedragCent)).toBe(true);
    }
  });

  it('refuses a peildatum outside the norm tables and a negative income, naming the field', async () => {
    // Act
    const datum = await api.verzoek<{ errors: { field: string }[] }>('POST', '/berekeningen/vtlb', {
      token,
      body: { ...huishouden, peildatum: '2019-01-01' },
    });
    const negatief = await api.verzoek<{ errors: { field: string }[] }>('POST', '/berekeningen/vtlb', {
      token,
      body: { ...huishouden, inkomenCent: -1 },
    });
    const schuld = await api.verzoek<{ errors: { field: string }[] }>('POST', '/berekeningen/saneringskrediet', {
      token,
      body: { ...huishouden, jaarrenteBasispunten: 0, schulden: [{ ...schulden[0], bedragCent: 'veel' }] },
    });

    // Assess
    expect(datum.status).toBe(400);
    expect(datum.body.errors.map((e) => e.field)).toEqual(['peildatum']);
    expect(negatief.status).toBe(400);
    expect(negatief.body.errors.map((e) => e.field)).toEqual(['inkomenCent']);
    expect(schuld.status).toBe(400);
    expect(schuld.body.errors.map((e) => e.field)).toEqual(['schulden.0.bedragCent']);
  });

  it('offers every creditor its share from given instalments, exact to the cent', async () => {
    // Act: 18 × € 250 at 0 % → € 4.500 for € 15.000 of debt; preferent gets twice the concurrent percentage
    const r = await api.verzoek<{
      saneringskrediet: {
        kredietCent: number;
        verdeling: {
          aanbodCent: number;
          aandelen: { schuldeiserId: string; aanbodCent: number; percentage: number }[];
        };
        aflosschema: { termijnCent: number }[];
      };
    }>('POST', '/berekeningen/saneringskrediet', {
      token,
      body: { termijnenCent: Array(18).fill(25_000), jaarrenteBasispunten: 0, schulden },
    });

    // Assess
    expect(r.status).toBe(200);
    const { kredietCent, verdeling, aflosschema } = r.body.saneringskrediet;
    expect(kredietCent).toBe(450_000);
    expect(verdeling.aandelen.reduce((s, a) => s + a.aanbodCent, 0)).toBe(verdeling.aanbodCent);
    const pct = Object.fromEntries(verdeling.aandelen.map((a) => [a.schuldeiserId, a.percentage]));
    expect(pct.belastingdienst).toBeCloseTo(2 * (pct.energie ?? 0), 6);
    expect(aflosschema.reduce((s, t) => s + t.termijnCent, 0)).toBe(450_000);
  });

  it('stores a calculation on a case with its norm table, and publishes only the case id', async () => {
    // Prepare
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Reken', telefoon: '0612345678' },
    });

    // Act
    const r = await api.verzoek<{ volgnummer: number; berekening: { saneringskrediet: { kredietCent: number } } }>(
      'POST',
      `/trajecten/${body.id}/berekeningen`,
      { token, body: { ...huishouden, jaarrenteBasispunten: 0, schulden } },
    );
    const andere = await api.verzoek('POST', `/trajecten/${body.id}/berekeningen`, {
      token: await api.token('0344', 'consulent'),
      body: { ...huishouden, jaarrenteBasispunten: 0, schulden },
    });
    const view = await api.verzoek<{ historie: { type: string }[] }>('GET', `/trajecten/${body.id}`, { token });

    // Assess
    expect(r.status).toBe(201);
    expect(r.body.volgnummer).toBe(2);
    expect(andere.status).toBe(404);
    expect(view.body.historie.map((h) => h.type)).toEqual(['aanmelding-ontvangen', 'berekening-vastgelegd']);
    const event = runtime.bus.log.find((e) => e['detail-type'] === 'berekening-vastgelegd');
    expect(event?.detail).toMatchObject({ data: { trajectId: body.id } });
    expect(JSON.stringify(event?.detail)).not.toMatch(/Cent|Reken|0612345678/);
  });
});
