import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bepaalCompensatiekop } from '../../../functions/domain/geld/compensatiekop';
import {
  LEEFSITUATIES,
  leefsituatieVan,
  MAXIMA_TABELLEN,
  maximaleBeslagvrijeVoetOp,
} from '../../../functions/domain/geld/maximale-beslagvrije-voet';
import { HUISHOUDENS } from '../../../functions/domain/geld/normbedragen';

// Numbers: art. 475da lid 1 Rv as in force on 1 January 2025 (maxima € 2.071,24 / € 2.242,24 / € 2.739,03 /
// € 2.855,96) and the norms of 1 January 2025 (€ 1.345,45 single, € 1.922,07 couple; 95% = € 1.278,18 / € 1.825,97).
describe('bepaalCompensatiekop', () => {
  const jan2025 = { peildatum: '2025-02-01' };

  it.each([
    { huishouden: 'alleenstaande', kinderen: undefined, kop: 207124 - 127818 },
    { huishouden: 'alleenstaande-ouder', kinderen: undefined, kop: 224224 - 127818 },
    { huishouden: 'gehuwden', kinderen: false, kop: 273903 - 182597 },
    { huishouden: 'gehuwden', kinderen: true, kop: 285596 - 182597 },
    // Pensioners and under-21s: the beslagvrije voet uses the norm A or B of art. 21 Participatiewet (art. 475da lid 2).
    { huishouden: 'alleenstaande-pensioengerechtigd', kinderen: false, kop: 207124 - 127818 },
    { huishouden: 'gehuwden-pensioengerechtigd', kinderen: true, kop: 285596 - 182597 },
    { huishouden: 'gehuwden-beiden-jonger-dan-21-met-kinderen', kinderen: undefined, kop: 285596 - 182597 },
  ] as const)(
    'inkomensgroep hoog, $huishouden (kinderen: $kinderen): maximum − 95% of A or B',
    ({ huishouden, kinderen, kop }) => {
      // Prepare / Act
      const u = bepaalCompensatiekop({ ...jan2025, huishouden, inkomensgroep: 'hoog', kinderenJongerDan18: kinderen });

      // Assess
      expect(u.cent).toBe(kop);
      expect(u.herkomst).toBe('maximum');
      expect(u.regels.map((r) => r.code)).toEqual([
        'MAXIMALE_BESLAGVRIJE_VOET',
        'BESLAGVRIJE_VOET_BASIS_LEEFSITUATIE',
        'COMPENSATIEKOP',
      ]);
      expect(u.regels.reduce((s, r) => s + r.bedragCent, 0)).toBe(u.cent * 2);
      for (const r of u.regels) expect(r.bron.length).toBeGreaterThan(0);
    },
  );

  it('has no raise at the norm (boundary) and says it was not established one cent a year above it', () => {
    // Prepare: single, norm € 1.345,45 a month = € 16.145,40 a year; € 1.300,00 a month + € 545,40 vakantiegeld.
    const opNorm = {
      ...jan2025,
      huishouden: 'alleenstaande' as const,
      inkomenCent: 130000,
      vakantiegeldPerJaarCent: 54540,
    };

    // Act
    const op = bepaalCompensatiekop(opNorm);
    const erboven = bepaalCompensatiekop({ ...opNorm, vakantiegeldPerJaarCent: 54541 });

    // Assess
    expect(op).toMatchObject({ cent: 0, herkomst: 'laag-inkomen' });
    expect(op.regels[0]?.label).toMatch(/€ 1\.345,45/);
    expect(erboven).toMatchObject({ cent: 0, herkomst: 'niet-vastgesteld' });
    expect(erboven.regels.map((r) => r.code)).toEqual(['COMPENSATIEKOP_NIET_VASTGESTELD']);
  });

  it('is 0 without a line when nothing about income is known (the VTLB as before)', () => {
    // Prepare / Act
    const u = bepaalCompensatiekop({ ...jan2025, huishouden: 'gehuwden' });

    // Assess
    expect(u).toEqual({ cent: 0, herkomst: 'geen-gegevens', regels: [] });
  });

  it('lets the consulent amount win, even against the income group', () => {
    // Prepare / Act
    const u = bepaalCompensatiekop({
      ...jan2025,
      huishouden: 'alleenstaande',
      inkomenCent: 100000,
      inkomensgroep: 'hoog',
      compensatiekopCent: 4321,
    });

    // Assess
    expect(u).toMatchObject({ cent: 4321, herkomst: 'consulent' });
    expect(u.regels[0]?.bron).toMatch(/invoer consulent/);
  });

  it.each([
    [{ inkomensgroep: 'midden' as const }, 'compensatiekopCent'],
    [{ inkomensgroep: 'hoog' as const, inkomenCent: 100000 }, 'inkomensgroep'],
    [{ inkomensgroep: 'laag' as const, inkomenCent: 300000 }, 'inkomensgroep'],
    [{ inkomensgroep: 'hoog' as const, huishouden: 'gehuwden' as const }, 'kinderenJongerDan18'],
    [{ inkomensgroep: 'hoog' as const, kinderenJongerDan18: true }, 'kinderenJongerDan18'],
    [{ compensatiekopCent: -1 }, 'compensatiekopCent'],
    [{ compensatiekopCent: 1.5 }, 'compensatiekopCent'],
    [{ inkomensgroep: 'middel' as never }, 'inkomensgroep'],
  ])('refuses %o, naming %s', (extra, veld) => {
    // Prepare / Act / Assess
    expect(() => bepaalCompensatiekop({ ...jan2025, huishouden: 'alleenstaande', ...extra })).toThrow(
      expect.objectContaining({ veld }),
    );
  });

  it('refuses inkomensgroep hoog on a date without a maximum, naming the field (never a fallback)', () => {
    // Prepare
    const laatste = MAXIMA_TABELLEN[MAXIMA_TABELLEN.length - 1]?.geldigTot ?? '';
    const daarna = `${Number(laatste.slice(0, 4)) + 1}-01-01`;

    // Act / Assess
    expect(() => maximaleBeslagvrijeVoetOp('2023-12-31', 'alleenstaande')).toThrow(
      expect.objectContaining({ code: 'GEEN_NORMTABEL', veld: 'inkomensgroep' }),
    );
    expect(() =>
      bepaalCompensatiekop({ peildatum: daarna, huishouden: 'alleenstaande', inkomensgroep: 'hoog' }),
    ).toThrow(expect.objectContaining({ code: 'GEEN_NORMTABEL', veld: 'inkomensgroep' }));
  });

  it('is never negative and never lower for hoog than for any other outcome (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MAXIMA_TABELLEN.filter((t) => t.geldigVanaf < '2026-01-01').map((t) => t.geldigVanaf)),
        fc.constantFrom(...HUISHOUDENS),
        fc.boolean(),
        fc.integer({ min: 0, max: 800_000 }),
        (peildatum, huishouden, kinderen, inkomen) => {
          // Prepare
          const basis = { peildatum, huishouden, kinderenJongerDan18: kinderen, inkomenCent: inkomen };
          const probeer = (extra: object) => {
            try {
              return bepaalCompensatiekop({ ...basis, ...extra });
            } catch {
              return undefined;
            }
          };

          // Act
          const zonder = probeer({});
          const hoog = probeer({ inkomensgroep: 'hoog' });

          // Assess
          for (const u of [zonder, hoog]) if (u) expect(u.cent).toBeGreaterThanOrEqual(0);
          if (zonder && hoog) expect(hoog.cent).toBeGreaterThanOrEqual(zonder.cent);
        },
      ),
    );
  });
});

