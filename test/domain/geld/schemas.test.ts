import { describe, expect, it } from 'vitest';
import { SchuldregelingVerzoek, VtlbVerzoek } from '../../../functions/domain/geld/schemas';

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

  it.each(['2023-12-31', '2026-01-01'])('refuses peildatum %s outside the norm tables', (peildatum) => {
    // Prepare / Act
    const r = SchuldregelingVerzoek.safeParse({ ...geldig, peildatum });

    // Assess
    expect(meldingen(r)).toEqual([
      [
        'peildatum',
        'peildatum valt buiten de normtabellen: bijstandsnormen zijn opgenomen van 2024-01-01 tot en met 2025-12-31',
      ],
    ]);
  });

  it('refuses a household whose norm is missing for that period, and duplicate creditors', () => {
    // Prepare
    const schuld = { schuldeiserId: 'a', naam: 'A', bedragCent: 1, soort: 'preferent', lokaleOverheid: true };

    // Act
    const r = SchuldregelingVerzoek.safeParse({
      ...geldig,
      peildatum: '2025-07-01',
      huishouden: 'gehuwden-beiden-jonger-dan-21-zonder-kinderen',
      schulden: [schuld, schuld],
    });

    // Assess
    expect(meldingen(r).map(([pad]) => pad)).toEqual(
      expect.arrayContaining(['huishouden', 'schulden.1.schuldeiserId']),
    );
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
});
