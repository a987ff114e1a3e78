// A worked example published on a public page, reproduced to the cent: afloscapaciteit = income − VTLB, times the
// term, offered to the creditors as one percentage of their claims.
// Source: schuldhulpverlening-schuldsanering.nl, "Berekenen van de afloscapaciteit" (read through the search tool,
// 2026-11-25): "Stel dat u maandelijks 1100 euro netto verdiend, en uw VTLB 900 euro is. Uw afloscapaciteit is dan
// 1100 – 900 = 200 euro per maand. U kunt daarmee gedurende het traject van 3 jaar (36 maanden) 36 x 200 euro =
// 7200 euro aflossen. Stel dat uw totale schuldenlast 10.000 euro bedraagt. Uw schuldeisers krijgen in dit geval een
// voorstel om 7200 / 10.000 = 72% van het totale schuldbedrag af te lossen [...] tegen finale kwijting van de
// resterende 28%." The page predates the 18-month term of 1 July 2023; the term is a parameter of the core.
import { describe, expect, it } from 'vitest';
import { berekenAfloscapaciteit } from '../../../functions/domain/geld/afloscapaciteit';
import { berekenSaneringskrediet } from '../../../functions/domain/geld/saneringskrediet';
import { berekenVtlb } from '../../../functions/domain/geld/vtlb';

describe('published worked example (36-month term, three creditors summing to € 10.000)', () => {
  it('reproduces € 200 a month, € 7.200 in total and 72 % for every creditor, to the cent', () => {
    // Act
    const afloscapaciteit = berekenAfloscapaciteit({
      vtlbCent: 90_000,
      inkomenCent: 110_000,
      eersteMaand: '2020-01',
      looptijdMaanden: 36,
    });
    const krediet = berekenSaneringskrediet({
      termijnenCent: afloscapaciteit.maanden.map((m) => m.afloscapaciteitCent),
      jaarrenteBasispunten: 0,
      schulden: [
        { schuldeiserId: 'a', naam: 'A', bedragCent: 500_000, soort: 'concurrent', lokaleOverheid: false },
        { schuldeiserId: 'b', naam: 'B', bedragCent: 300_000, soort: 'concurrent', lokaleOverheid: false },
        { schuldeiserId: 'c', naam: 'C', bedragCent: 200_000, soort: 'concurrent', lokaleOverheid: true },
      ],
    });

    // Assess
    expect(afloscapaciteit.maanden.every((m) => m.afloscapaciteitCent === 20_000)).toBe(true);
    expect(afloscapaciteit.totaalCent).toBe(720_000);
    expect(krediet.verdeling.aanbodCent).toBe(720_000);
    expect(krediet.verdeling.percentageConcurrent).toBe(72);
    expect(krediet.verdeling.aandelen.map((a) => a.aanbodCent)).toEqual([360_000, 216_000, 144_000]);
  });
});

// Source: KempenPlus, "Normen en bedragen minimabeleid per 1 januari 2024" (tabel 1a: bijstandsnormen zonder
// vakantietoeslag; tabel 1b: met vakantietoeslag), read through the search tool on 2026-11-25. The beslagvrije voet
// is 95 % of the norm including vakantietoeslag (art. 475da Rv), which is the published norm without it.
// Left out on purpose: KempenPlus gives € 1.932,32 for gehuwden with (one or both at) pensioengerechtigde leeftijd,
// where the two sources of normbedragen.ts give € 1.933,98; the Staatscourant text that would settle it could not be
// read from here, so the table keeps its sources and this disagreement is reported, not hidden.
describe('published bijstandsnormen per 1 januari 2024: the beslagvrije voet to the cent', () => {
  it.each([
    { huishouden: 'alleenstaande', met: 128_383, zonder: 121_964 },
    { huishouden: 'gehuwden', met: 183_404, zonder: 174_234 },
    { huishouden: 'alleenstaande-pensioengerechtigd', met: 142_576, zonder: 135_447 },
  ] as const)('$huishouden: norm € $met cents → beslagvrije voet $zonder cents', ({ huishouden, met, zonder }) => {
    // Act
    const u = berekenVtlb({ peildatum: '2024-01-15', huishouden });

    // Assess
    expect(u.norm.cent).toBe(met);
    expect(u.beslagvrijeVoetCent).toBe(zonder);
    expect(u.vtlbCent).toBe(zonder);
  });
});
