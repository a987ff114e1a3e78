import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORMTABELLEN } from '../../../functions/domain/geld/normbedragen';
import { berekenVtlb } from '../../../functions/domain/geld/vtlb';

/** The day after the last norm table: a date for which no table exists, whatever tables are added later. */
const naLaatsteTabel = (() => {
  const laatste = NORMTABELLEN[NORMTABELLEN.length - 1]?.geldigTot ?? '2025-12-31';
  return `${Number(laatste.slice(0, 4)) + 1}-01-15`;
})();

describe('berekenVtlb', () => {
  // Source of the numbers: Fijnder, bedragen Participatiewet per 1 juli 2025 (norm incl. vakantietoeslag € 1.369,06,
  // excl. € 1.300,61); the 95 % rule: art. 475da Rv as explained by AAG (see vtlb.ts). No public worked VTLB example
  // under the post-2021 Recofa method could be found and reproduced; the corrections below are hand-computed.
  it('is 95 % of the bijstandsnorm incl. vakantietoeslag without corrections', () => {
    // Prepare / Act
    const u = berekenVtlb({ peildatum: '2025-09-15', huishouden: 'alleenstaande' });

    // Assess
    expect(u.norm.cent).toBe(136906);
    expect(u.beslagvrijeVoetCent).toBe(130061);
    expect(u.nominaalBedragCent).toBe(0);
    expect(u.vtlbCent).toBe(130061);
    expect(u.regels.map((r) => r.code)).toEqual([
      'BIJSTANDSNORM',
      'BESLAGVRIJE_VOET_BASIS',
      'BESLAGVRIJE_VOET',
      'NOMINAAL_BEDRAG',
      'VTLB',
    ]);
    for (const r of u.regels) {
      expect(r.label.length).toBeGreaterThan(0);
      expect(r.bron.length).toBeGreaterThan(0);
    }
  });

  it('adds the corrections line by line; the correctie individuele lasten may be negative', () => {
    // Prepare: couple, 1 January 2025 (norm € 1.922,07 → 95 % = € 1.825,97).
    const invoer = {
      peildatum: '2025-02-01',
      huishouden: 'gehuwden' as const,
      compensatiekopCent: 20000,
      individueleLasten: {
        zorgpremieCent: 30000,
        zorgtoeslagCent: 25000,
        woonkostenCent: 60000,
        huurtoeslagCent: 30000,
        inVoetBegrepenWoonkostenCent: 40000,
      },
      correctiePremieEigenRisicoCent: 3208,
      reiskostenWerkCent: 5000,
      overigeCorrecties: [{ omschrijving: 'Alimentatie', bedragCent: 10000, bron: 'vonnis' }],
    };

    // Act
    const u = berekenVtlb(invoer);

    // Assess: cil = 300 − 250 + 600 − 300 − 400 − 200 = −250 euro.
    const bedrag = (code: string) => u.regels.find((r) => r.code === code)?.bedragCent;
    expect(bedrag('BESLAGVRIJE_VOET_BASIS')).toBe(182597);
    expect(u.beslagvrijeVoetCent).toBe(202597);
    expect(bedrag('CORRECTIE_INDIVIDUELE_LASTEN')).toBe(-25000);
    expect(u.nominaalBedragCent).toBe(-25000 + 3208 + 5000 + 10000);
    expect(u.vtlbCent).toBe(202597 - 6792);
  });

  it('never goes below zero', () => {
    // Prepare / Act
    const u = berekenVtlb({
      peildatum: '2024-03-01',
      huishouden: 'alleenstaande-jonger-dan-21',
      overigeCorrecties: [{ omschrijving: 'Correctie', bedragCent: -1_000_000, bron: 'test' }],
    });

    // Assess
    expect(u.vtlbCent).toBe(0);
  });

  it('refuses a peildatum without a norm table', () => {
    // Prepare / Act / Assess
    expect(() => berekenVtlb({ peildatum: naLaatsteTabel, huishouden: 'gehuwden' })).toThrow(
      expect.objectContaining({ code: 'GEEN_NORMTABEL', veld: 'peildatum' }),
    );
  });
});

