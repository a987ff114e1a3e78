import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berekenAfloscapaciteit } from '../../../functions/domain/geld/afloscapaciteit';

const basis = { vtlbCent: 150000, eersteMaand: '2025-03' };

describe('berekenAfloscapaciteit', () => {
  it('is income − VTLB per month over 18 months', () => {
    // Prepare / Act
    const u = berekenAfloscapaciteit({ ...basis, inkomenCent: 180000 });

    // Assess
    expect(u.maanden).toHaveLength(18);
    expect(u.maanden[0]).toEqual({
      maand: '2025-03',
      inkomenCent: 180000,
      vtlbCent: 150000,
      afloscapaciteitCent: 30000,
    });
    expect(u.maanden[17]?.maand).toBe('2026-08');
    expect(u.totaalCent).toBe(18 * 30000);
  });

  it('is never below zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (inkomen, vtlb) => {
        // Prepare / Act
        const u = berekenAfloscapaciteit({ vtlbCent: vtlb, eersteMaand: '2025-01', inkomenCent: inkomen });

        // Assess
        expect(u.maanden.every((m) => m.afloscapaciteitCent >= 0)).toBe(true);
      }),
    );
  });

  it('is monotone in income, for both ways of counting vakantiegeld', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 400_000 }),
        fc.constantFrom('gespreid' as const, 'in-uitbetalingsmaand' as const),
        (inkomen, extra, vakantiegeld, verwerking) => {
          // Prepare
          const invoer = { ...basis, vakantiegeldPerJaarCent: vakantiegeld, vakantiegeldVerwerking: verwerking };

          // Act
          const laag = berekenAfloscapaciteit({ ...invoer, inkomenCent: inkomen });
          const hoog = berekenAfloscapaciteit({ ...invoer, inkomenCent: inkomen + extra });

          // Assess
          expect(hoog.totaalCent).toBeGreaterThanOrEqual(laag.totaalCent);
          hoog.maanden.forEach((m, i) => {
            expect(m.afloscapaciteitCent).toBeGreaterThanOrEqual(laag.maanden[i]?.afloscapaciteitCent ?? 0);
          });
        },
      ),
    );
  });

  it('spreads vakantiegeld and eindejaarsuitkering over 12 months by default, rounding down', () => {
    // Prepare: € 1.500,01 + € 1.000,00 a year → € 208,33 a month (250.001 / 12 = 20.833,4).
    const invoer = {
      ...basis,
      inkomenCent: 160000,
      vakantiegeldPerJaarCent: 150001,
      eindejaarsuitkeringPerJaarCent: 100000,
    };

    // Act
    const u = berekenAfloscapaciteit(invoer);

    // Assess
    expect(u.vakantiegeldVerwerking).toBe('gespreid');
    expect(u.maanden.every((m) => m.inkomenCent === 180833)).toBe(true);
    expect(u.regels.map((r) => r.code)).toContain('VAKANTIEGELD_EINDEJAARSUITKERING_GESPREID');
  });

  it('counts vakantiegeld in May and the eindejaarsuitkering in December when chosen', () => {
    // Prepare: March 2025 to August 2026 holds May 2025, December 2025 and May 2026.
    const invoer = {
      ...basis,
      inkomenCent: 140000,
      vakantiegeldPerJaarCent: 120000,
      eindejaarsuitkeringPerJaarCent: 90000,
      vakantiegeldVerwerking: 'in-uitbetalingsmaand' as const,
    };

    // Act
    const u = berekenAfloscapaciteit(invoer);

    // Assess: income is below the VTLB in ordinary months (capacity 0), so only the payment months count.
    const positief = u.maanden.filter((m) => m.afloscapaciteitCent > 0).map((m) => [m.maand, m.afloscapaciteitCent]);
    expect(positief).toEqual([
      ['2025-05', 110000],
      ['2025-12', 80000],
      ['2026-05', 110000],
    ]);
    // The same household with spreading: 140.000 + 17.500 − 150.000 = 7.500 a month → 135.000 over 18 months.
    expect(berekenAfloscapaciteit({ ...invoer, vakantiegeldVerwerking: 'gespreid' }).totaalCent).toBe(135000);
  });

  it('refuses negative income and a malformed first month', () => {
    // Prepare / Act / Assess
    expect(() => berekenAfloscapaciteit({ ...basis, inkomenCent: -1 })).toThrow(/niet negatief/);
    expect(() => berekenAfloscapaciteit({ ...basis, inkomenCent: 1, eersteMaand: '2025-13' })).toThrow(/JJJJ-MM/);
  });
});
