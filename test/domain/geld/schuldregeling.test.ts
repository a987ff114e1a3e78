import { describe, expect, it } from 'vitest';
import { SchuldregelingAntwoord, SchuldregelingVerzoek } from '../../../functions/domain/geld/schemas';
import { berekenSchuldregeling } from '../../../functions/domain/geld/schuldregeling';

describe('berekenSchuldregeling', () => {
  // Hand-computed end to end; no public worked saneringskrediet example with all inputs could be found.
  it('goes from a request body to an offer per creditor that fits the response schema', () => {
    // Prepare: single, 1 July 2025: VTLB = 95 % × € 1.369,06 = € 1.300,61; income € 1.500,00 + € 1.200,00
    // vakantiegeld a year (€ 100,00 a month) → capacity € 299,39 a month, 18 × = € 5.389,02 at 0 %.
    const verzoek = SchuldregelingVerzoek.parse({
      peildatum: '2025-07-01',
      huishouden: 'alleenstaande',
      inkomenCent: 150000,
      vakantiegeldPerJaarCent: 120000,
      schulden: [
        { schuldeiserId: 'bd', naam: 'Belastingdienst', bedragCent: 200000, soort: 'preferent', lokaleOverheid: false },
        { schuldeiserId: 'gem', naam: 'Gemeente', bedragCent: 300000, soort: 'concurrent', lokaleOverheid: true },
        {
          schuldeiserId: 'zv',
          naam: 'Zorgverzekeraar',
          bedragCent: 700000,
          soort: 'concurrent',
          lokaleOverheid: false,
        },
      ],
      jaarrenteBasispunten: 0,
    });

    // Act
    const u = berekenSchuldregeling(verzoek);

    // Assess: p = 5.389,02 / (10.000 + 2 × 2.000) = 38,4930 %; preferent 76,9860 %.
    expect(u.vtlb.vtlbCent).toBe(130061);
    expect(u.afloscapaciteit.maanden[0]).toMatchObject({ maand: '2025-07', afloscapaciteitCent: 29939 });
    expect(u.saneringskrediet.kredietCent).toBe(538902);
    expect(u.saneringskrediet.verdeling.percentageConcurrent).toBe(38.493);
    expect(u.saneringskrediet.verdeling.percentagePreferent).toBe(76.986);
    expect(u.saneringskrediet.verdeling.aandelen.map((a) => a.aanbodCent)).toEqual([153972, 115479, 269451]);
    expect(u.saneringskrediet.aflosschema).toHaveLength(18);
    expect(SchuldregelingAntwoord.safeParse(u).success).toBe(true);
  });
});
