import { describe, expect, it } from 'vitest';
import { NORMTABELLEN } from '../../../functions/domain/geld/normbedragen';
import {
  SchuldregelingVerzoek,
  VtlbAntwoord,
  VtlbBerekeningVerzoek,
  VtlbVerzoek,
} from '../../../functions/domain/geld/schemas';
import { berekenVtlb } from '../../../functions/domain/geld/vtlb';

const eersteDag = NORMTABELLEN[0]?.geldigVanaf ?? '';
const laatsteDag = NORMTABELLEN[NORMTABELLEN.length - 1]?.geldigTot ?? '';
const dagErna = (() => {
  const d = new Date(`${laatsteDag}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
})();
const geldig = {
  peildatum: '2025-03-01',
  huishouden: 'alleenstaande',
  inkomenCent: 180000,
  schulden: [{ schuldeiserId: 'a', naam: 'A', bedragCent: 100000, soort: 'concurrent', lokaleOverheid: false }],
  jaarrenteBasispunten: 0,
};

function meldingen(uitkomst: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (uitkomst.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}

describe('schemas', () => {
  it('accepts a complete request', () => {
    // Prepare / Act
    const r = SchuldregelingVerzoek.safeParse(geldig);

    // Assess
    expect(r.success).toBe(true);
  });

  it('refuses negative income with a clear message on the field', () => {
    // Prepare / Act
    const r = SchuldregelingVerzoek.safeParse({ ...geldig, inkomenCent: -5 });

    // Assess
    expect(meldingen(r)).toEqual([['inkomenCent', 'inkomenCent mag niet negatief zijn']]);
  });

  it('refuses an unknown household', () => {
    // Prepare / Act
    const r = VtlbVerzoek.safeParse({ peildatum: '2025-03-01', huishouden: 'student' });

    // Assess
    expect(meldingen(r)[0]?.[0]).toBe('huishouden');
    expect(meldingen(r)[0]?.[1]).toMatch(/onbekend huishouden/);
  });

  it.each(['2023-12-31', dagErna])('refuses peildatum %s outside the norm tables', (peildatum) => {
    // Prepare / Act
    const r = SchuldregelingVerzoek.safeParse({ ...geldig, peildatum });

    // Assess
    expect(meldingen(r)).toEqual([
      [
        'peildatum',
        `peildatum valt buiten de normtabellen: bijstandsnormen zijn opgenomen van ${eersteDag} tot en met ${laatsteDag}`,
      ],
    ]);
  });

  it('refuses duplicate creditors', () => {
    // Prepare
    const schuld = { schuldeiserId: 'a', naam: 'A', bedragCent: 1, soort: 'preferent', lokaleOverheid: true };

    // Act
    const r = SchuldregelingVerzoek.safeParse({ ...geldig, schulden: [schuld, schuld] });

    // Assess
    expect(meldingen(r).map(([pad]) => pad)).toEqual(['schulden.1.schuldeiserId']);
  });

  it('refuses a zero debt and a fractional cent', () => {
    // Prepare / Act
    const r = SchuldregelingVerzoek.safeParse({
      ...geldig,
      inkomenCent: 10.5,
      schulden: [{ ...geldig.schulden[0], bedragCent: 0 }],
    });

    // Assess
    expect(meldingen(r).map(([pad]) => pad)).toEqual(['inkomenCent', 'schulden.0.bedragCent']);
  });

  it('keeps old requests valid and accepts the new optional compensatiekop fields', () => {
    // Prepare / Act
    const oud = VtlbBerekeningVerzoek.safeParse({
      peildatum: '2025-03-01',
      huishouden: 'alleenstaande',
      inkomenCent: 1,
    });
    const nieuw = SchuldregelingVerzoek.safeParse({ ...geldig, inkomensgroep: 'hoog', kinderenJongerDan18: false });

    // Assess
    expect(oud.success).toBe(true);
    expect(nieuw.success).toBe(true);
  });

  it('refuses an unknown inkomensgroep and a non-boolean kinderenJongerDan18, naming the fields', () => {
    // Prepare / Act
    const r = VtlbBerekeningVerzoek.safeParse({
      peildatum: '2025-03-01',
      huishouden: 'gehuwden',
      inkomenCent: 1,
      inkomensgroep: 'middel',
      kinderenJongerDan18: 'ja',
    });

    // Assess
    expect(meldingen(r)).toEqual([
      ['inkomensgroep', 'onbekende inkomensgroep; kies uit: laag, midden, hoog'],
      ['kinderenJongerDan18', 'kinderenJongerDan18 moet true of false zijn'],
    ]);
  });

  it('describes the VTLB with its compensatiekop in the response schema', () => {
    // Prepare
    const verzoek = VtlbBerekeningVerzoek.parse({
      peildatum: '2025-03-01',
      huishouden: 'gehuwden',
      inkomenCent: 400000,
      inkomensgroep: 'hoog',
      kinderenJongerDan18: true,
    });

    // Act
    const u = berekenVtlb(verzoek);

    // Assess
    expect(VtlbAntwoord.safeParse(u).success).toBe(true);
    expect(u.compensatiekopCent).toBe(285596 - 182597);
  });
});
