import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidatieFout } from '../../../functions/domain/fouten';
import {
  type Antwoordwaarde,
  bepaalTriage,
  Route,
  SCHULDHULP_SCREENING,
  TRIAGE_REGELS,
  TriageUitkomst,
  type Vraag,
} from '../../../functions/domain/triage/triage';
import { fout, met, REGELING } from './antwoorden';

const codes = (u: TriageUitkomst) => u.redenen.map((r) => r.code);

describe('bepaalTriage: each route with its reasons', () => {
  it('stable income, motivation and a manageable situation → schuldregeling', () => {
    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, REGELING);

    // Assess
    expect(u.route).toBe('schuldregeling');
    expect(u.regel).toBe('SCHULDREGELING');
    expect(u.redenen).toEqual([
      {
        code: 'SCHULDREGELING',
        tekst:
          'Uw inkomen is stabiel, u betaalt uw vaste lasten en u bent bereid 18 maanden mee te werken: ' +
          'daarom starten we met een schuldregeling.',
      },
    ]);
    expect(u.overigeSignalen).toEqual([]);
    expect(u.instrument).toEqual({ id: 'schuldhulp-screening', versie: '2026.1' });
    expect('doorverwijzing' in u).toBe(false);
  });

  it('an announced eviction → crisisinterventie, whatever else is answered', () => {
    // Prepare
    const antwoorden = met({ 'crisis-huisuitzetting': true, 'zrm-financien': 5, 'aantal-schuldeisers': 1 });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.route).toBe('crisisinterventie');
    expect(u.redenen).toEqual([
      {
        code: 'CRISIS_HUISUITZETTING',
        tekst: 'U heeft een aangekondigde huisuitzetting: daarom helpen we u eerst met crisisinterventie.',
      },
    ]);
  });

  it.each([
    ['crisis-afsluiting-energie-water', 'CRISIS_AFSLUITING_ENERGIE_WATER', 'afgesloten'],
    ['crisis-beeindiging-zorgverzekering', 'CRISIS_BEEINDIGING_ZORGVERZEKERING', 'zorgverzekering'],
    ['crisis-beslag-geen-leefgeld', 'CRISIS_BESLAG_GEEN_LEEFGELD', 'beslag'],
    ['crisis-faillissementsaanvraag', 'CRISIS_FAILLISSEMENTSAANVRAAG', 'faillissement'],
    ['crisis-verkoop-woning-of-boedel', 'CRISIS_VERKOOP_WONING_OF_BOEDEL', 'verkoop'],
    ['crisis-bedrijf-bedreigd', 'CRISIS_BEDRIJF_BEDREIGD', 'bedrijf'],
  ])('%s → crisisinterventie with reason %s', (vraag, code, woord) => {
    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, met({ [vraag]: true }));

    // Assess
    expect(u.route).toBe('crisisinterventie');
    expect(u.regel).toBe(code);
    expect(u.redenen[0]?.tekst).toContain(woord);
    expect(u.redenen[0]?.tekst).toMatch(/daarom helpen we u eerst met crisisinterventie\.$/);
  });

  it('lists every crisis factor, the first-ranked one first', () => {
    // Prepare
    const antwoorden = met({ 'crisis-faillissementsaanvraag': true, 'crisis-afsluiting-energie-water': true });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.regel).toBe('CRISIS_AFSLUITING_ENERGIE_WATER');
    expect(codes(u)).toEqual(['CRISIS_AFSLUITING_ENERGIE_WATER', 'CRISIS_FAILLISSEMENTSAANVRAAG']);
  });

  it('keeps a referral that lost to a crisis as a signal for the consulent', () => {
    // Prepare
    const antwoorden = met({ 'crisis-huisuitzetting': true, 'zrm-financien': 1 });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.route).toBe('crisisinterventie');
    expect(u.overigeSignalen.map((r) => r.code)).toEqual(['DOORVERWIJZING_BESCHERMINGSBEWIND']);
  });

  it('no grip on money and complex debts → doorverwijzing beschermingsbewind', () => {
    // Prepare: deurwaarder and 8 creditors make the debts complex
    const antwoorden = met({ 'zrm-financien': 2, 'overzicht-financien': 'geen' });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.route).toBe('doorverwijzing');
    if (u.route !== 'doorverwijzing') throw new Error('verwachtte een doorverwijzing');
    expect(u.doorverwijzing.naar).toBe('beschermingsbewind');
    expect(u.doorverwijzing.waarom).toContain('art. 1:431 BW');
    expect(codes(u)).toEqual(['DOORVERWIJZING_BESCHERMINGSBEWIND']);
    expect(u.redenen[0]?.tekst).toContain('daarom verwijzen we u door naar beschermingsbewind');
  });

  it('no grip but small, simple debts → begeleiding, not bewind', () => {
    // Prepare
    const antwoorden = met({
      'zrm-financien': 1,
      'aantal-schuldeisers': 2,
      'schuld-totaal': '1000-5000',
      deurwaarder: false,
    });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.route).toBe('begeleiding');
    expect(codes(u)).toEqual(['BEGELEIDING_ZELFREDZAAMHEID']);
  });

  it('acute psychische problematiek → doorverwijzing ggz, with the aanmelding kept', () => {
    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, met({ 'zrm-middelengebruik': 1 }));

    // Assess
    expect(u.route).toBe('doorverwijzing');
    if (u.route !== 'doorverwijzing') throw new Error('verwachtte een doorverwijzing');
    expect(u.doorverwijzing.naar).toBe('ggz');
    expect(u.redenen[0]?.tekst).toContain('Uw aanmelding voor schuldhulp blijft staan');
  });

  it('an active business → doorverwijzing bbz', () => {
    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, met({ ondernemer: 'actief-bedrijf' }));

    // Assess
    expect(u.route).toBe('doorverwijzing');
    if (u.route !== 'doorverwijzing') throw new Error('verwachtte een doorverwijzing');
    expect(u.doorverwijzing.naar).toBe('bbz');
    expect(codes(u)).toEqual(['DOORVERWIJZING_BBZ']);
    expect(u.doelgroepen.map((d) => d.code)).toContain('ondernemer-actief');
  });

  it('debts from fraud → doorverwijzing wsnp', () => {
    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, met({ 'schuld-uit-fraude': true }));

    // Assess
    expect(u.route).toBe('doorverwijzing');
    if (u.route !== 'doorverwijzing') throw new Error('verwachtte een doorverwijzing');
    expect(u.doorverwijzing.naar).toBe('wsnp');
    expect(u.doorverwijzing.waarom).toContain('art. 285 Fw');
    expect(codes(u)).toEqual(['DOORVERWIJZING_WSNP_FRAUDE']);
  });

  it('several failed regelingen → doorverwijzing wsnp, both wsnp reasons when both apply', () => {
    // Act
    const alleen = bepaalTriage(SCHULDHULP_SCREENING, met({ 'eerdere-regelingen-mislukt': 3 }));
    const beide = bepaalTriage(
      SCHULDHULP_SCREENING,
      met({ 'eerdere-regelingen-mislukt': 2, 'schuld-uit-fraude': true }),
    );

    // Assess
    expect(alleen.route).toBe('doorverwijzing');
    expect(codes(alleen)).toEqual(['DOORVERWIJZING_WSNP_EERDER_MISLUKT']);
    expect(alleen.redenen[0]?.tekst).toContain('al 3 keer');
    expect(codes(beide)).toEqual(['DOORVERWIJZING_WSNP_FRAUDE', 'DOORVERWIJZING_WSNP_EERDER_MISLUKT']);
  });

  it('one failed regeling is not enough for wsnp', () => {
    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, met({ 'eerdere-regelingen-mislukt': 1 }));

    // Assess
    expect(u.route).toBe('schuldregeling');
  });

  it('unstable income and no overview → begeleiding, with both reasons and not the vangnet', () => {
    // Prepare
    const antwoorden = met({ 'inkomen-stabiel': false, 'overzicht-financien': 'geen' });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.route).toBe('begeleiding');
    expect(codes(u)).toEqual(['BEGELEIDING_INKOMEN', 'BEGELEIDING_OVERZICHT']);
    expect(u.redenen[0]?.tekst).toBe(
      'Uw inkomen is nog niet elke maand hetzelfde: daarom zorgen we eerst samen voor een vast inkomen.',
    );
  });

  it.each([
    [{ 'inkomen-bron': 'geen-inkomen' }, 'BEGELEIDING_INKOMEN'],
    [{ 'vaste-lasten-betaald': false }, 'BEGELEIDING_VASTE_LASTEN'],
    [{ 'schuld-totaal': 'onbekend' }, 'BEGELEIDING_OVERZICHT'],
    [{ 'bereid-regeling-18-maanden': false }, 'BEGELEIDING_MOTIVATIE'],
    [{ 'motivatie-durf': 2 }, 'BEGELEIDING_MOTIVATIE'],
  ] as [Record<string, Antwoordwaarde>, string][])('%o → begeleiding (%s)', (wijziging, code) => {
    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, met(wijziging));

    // Assess
    expect(u.route).toBe('begeleiding');
    expect(codes(u)).toEqual([code]);
  });

  it('few, small debts and good zelfredzaamheid → advies', () => {
    // Prepare
    const antwoorden = met({
      'aantal-schuldeisers': 2,
      'schuld-totaal': 'tot-1000',
      deurwaarder: false,
      'zrm-financien': 4,
      'overzicht-financien': 'volledig',
      'inkomen-stabiel': false,
    });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.route).toBe('advies');
    expect(codes(u)).toEqual(['ADVIES_KLEINE_SCHULDEN']);
    expect(u.redenen[0]?.tekst).toContain('daarom geven we u advies');
  });

  it('no debts and nothing to stabilise → advies', () => {
    // Prepare
    const antwoorden = met({ 'aantal-schuldeisers': 0, 'schuld-totaal': 'tot-1000', deurwaarder: false });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.route).toBe('advies');
    expect(codes(u)).toEqual(['ADVIES_GEEN_SCHULDEN']);
  });

  it('refuses invalid answers with the field named', () => {
    // Act
    const f = fout(() => bepaalTriage(SCHULDHULP_SCREENING, met({ 'zrm-financien': 7 })));

    // Assess
    expect(f).toBeInstanceOf(ValidatieFout);
    expect(f.code).toBe('INTAKE_ONGELDIG');
    expect(f.velden.map((v) => v.veld)).toEqual(['antwoorden.zrm-financien']);
  });
});

