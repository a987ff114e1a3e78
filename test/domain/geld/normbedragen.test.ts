import { describe, expect, it } from 'vitest';
import { deelAfgerond } from '../../../functions/domain/geld/cent';
import { GeldFout } from '../../../functions/domain/geld/geld-fout';
import {
  bijstandsnormOp,
  HUISHOUDENS,
  kostendelersnorm,
  NORMTABELLEN,
  normtabelOp,
} from '../../../functions/domain/geld/normbedragen';

function fout(fn: () => unknown): GeldFout {
  try {
    fn();
  } catch (e) {
    if (e instanceof GeldFout) return e;
    throw e;
  }
  throw new Error('verwachtte een GeldFout');
}

describe('normtabellen', () => {
  it('are contiguous, ordered and give every amount with a source', () => {
    // Prepare / Act
    const tabellen = NORMTABELLEN;

    // Assess
    for (let i = 1; i < tabellen.length; i++) {
      const vorige = tabellen[i - 1];
      const huidige = tabellen[i];
      if (!vorige || !huidige) throw new Error('onmogelijk');
      const dagNa = new Date(`${vorige.geldigTot}T00:00:00Z`);
      dagNa.setUTCDate(dagNa.getUTCDate() + 1);
      expect(huidige.geldigVanaf).toBe(dagNa.toISOString().slice(0, 10));
    }
    for (const t of tabellen) {
      for (const h of HUISHOUDENS) {
        const n = t.normen[h];
        if (n) {
          expect(Number.isSafeInteger(n.cent)).toBe(true);
          expect(n.bron.length).toBeGreaterThan(10);
        }
      }
    }
  });

  // DESIGN.md § 3.2 lists these four pairs; each is also on the page cited in normbedragen.ts.
  it.each([
    ['2024-01-01', 128383, 183404],
    ['2024-06-30', 128383, 183404],
    ['2024-07-01', 130845, 186921],
    ['2025-01-01', 134545, 192207],
    ['2025-07-01', 136906, 195580],
    ['2025-12-31', 136906, 195580],
  ])('on %s gives single %i and couple %i cents', (datum, alleenstaande, gehuwden) => {
    // Prepare / Act
    const a = bijstandsnormOp(datum, 'alleenstaande');
    const g = bijstandsnormOp(datum, 'gehuwden');

    // Assess
    expect(a.cent).toBe(alleenstaande);
    expect(g.cent).toBe(gehuwden);
  });

  it.each(['2023-12-31', '2026-01-01', '2030-06-01'])('refuses %s with GEEN_NORMTABEL, never a fallback', (datum) => {
    // Prepare / Act
    const f = fout(() => bijstandsnormOp(datum, 'alleenstaande'));

    // Assess
    expect(f.code).toBe('GEEN_NORMTABEL');
    expect(f.veld).toBe('peildatum');
  });

  it('refuses a norm that no source gave (under-21 couples without children, 1 July 2025)', () => {
    // Prepare / Act
    const f = fout(() => bijstandsnormOp('2025-08-01', 'gehuwden-een-jonger-dan-21-zonder-kinderen'));

    // Assess
    expect(f.code).toBe('GEEN_NORM_VOOR_HUISHOUDEN');
    expect(f.veld).toBe('huishouden');
  });

  it('refuses an impossible date and an unknown household', () => {
    // Prepare / Act
    const datum = fout(() => normtabelOp('2025-02-30'));
    const huishouden = fout(() => bijstandsnormOp('2025-01-01', 'student' as never));

    // Assess
    expect(datum.code).toBe('ONGELDIGE_DATUM');
    expect(huishouden.code).toBe('ONBEKEND_HUISHOUDEN');
  });

  // 95 % of the norm including vakantietoeslag equals the published norm excluding it:
  // Fijnder 1-7-2025: € 1.369,06 → € 1.300,61, € 1.955,80 → € 1.858,01, AOW € 1.530,21 → € 1.453,70;
  // RSD De Liemers / Westland 1-1-2024: € 1.283,83 → € 1.219,64, € 1.834,04 → € 1.742,34.
  it.each([
    [136906, 130061],
    [195580, 185801],
    [153021, 145370],
    [128383, 121964],
    [183404, 174234],
  ])('95%% of %i (incl. vakantietoeslag) is the published amount excl. vakantietoeslag %i', (incl, excl) => {
    // Prepare / Act
    const vijfennegentig = deelAfgerond(incl * 950, 1000);

    // Assess
    expect(vijfennegentig).toBe(excl);
  });

  // Velsen and RSD De Liemers, 1 January 2024 (incl. vakantietoeslag) and Velsen 1 July 2024.
  it.each([
    [183404, 2, 91702],
    [183404, 3, 79475],
    [183404, 4, 73362],
    [183404, 5, 69694],
    [183404, 6, 67248],
    [186921, 2, 93461],
    [186921, 3, 80999],
    [186921, 4, 74768],
    [186921, 5, 71030],
    [186921, 6, 68538],
  ])('kostendelersnorm of gehuwdennorm %i with %i kostendelers is %i', (gehuwden, a, verwacht) => {
    // Prepare / Act
    const norm = kostendelersnorm(gehuwden, a);

    // Assess
    expect(norm).toBe(verwacht);
  });
});
