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
    // Participatiewet art. 21 in the consolidated text of 1 January and 1 July 2026 (cited in normbedragen.ts).
    ['2026-01-01', 140150, 200213],
    ['2026-06-30', 140150, 200213],
    ['2026-07-01', 141946, 202779],
    ['2026-12-31', 141946, 202779],
  ])('on %s gives single %i and couple %i cents', (datum, alleenstaande, gehuwden) => {
    // Prepare / Act
    const a = bijstandsnormOp(datum, 'alleenstaande');
    const g = bijstandsnormOp(datum, 'gehuwden');

    // Assess
    expect(a.cent).toBe(alleenstaande);
    expect(g.cent).toBe(gehuwden);
  });

  it.each(['2023-12-31', '2027-01-01', '2030-06-01'])('refuses %s with GEEN_NORMTABEL, never a fallback', (datum) => {
    // Prepare / Act
    const f = fout(() => bijstandsnormOp(datum, 'alleenstaande'));

    // Assess
    expect(f.code).toBe('GEEN_NORMTABEL');
    expect(f.veld).toBe('peildatum');
  });

  it('end on 31 December 2026 with the two 2026 tables', () => {
    // Prepare / Act
    const perioden = NORMTABELLEN.slice(-2).map((t) => [t.geldigVanaf, t.geldigTot]);

    // Assess
    expect(perioden).toEqual([
      ['2026-01-01', '2026-06-30'],
      ['2026-07-01', '2026-12-31'],
    ]);
  });

  // Participatiewet art. 20 lid 1 a–c, lid 2 b–c, art. 21 a–b and art. 22 a–c as they read on 1 January 2026 and on
  // 1 July 2026 (wetten.overheid.nl/BWBR0015703/2026-01-01 and /2026-07-01, through the mirror cited in normbedragen.ts).
  it.each([
    ['alleenstaande', 140150, 141946],
    ['alleenstaande-ouder', 140150, 141946],
    ['gehuwden', 200213, 202779],
    ['alleenstaande-pensioengerechtigd', 156469, 158734],
    ['gehuwden-pensioengerechtigd', 214416, 217610],
    ['alleenstaande-jonger-dan-21', 34599, 35042],
    ['gehuwden-beiden-jonger-dan-21-zonder-kinderen', 69198, 70084],
    ['gehuwden-beiden-jonger-dan-21-met-kinderen', 109241, 110640],
    ['gehuwden-een-jonger-dan-21-zonder-kinderen', 134706, 136432],
    ['gehuwden-een-jonger-dan-21-met-kinderen', 174749, 176988],
  ] as const)('gives %s %i cents from 1 January 2026 and %i cents from 1 July 2026', (huishouden, jan, jul) => {
    // Prepare / Act
    const januari = bijstandsnormOp('2026-03-15', huishouden);
    const juli = bijstandsnormOp('2026-11-26', huishouden);

    // Assess
    expect(januari.cent).toBe(jan);
    expect(januari.geldigVanaf).toBe('2026-01-01');
    expect(januari.bron).toContain('BWBR0015703/2026-01-01');
    expect(juli.cent).toBe(jul);
    expect(juli.geldigVanaf).toBe('2026-07-01');
    expect(juli.bron).toContain('BWBR0015703/2026-07-01');
  });

  // Participatiewet art. 20 lid 1 a–c, lid 2 b–c, art. 21 a–b and art. 22 a–c as they read on 1 January 2024,
  // 1 July 2024, 1 January 2025 and 1 July 2025 (wetten.overheid.nl/BWBR0015703/<date>, through the copies in
  // MinBZK/regelrecht-corpus cited in normbedragen.ts: commits 9a65e953, 0dc72c8f, 5bfabccc and af785ad9). Two amounts
  // came from the law text alone: couples at AOW-leeftijd on 1 January 2024 (art. 22 b and c: "€ 1.932,32", where
  // Velsen and Westland give € 1.933,98) and the under-21 couples without children on 1 July 2025 (art. 20 lid 1 b:
  // "€ 675,96", lid 1 c: "€ 1.315,88"), which no other source we read gave.
  it.each([
    ['alleenstaande', 128383, 130845, 134545, 136906],
    ['alleenstaande-ouder', 128383, 130845, 134545, 136906],
    ['gehuwden', 183404, 186921, 192207, 195580],
    ['alleenstaande-pensioengerechtigd', 142576, 145685, 150107, 153021],
    ['gehuwden-pensioengerechtigd', 193232, 197664, 205348, 209498],
    ['alleenstaande-jonger-dan-21', 31694, 32303, 33217, 33798],
    ['gehuwden-beiden-jonger-dan-21-zonder-kinderen', 63388, 64606, 66434, 67596],
    ['gehuwden-beiden-jonger-dan-21-met-kinderen', 100069, 101990, 104875, 106712],
    ['gehuwden-een-jonger-dan-21-zonder-kinderen', 123396, 125764, 129321, 131588],
    ['gehuwden-een-jonger-dan-21-met-kinderen', 160077, 163148, 167762, 170704],
  ] as const)(
    'gives %s %i, %i, %i and %i cents from 2024 to 1 July 2025, as the law text',
    (huishouden, ...bedragen) => {
      // Prepare
      const vanaf = ['2024-01-01', '2024-07-01', '2025-01-01', '2025-07-01'];

      // Act
      const normen = vanaf.map((datum) => bijstandsnormOp(datum, huishouden));

      // Assess
      expect(normen.map((n) => n.cent)).toEqual(bedragen);
      for (const [i, n] of normen.entries()) {
        expect(n.geldigVanaf).toBe(vanaf[i]);
        expect(n.bron).toContain(`BWBR0015703/${vanaf[i]}`);
      }
    },
  );

  it('gives couples at AOW-leeftijd on 1 January 2024 the law-text amount, not the € 1.933,98 of two gemeente pages', () => {
    // Prepare / Act
    const norm = bijstandsnormOp('2024-03-01', 'gehuwden-pensioengerechtigd');

    // Assess
    expect(norm.cent).toBe(193232);
    expect(norm.bron).toContain('regelrecht-corpus/blob/9a65e953baeeb34f6b1cc03a6027133d6568f673');
    expect(norm.bron).toContain('KempenPlus');
    expect(norm.bron).not.toContain('Velsen');
    expect(norm.bron).not.toContain('Westland');
  });

  // Consistency check, not a source: outside the AOW norms (art. 22), one indexation factor applies to every household
  // in a period (about 1,0192 on 1 July 2024, 1,0283 on 1 January 2025, 1,0175 on 1 July 2025, 1,0237 on 1 January
  // 2026, 1,0128 on 1 July 2026). A mistyped amount would break it.
  it.each([
    ['2024-01-01', '2024-07-01'],
    ['2024-07-01', '2025-01-01'],
    ['2025-01-01', '2025-07-01'],
    ['2025-07-01', '2026-01-01'],
    ['2026-01-01', '2026-07-01'],
  ])('indexes every norm below the AOW-leeftijd by about the same factor from %s to %s', (van, naar) => {
    // Prepare
    const huishoudens = HUISHOUDENS.filter((h) => !h.endsWith('pensioengerechtigd'));

    // Act
    const factoren = huishoudens.flatMap((h) => {
      const oud = NORMTABELLEN.find((t) => t.geldigVanaf === van)?.normen[h];
      const nieuw = NORMTABELLEN.find((t) => t.geldigVanaf === naar)?.normen[h];
      return oud && nieuw ? [nieuw.cent / oud.cent] : [];
    });

    // Assess
    expect(factoren).toHaveLength(huishoudens.length);
    expect(Math.max(...factoren) - Math.min(...factoren)).toBeLessThan(0.0001);
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
  // RSD De Liemers / Westland 1-1-2024: € 1.283,83 → € 1.219,64, € 1.834,04 → € 1.742,34;
  // KempenPlus 1-1-2024 (tabel 1a and 1b), couples at AOW-leeftijd: € 1.932,32 → € 1.835,70.
  it.each([
    [136906, 130061],
    [195580, 185801],
    [153021, 145370],
    [128383, 121964],
    [183404, 174234],
    [193232, 183570],
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
