import { describe, expect, it } from 'vitest';
import { berekenVtlb } from '../../../functions/domain/geld/vtlb';

describe('berekenVtlb', () => {
  // Source of the numbers: Fijnder, bedragen Participatiewet per 1 juli 2025 (norm incl. vakantietoeslag € 1.369,06,
  // excl. € 1.300,61); the 95 % rule: art. 475da Rv as explained by AAG (see vtlb.ts). No public worked VTLB example
  // under the post-2021 Recofa method could be found and reproduced; the corrections below are hand-computed.
  it('is 95 % of the bijstandsnorm incl. vakantietoeslag without corrections', () => {
    // Prepare / Act
    const u = berekenVtlb({ peildatum: '2025-09-15', huishouden: 'alleenstaande' });

    // Assess
    expect(u.norm.cent).toBe(136906);
    expect(u.beslagvrijeVoetCent).toBe(130061);
    expect(u.nominaalBedragCent).toBe(0);
    expect(u.vtlbCent).toBe(130061);
    expect(u.regels.map((r) => r.code)).toEqual([
      'BIJSTANDSNORM',
      'BESLAGVRIJE_VOET_BASIS',
      'BESLAGVRIJE_VOET',
      'NOMINAAL_BEDRAG',
      'VTLB',
    ]);
    for (const r of u.regels) {
      expect(r.label.length).toBeGreaterThan(0);
      expect(r.bron.length).toBeGreaterThan(0);
    }
  });

  it('adds the corrections line by line; the correctie individuele lasten may be negative', () => {
    // Prepare: couple, 1 January 2025 (norm € 1.922,07 → 95 % = € 1.825,97).
    const invoer = {
      peildatum: '2025-02-01',
      huishouden: 'gehuwden' as const,
      compensatiekopCent: 20000,
      individueleLasten: {
        zorgpremieCent: 30000,
        zorgtoeslagCent: 25000,
        woonkostenCent: 60000,
        huurtoeslagCent: 30000,
        inVoetBegrepenWoonkostenCent: 40000,
      },
      correctiePremieEigenRisicoCent: 3208,
      reiskostenWerkCent: 5000,
      overigeCorrecties: [{ omschrijving: 'Alimentatie', bedragCent: 10000, bron: 'vonnis' }],
    };

    // Act
    const u = berekenVtlb(invoer);

    // Assess: cil = 300 − 250 + 600 − 300 − 400 − 200 = −250 euro.
    const bedrag = (code: string) => u.regels.find((r) => r.code === code)?.bedragCent;
    expect(bedrag('BESLAGVRIJE_VOET_BASIS')).toBe(182597);
    expect(u.beslagvrijeVoetCent).toBe(202597);
    expect(bedrag('CORRECTIE_INDIVIDUELE_LASTEN')).toBe(-25000);
    expect(u.nominaalBedragCent).toBe(-25000 + 3208 + 5000 + 10000);
    expect(u.vtlbCent).toBe(202597 - 6792);
  });

  it('never goes below zero', () => {
    // Prepare / Act
    const u = berekenVtlb({
      peildatum: '2024-03-01',
      huishouden: 'alleenstaande-jonger-dan-21',
      overigeCorrecties: [{ omschrijving: 'Correctie', bedragCent: -1_000_000, bron: 'test' }],
    });

    // Assess
    expect(u.vtlbCent).toBe(0);
  });

  it('refuses a peildatum without a norm table', () => {
    // Prepare / Act / Assess
    expect(() => berekenVtlb({ peildatum: '2026-01-15', huishouden: 'gehuwden' })).toThrow(
      expect.objectContaining({ code: 'GEEN_NORMTABEL', veld: 'peildatum' }),
    );
  });
});