describe('the rule table', () => {
  it('has unique codes, a source and a condition for every rule, and ends with the vangnet', () => {
    // Act
    const regelcodes = TRIAGE_REGELS.map((r) => r.code);

    // Assess
    expect(new Set(regelcodes).size).toBe(regelcodes.length);
    for (const r of TRIAGE_REGELS) {
      expect(r.bron.length).toBeGreaterThan(0);
      expect(r.wanneer.length).toBeGreaterThan(0);
    }
    expect(TRIAGE_REGELS.at(-1)?.vangnet).toBe(true);
    expect(TRIAGE_REGELS.filter((r) => r.vangnet)).toHaveLength(1);
  });

  it('puts every crisis rule before every other rule', () => {
    // Act
    const routes = TRIAGE_REGELS.map((r) => r.route);
    const laatsteCrisis = routes.lastIndexOf('crisisinterventie');
    const eersteAndere = routes.findIndex((r) => r !== 'crisisinterventie');

    // Assess
    expect(laatsteCrisis).toBeLessThan(eersteAndere);
  });

  it('reaches every route', () => {
    // Assess
    expect(new Set(TRIAGE_REGELS.map((r) => r.route))).toEqual(new Set(Route.options));
  });
});

/** Any valid answers for the instrument: every required question answered, optional ones sometimes. */
function geldigAntwoord(v: Vraag): fc.Arbitrary<Antwoordwaarde> {
  switch (v.type) {
    case 'schaal':
      return fc.integer({ min: 1, max: 5 });
    case 'ja-nee':
      return fc.boolean();
    case 'keuze':
      return fc.constantFrom(...v.opties.map((o) => o.waarde));
    case 'getal':
      return fc.integer({ min: v.min, max: v.max });
    case 'bedrag-cent':
      return fc.integer({ min: 0, max: v.max ?? Number.MAX_SAFE_INTEGER });
  }
}

