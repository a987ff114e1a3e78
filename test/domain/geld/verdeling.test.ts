import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GeldFout } from '../../../functions/domain/geld/geld-fout';
import { type Schuld, verdeelAanbod } from '../../../functions/domain/geld/verdeling';

const schuldArb = fc.record({
  schuldeiserId: fc.string({ minLength: 1, maxLength: 4 }),
  naam: fc.constant('Schuldeiser'),
  bedragCent: fc.integer({ min: 1, max: 5_000_000 }),
  soort: fc.constantFrom('preferent' as const, 'concurrent' as const),
  lokaleOverheid: fc.boolean(),
});
const schuldenArb = fc.uniqueArray(schuldArb, { minLength: 1, maxLength: 15, selector: (s) => s.schuldeiserId });
const factorArb = fc.constantFrom(1, 1.5, 2, 2.25, 3);

const s = (id: string, bedragCent: number, soort: Schuld['soort'] = 'concurrent'): Schuld => ({
  schuldeiserId: id,
  naam: id,
  bedragCent,
  soort,
  lokaleOverheid: false,
});

describe('verdeelAanbod', () => {
  it('parts sum exactly to the amount offered (capped at the total debt) and nobody exceeds 100 %', () => {
    fc.assert(
      fc.property(schuldenArb, fc.integer({ min: 0, max: 80_000_000 }), factorArb, (schulden, aanbod, factor) => {
        // Prepare / Act
        const v = verdeelAanbod(schulden, aanbod, factor);

        // Assess
        const totaal = schulden.reduce((t, x) => t + x.bedragCent, 0);
        expect(v.aanbodCent).toBe(Math.min(aanbod, totaal));
        expect(v.aandelen.reduce((t, a) => t + a.aanbodCent, 0)).toBe(v.aanbodCent);
        for (const a of v.aandelen) {
          expect(Number.isSafeInteger(a.aanbodCent)).toBe(true);
          expect(a.aanbodCent).toBeGreaterThanOrEqual(0);
          expect(a.aanbodCent).toBeLessThanOrEqual(a.bedragCent);
        }
      }),
    );
  });

  it('gives preferent creditors factor × the concurrent percentage unless capped at 100 %', () => {
    fc.assert(
      fc.property(schuldenArb, fc.integer({ min: 0, max: 80_000_000 }), factorArb, (schulden, aanbod, factor) => {
        // Prepare / Act
        const v = verdeelAanbod(schulden, aanbod, factor);

        // Assess: each amount is within one cent of its exact share, so compare with that tolerance.
        const conc = v.aandelen.filter((a) => a.soort === 'concurrent');
        const pref = v.aandelen.filter((a) => a.soort === 'preferent');
        for (const p of pref) {
          if (p.aanbodCent === p.bedragCent) continue; // capped (or everyone at 100 %)
          for (const c of conc) {
            const links = p.aanbodCent * c.bedragCent;
            const rechts = factor * c.aanbodCent * p.bedragCent;
            expect(Math.abs(links - rechts)).toBeLessThanOrEqual(c.bedragCent + factor * p.bedragCent + 1e-6);
          }
        }
        if (v.preferentGemaximeerd) {
          for (const p of pref) expect(p.aanbodCent).toBe(p.bedragCent);
        }
      }),
    );
  });

  it('gives the same concurrent percentage to every concurrent creditor (within a cent)', () => {
    fc.assert(
      fc.property(schuldenArb, fc.integer({ min: 0, max: 80_000_000 }), (schulden, aanbod) => {
        // Prepare / Act
        const v = verdeelAanbod(schulden, aanbod);

        // Assess
        const conc = v.aandelen.filter((a) => a.soort === 'concurrent');
        for (const a of conc) {
          for (const b of conc) {
            const verschil = Math.abs(a.aanbodCent * b.bedragCent - b.aanbodCent * a.bedragCent);
            expect(verschil).toBeLessThanOrEqual(a.bedragCent + b.bedragCent);
          }
        }
      }),
    );
  });

  it('is deterministic and independent of input order', () => {
    fc.assert(
      fc.property(schuldenArb, fc.integer({ min: 0, max: 80_000_000 }), (schulden, aanbod) => {
        // Prepare
        const omgekeerd = [...schulden].reverse();

        // Act
        const a = verdeelAanbod(schulden, aanbod);
        const b = verdeelAanbod(omgekeerd, aanbod);

        // Assess
        const perId = (v: typeof a) => Object.fromEntries(v.aandelen.map((x) => [x.schuldeiserId, x.aanbodCent]));
        expect(perId(b)).toEqual(perId(a));
      }),
    );
  });

  // No public worked example of a distribution with a preferent creditor could be found and reproduced (NVVK's
  // submodule is not readable); these are hand-computed from the rule in verdeling.ts.
  it('splits € 1.000,00 over 3 × € 1.000,00 concurrent: ties by schuldeiserId get the leftover cent', () => {
    // Prepare
    const schulden = [s('c', 100000), s('a', 100000), s('b', 100000)];

    // Act
    const v = verdeelAanbod(schulden, 100000);

    // Assess: 33.333,33… cents each; one cent left over goes to the lowest id.
    expect(v.aandelen.map((x) => [x.schuldeiserId, x.aanbodCent])).toEqual([
      ['c', 33333],
      ['a', 33334],
      ['b', 33333],
    ]);
    expect(v.percentageConcurrent).toBe(33.3333);
  });

  it('gives the preferent creditor twice the concurrent percentage', () => {
    // Prepare: C = € 8.000, P = € 2.000, offer € 1.200 → p = 1.200 / (8.000 + 2 × 2.000) = 10 %.
    const schulden = [s('belasting', 200000, 'preferent'), s('bank', 500000), s('telecom', 300000)];

    // Act
    const v = verdeelAanbod(schulden, 120000);

    // Assess
    expect(v.percentageConcurrent).toBe(10);
    expect(v.percentagePreferent).toBe(20);
    expect(v.aandelen.map((x) => x.aanbodCent)).toEqual([40000, 50000, 30000]);
    expect(v.preferentGemaximeerd).toBe(false);
  });

  it('caps the preferent creditor at 100 % and redistributes the surplus to the concurrent ones', () => {
    // Prepare: C = € 1.000, P = € 1.000, offer € 1.500: uncapped p = 1.500 / 3.000 = 50 % → preferent 100 %, exactly
    // at the cap; offer € 1.600: preferent € 1.000 (capped), concurrent (1.600 − 1.000) / 1.000 = 60 %.
    const schulden = [s('uwv', 100000, 'preferent'), s('winkel', 100000)];

    // Act
    const v = verdeelAanbod(schulden, 160000);

    // Assess
    expect(v.preferentGemaximeerd).toBe(true);
    expect(v.percentagePreferent).toBe(100);
    expect(v.percentageConcurrent).toBe(60);
    expect(v.aandelen.map((x) => x.aanbodCent)).toEqual([100000, 60000]);
  });

  it('gives everyone 100 % when the offer covers the whole debt', () => {
    // Prepare
    const schulden = [s('a', 12345, 'preferent'), s('b', 67890)];

    // Act
    const v = verdeelAanbod(schulden, 1_000_000);

    // Assess
    expect(v.aanbodCent).toBe(80235);
    expect(v.aandelen.map((x) => x.percentage)).toEqual([100, 100]);
  });

  it('gives nothing to anyone for a zero offer', () => {
    // Prepare / Act
    const v = verdeelAanbod([s('a', 500, 'preferent'), s('b', 700)], 0);

    // Assess
    expect(v.aandelen.every((a) => a.aanbodCent === 0)).toBe(true);
  });

  it('refuses duplicate creditors, an empty list and an odd factor', () => {
    // Prepare / Act / Assess
    expect(() => verdeelAanbod([s('a', 1), s('a', 2)], 1)).toThrow(GeldFout);
    expect(() => verdeelAanbod([], 1)).toThrow(/geen schulden/);
    expect(() => verdeelAanbod([s('a', 1)], 1, 0.5)).toThrow(/preferentFactor/);
    expect(() => verdeelAanbod([s('a', 1)], 1, 1.234)).toThrow(/preferentFactor/);
  });
});