describe('berekenVtlb: compensatiekop and art. 475dc Rv', () => {
  const lasten = { zorgpremieCent: 15000, zorgtoeslagCent: 0, woonkostenCent: 90000, huurtoeslagCent: 0 };
  const bedrag = (u: ReturnType<typeof berekenVtlb>, code: string) => u.regels.find((r) => r.code === code)?.bedragCent;

  it('computes the compensatiekop for inkomensgroep hoog and takes it back in the correctie individuele lasten', () => {
    // Prepare: single, 1 July 2025, net € 2.500,00. Maximum (art. 475da lid 1 Rv) € 2.093,67; 95% × € 1.369,06 =
    // € 1.300,61; compensatiekop € 793,06. Correctie individuele lasten: € 150,00 + € 900,00 − € 793,06 = € 256,94.
    const invoer = {
      peildatum: '2025-07-15',
      huishouden: 'alleenstaande' as const,
      inkomenCent: 250000,
      inkomensgroep: 'hoog' as const,
      individueleLasten: lasten,
    };

    // Act
    const u = berekenVtlb(invoer);

    // Assess
    expect(bedrag(u, 'MAXIMALE_BESLAGVRIJE_VOET')).toBe(209367);
    expect(bedrag(u, 'COMPENSATIEKOP')).toBe(79306);
    expect(u.compensatiekopHerkomst).toBe('maximum');
    expect(u.beslagvrijeVoetCent).toBe(209367);
    expect(bedrag(u, 'COMPENSATIEKOP_TERUG')).toBe(-79306);
    expect(bedrag(u, 'CORRECTIE_INDIVIDUELE_LASTEN')).toBe(25694);
    expect(u.vtlbCent).toBe(235061);
  });

  it('caps the beslagvrije voet at 95 % of the net income including vakantiegeld, and takes back only what is left of the compensatiekop', () => {
    // Prepare: as above, net € 2.000,00 a month: 95% = € 1.900,00 < € 2.093,67.
    const invoer = {
      peildatum: '2025-07-15',
      huishouden: 'alleenstaande' as const,
      inkomenCent: 200000,
      inkomensgroep: 'hoog' as const,
      individueleLasten: lasten,
    };

    // Act
    const u = berekenVtlb(invoer);

    // Assess: € 1.900,00 − € 1.300,61 = € 599,39 of the compensatiekop stays in the voet.
    expect(bedrag(u, 'BESLAGVRIJE_VOET_INKOMENSGRENS')).toBe(190000 - 209367);
    expect(u.beslagvrijeVoetCent).toBe(190000);
    expect(u.compensatiekopCent).toBe(59939);
    expect(bedrag(u, 'COMPENSATIEKOP_TERUG')).toBe(-59939);
    expect(u.vtlbCent).toBe(190000 + 15000 + 90000 - 59939);
  });

  it('has no compensatiekop, and 95 % of the income as voet, at or below the norm (inkomensgroep laag)', () => {
    // Prepare: couple, 1 January 2025 (norm € 1.922,07); net € 1.800,00 + € 1.464,84 vakantiegeld a year
    // (€ 122,07 a month) = exactly the norm.
    const invoer = {
      peildatum: '2025-03-01',
      huishouden: 'gehuwden' as const,
      inkomenCent: 180000,
      vakantiegeldPerJaarCent: 146484,
    };

    // Act
    const u = berekenVtlb(invoer);

    // Assess: 95% × € 1.922,07 = € 1.825,97 either way.
    expect(u.compensatiekopHerkomst).toBe('laag-inkomen');
    expect(bedrag(u, 'COMPENSATIEKOP')).toBe(0);
    expect(u.beslagvrijeVoetCent).toBe(182597);
  });

  it('says so when the income is above the norm and neither group nor amount is known (backward compatible: 0)', () => {
    // Prepare / Act
    const u = berekenVtlb({ peildatum: '2025-09-01', huishouden: 'alleenstaande', inkomenCent: 180000 });

    // Assess
    expect(u.compensatiekopHerkomst).toBe('niet-vastgesteld');
    expect(bedrag(u, 'COMPENSATIEKOP_NIET_VASTGESTELD')).toBe(0);
    expect(u.beslagvrijeVoetCent).toBe(130061);
  });

  it('lets an explicit consulent amount win over the computed one, labelled as such', () => {
    // Prepare / Act
    const u = berekenVtlb({
      peildatum: '2025-07-15',
      huishouden: 'alleenstaande',
      inkomenCent: 250000,
      inkomensgroep: 'hoog',
      compensatiekopCent: 12345,
    });

    // Assess
    const kop = u.regels.find((r) => r.code === 'COMPENSATIEKOP');
    expect(kop?.bedragCent).toBe(12345);
    expect(kop?.label).toMatch(/opgegeven door de consulent/);
    expect(u.compensatiekopHerkomst).toBe('consulent');
    expect(u.beslagvrijeVoetCent).toBe(130061 + 12345);
  });

  it('is never negative, never above the statutory maximum for hoog, never above 95 % of the income (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2024-03-01', '2024-09-01', '2025-03-01', '2025-09-01'),
        fc.constantFrom('alleenstaande' as const, 'alleenstaande-ouder' as const),
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        (peildatum, huishouden, inkomen, vakantiegeld) => {
          // Prepare
          const invoer = { peildatum, huishouden, inkomenCent: inkomen, vakantiegeldPerJaarCent: vakantiegeld };
          const metGroep = (() => {
            try {
              return berekenVtlb({ ...invoer, inkomensgroep: 'hoog' });
            } catch {
              return undefined; // income at or below the norm contradicts 'hoog'
            }
          })();

          // Act
          const u = berekenVtlb(invoer);

          // Assess
          const grens = Math.round((0.95 * (12 * inkomen + vakantiegeld)) / 12);
          expect(u.compensatiekopCent).toBeGreaterThanOrEqual(0);
          expect(u.beslagvrijeVoetCent).toBeLessThanOrEqual(grens + 1);
          if (metGroep) {
            const max = bedrag(metGroep, 'MAXIMALE_BESLAGVRIJE_VOET') ?? 0;
            expect(metGroep.compensatiekopCent).toBeGreaterThanOrEqual(0);
            expect(metGroep.beslagvrijeVoetCent).toBeLessThanOrEqual(max);
            expect(metGroep.beslagvrijeVoetCent).toBeGreaterThanOrEqual(u.beslagvrijeVoetCent);
          }
        },
      ),
    );
  });

  it('is monotone non-decreasing in the housing costs and the health premium (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.constantFrom('hoog' as const, undefined),
        (woonkosten, zorgpremie, extraWonen, extraZorg, inkomensgroep) => {
          // Prepare
          const basis = { peildatum: '2025-02-01', huishouden: 'alleenstaande-ouder' as const, inkomenCent: 400000 };
          const met = (w: number, z: number) =>
            berekenVtlb({
              ...basis,
              inkomensgroep,
              individueleLasten: { zorgpremieCent: z, zorgtoeslagCent: 0, woonkostenCent: w, huurtoeslagCent: 0 },
            });

          // Act
          const laag = met(woonkosten, zorgpremie);
          const hoog = met(woonkosten + extraWonen, zorgpremie + extraZorg);

          // Assess: the compensatiekop does not depend on the costs (the law uses fictitious toeslagen), the VTLB does.
          expect(hoog.compensatiekopCent).toBe(laag.compensatiekopCent);
          expect(hoog.vtlbCent).toBeGreaterThanOrEqual(laag.vtlbCent);
        },
      ),
    );
  });
});