const geldigeAntwoorden = fc.record(
  Object.fromEntries(SCHULDHULP_SCREENING.vragen.map((v) => [v.id, geldigAntwoord(v)])),
  { requiredKeys: SCHULDHULP_SCREENING.vragen.filter((v) => v.verplicht).map((v) => v.id) },
);

describe('bepaalTriage on any valid answers', () => {
  it('gives exactly one route and at least one reason, in the published shape', () => {
    fc.assert(
      fc.property(geldigeAntwoorden, (antwoorden) => {
        // Act
        const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

        // Assess
        expect(Route.options).toContain(u.route);
        expect(u.redenen.length).toBeGreaterThanOrEqual(1);
        expect(u.redenen[0]?.code).toBe(u.regel);
        expect(u.route === 'doorverwijzing').toBe('doorverwijzing' in u);
        expect(() => TriageUitkomst.parse(u)).not.toThrow();
        for (const r of u.redenen) expect(r.tekst).toMatch(/daarom/);
      }),
      { numRuns: 500 },
    );
  });

  it('always chooses crisisinterventie when a Wgs art. 4 lid 2 situation is answered', () => {
    fc.assert(
      fc.property(
        geldigeAntwoorden,
        fc.constantFrom(
          'crisis-huisuitzetting',
          'crisis-afsluiting-energie-water',
          'crisis-beeindiging-zorgverzekering',
        ),
        (antwoorden, crisis) => {
          // Act
          const u = bepaalTriage(SCHULDHULP_SCREENING, { ...antwoorden, [crisis]: true });

          // Assess
          expect(u.route).toBe('crisisinterventie');
        },
      ),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(geldigeAntwoorden, (antwoorden) => {
        // Act / Assess
        expect(bepaalTriage(SCHULDHULP_SCREENING, antwoorden)).toEqual(bepaalTriage(SCHULDHULP_SCREENING, antwoorden));
      }),
      { numRuns: 100 },
    );
  });
});