describe('leefsituatieVan and the maxima table', () => {
  it('maps every household to one of the four leefsituaties of art. 475da lid 1 Rv', () => {
    for (const h of HUISHOUDENS) {
      // Prepare / Act
      const zonder = (() => {
        try {
          return leefsituatieVan(h, false);
        } catch {
          return leefsituatieVan(h, true);
        }
      })();

      // Assess
      expect(LEEFSITUATIES).toContain(zonder);
    }
    expect(leefsituatieVan('alleenstaande-ouder')).toBe('alleenstaande-ouder');
    expect(leefsituatieVan('alleenstaande-pensioengerechtigd', true)).toBe('alleenstaande-ouder');
    expect(leefsituatieVan('gehuwden', false)).toBe('gehuwden-zonder-kinderen');
  });

  it('has contiguous half-year tables with an amount above 95 % of the couple norm for every leefsituatie', () => {
    // Prepare / Act / Assess
    MAXIMA_TABELLEN.forEach((t, i) => {
      const volgende = MAXIMA_TABELLEN[i + 1];
      if (volgende) {
        const dag = new Date(`${t.geldigTot}T00:00:00Z`);
        dag.setUTCDate(dag.getUTCDate() + 1);
        expect(dag.toISOString().slice(0, 10)).toBe(volgende.geldigVanaf);
      }
      for (const l of LEEFSITUATIES) {
        expect(t.maxima[l]?.cent).toBeGreaterThan(180000);
        expect(t.maxima[l]?.bron).toMatch(/art\. 475da lid 1 Rv/);
      }
    });
  });
});
