import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aflosschema, berekenSaneringskrediet, kredietruimte } from '../../../functions/domain/geld/saneringskrediet';
import type { Schuld } from '../../../functions/domain/geld/verdeling';

const termijnenArb = fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 1, maxLength: 24 });
const bpArb = fc.integer({ min: 0, max: 2000 });
const schulden: Schuld[] = [
  { schuldeiserId: 'bd', naam: 'Belastingdienst', bedragCent: 450000, soort: 'preferent', lokaleOverheid: false },
  { schuldeiserId: 'gem', naam: 'Gemeente', bedragCent: 120000, soort: 'concurrent', lokaleOverheid: true },
  { schuldeiserId: 'zv', naam: 'Zorgverzekeraar', bedragCent: 310000, soort: 'concurrent', lokaleOverheid: false },
];

function contanteWaarde(termijnen: number[], bp: number): number {
  const r = bp / 10000 / 12;
  return termijnen.reduce((s, t, i) => s + t / (1 + r) ** (i + 1), 0);
}

describe('kredietruimte', () => {
  it('equals the sum of the instalments at 0 %', () => {
    fc.assert(
      fc.property(termijnenArb, (termijnen) => {
        // Prepare / Act
        const k = kredietruimte(termijnen, 0);

        // Assess
        expect(k).toBe(termijnen.reduce((s, t) => s + t, 0));
      }),
    );
  });

  it('stays within a few cents below the closed-form present value', () => {
    fc.assert(
      fc.property(termijnenArb, bpArb, (termijnen, bp) => {
        // Prepare / Act
        const k = kredietruimte(termijnen, bp);

        // Assess
        const pv = contanteWaarde(termijnen, bp);
        expect(k).toBeLessThanOrEqual(pv + termijnen.length);
        expect(k).toBeGreaterThanOrEqual(pv - termijnen.length - 1);
      }),
    );
  });

  // Hand-computed: € 100 a month for 18 months at 12 % a year (1 % a month) has present value
  // 100 × (1 − 1,01^−18) / 0,01 = € 1.639,83 (annuity factor 16,3983). No public kredietbank example was found.
  it('matches the annuity formula for 18 × € 100,00 at 12 %', () => {
    // Prepare / Act
    const k = kredietruimte(Array(18).fill(10000), 1200);

    // Assess
    expect(Math.abs(k - 163983)).toBeLessThanOrEqual(2);
  });
});

describe('aflosschema', () => {
  it('repays the credit exactly: Σ aflossing = krediet, Σ termijn = Σ rente + krediet, last balance 0', () => {
    fc.assert(
      fc.property(termijnenArb, bpArb, (termijnen, bp) => {
        // Prepare
        const krediet = kredietruimte(termijnen, bp);

        // Act
        const schema = aflosschema(krediet, termijnen, bp);

        // Assess
        const som = (f: (r: (typeof schema)[number]) => number) => schema.reduce((s, r) => s + f(r), 0);
        expect(som((r) => r.aflossingCent)).toBe(krediet);
        expect(som((r) => r.termijnCent)).toBe(som((r) => r.renteCent) + krediet);
        expect(schema.at(-1)?.restschuldCent ?? 0).toBe(0);
        schema.forEach((r, i) => {
          expect(r.termijnCent).toBeLessThanOrEqual(termijnen[i] ?? 0);
          expect(r.termijnCent).toBe(r.renteCent + r.aflossingCent);
        });
      }),
    );
  });

  it('has 18 rows for 18 positive instalments', () => {
    // Prepare
    const termijnen = Array(18).fill(15000);

    // Act
    const schema = aflosschema(kredietruimte(termijnen, 500), termijnen, 500);

    // Assess
    expect(schema).toHaveLength(18);
  });

  it('refuses a credit the instalments cannot repay', () => {
    // Prepare / Act / Assess
    expect(() => aflosschema(1000, [100, 100], 0)).toThrow(/niet binnen de looptijd/);
  });
});

describe('berekenSaneringskrediet', () => {
  it('zero capacity gives a zero offer', () => {
    // Prepare / Act
    const u = berekenSaneringskrediet({ termijnenCent: Array(18).fill(0), jaarrenteBasispunten: 400, schulden });

    // Assess
    expect(u.kredietCent).toBe(0);
    expect(u.verdeling.aandelen.every((a) => a.aanbodCent === 0)).toBe(true);
    expect(u.aflosschema).toEqual([]);
  });

  it('the offer equals the credit and the parts sum to it', () => {
    fc.assert(
      fc.property(termijnenArb, bpArb, (termijnen, bp) => {
        // Prepare / Act
        const u = berekenSaneringskrediet({ termijnenCent: termijnen, jaarrenteBasispunten: bp, schulden });

        // Assess
        expect(u.kredietCent).toBe(Math.min(u.kredietruimteCent, 880000));
        expect(u.verdeling.aandelen.reduce((s, a) => s + a.aanbodCent, 0)).toBe(u.kredietCent);
        expect(u.aflosschema.reduce((s, r) => s + r.aflossingCent, 0)).toBe(u.kredietCent);
      }),
    );
  });

  it('pays everyone 100 % over a shorter term when the capacity exceeds the debt', () => {
    // Prepare: € 1.000 a month for 18 months at 0 % against € 8.800 debt.
    const termijnen = Array(18).fill(100000);

    // Act
    const u = berekenSaneringskrediet({ termijnenCent: termijnen, jaarrenteBasispunten: 0, schulden });

    // Assess
    expect(u.volledigeBetaling).toBe(true);
    expect(u.kredietCent).toBe(880000);
    expect(u.werkelijkeLooptijdMaanden).toBe(9);
    expect(u.aflosschema.at(-1)).toMatchObject({ maand: 9, termijnCent: 80000, restschuldCent: 0 });
    expect(u.verdeling.aandelen.map((a) => a.percentage)).toEqual([100, 100, 100]);
  });

  it('shows the interest as the difference between the instalments and the credit', () => {
    // Prepare
    const termijnen = Array(18).fill(20000);

    // Act
    const u = berekenSaneringskrediet({ termijnenCent: termijnen, jaarrenteBasispunten: 600, schulden });

    // Assess
    expect(u.totaleRenteCent).toBe(360000 - u.kredietCent);
    expect(u.regels.find((r) => r.code === 'RENTE_KREDIETBANK')?.bedragCent).toBe(u.kredietruimteCent - 360000);
  });
});
