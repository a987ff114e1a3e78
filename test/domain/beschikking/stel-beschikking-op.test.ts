import { describe, expect, it } from 'vitest';
import {
  BeschikkingInhoud,
  ONGELDIGE_BESCHIKKING_INVOER,
  stelBeschikkingOp,
} from '../../../functions/domain/beschikking/beschikking';
import { ValidatieFout } from '../../../functions/domain/fouten';
import { voorbeeldAfwijzing, voorbeeldToelating } from './voorbeeld';

describe('stelBeschikkingOp', () => {
  describe('toelating', () => {
    it('draws up a plan van aanpak with the content of Wgs art. 4a, including the beslagvrije voet', () => {
      // Prepare
      const invoer = voorbeeldToelating();

      // Act
      const inhoud = stelBeschikkingOp(invoer);

      // Assess
      expect(BeschikkingInhoud.parse(inhoud)).toEqual(inhoud);
      if (inhoud.soort !== 'toelating') throw new Error('verwacht een toelating');
      expect(inhoud.kop).toMatchObject({ kenmerk: 'SHV-2024-000123', datum: '2024-03-01', aan: 'Daniëlle de Vries' });
      expect(inhoud.besluit.motivering.grondslagen.map((g) => `${g.regeling} ${g.artikel}`)).toEqual([
        'Wgs 4a',
        'Awb 3:46',
        'Awb 3:47',
      ]);
      expect(inhoud.besluit.motivering.gronden).toContain('U heeft een achterstand in de huur.');
      const plan = inhoud.planVanAanpak;
      expect(plan.hulpvraag.doelen).toEqual(['Ik wil weer rust in mijn hoofd over geld.', 'Ik wil mijn huis houden.']);
      expect(plan.ondersteuning.acties.map((a) => a.wanneer)).toEqual(['2024-03-08', '2024-03-15']);
      expect(plan.doorverwijzingen.doelgroepen[0]?.contacten).toEqual(['Woningcorporatie Mitros, 030 123 45 67']);
      expect(plan.verplichtingen.punten.length).toBeGreaterThanOrEqual(5);
      expect(plan.beslagvrijeVoet.tekst).toMatch(/beslagvrije voet/);
      expect(plan.beslagvrijeVoet.grondslag.artikel).toBe('4a lid 5');
    });

    it('explains each begeleidingsmodule with why, and plans 6 months of nazorg with personal contact on relapse', () => {
      // Prepare
      const invoer = voorbeeldToelating();

      // Act
      const inhoud = stelBeschikkingOp(invoer);

      // Assess
      if (inhoud.soort !== 'toelating') throw new Error('verwacht een toelating');
      expect(inhoud.begeleidingsplan.modules).toEqual([
        expect.objectContaining({
          module: 'budgetcoaching',
          waarom: 'U wilt zelf leren hoe u rondkomt met uw inkomen.',
        }),
      ]);
      expect(inhoud.nazorgplan.duurMaanden).toBe(6);
      expect(inhoud.nazorgplan.alinea.join(' ')).toMatch(/6 maanden/);
      expect(inhoud.nazorgplan.alinea.join(' ')).toMatch(/persoonlijk contact/);
    });

    it('orders the procesoverzicht by deadline, marks the next step and lists the contact moments by date', () => {
      // Prepare
      const invoer = voorbeeldToelating();

      // Act
      const inhoud = stelBeschikkingOp(invoer);

      // Assess
      if (inhoud.soort !== 'toelating') throw new Error('verwacht een toelating');
      expect(inhoud.procesoverzicht.stappen.map((s) => [s.stap, s.deadline, s.volgende])).toEqual([
        ['Papieren compleet', '2024-03-29', true],
        ['Stabilisatie', '2024-07-01', false],
      ]);
      expect(inhoud.procesoverzicht.contactmomenten.map((c) => [c.datum, c.vormTekst])).toEqual([
        ['2024-03-12', 'Huisbezoek'],
        ['2024-04-12', 'Telefoongesprek'],
      ]);
    });

    it('refuses a contact moment before the date of the beschikking, naming the field', () => {
      // Prepare
      const invoer = voorbeeldToelating();
      if (invoer.besluit !== 'toelating') throw new Error('verwacht een toelating');
      invoer.contactmomenten = [{ datum: '2024-02-20', vorm: 'gesprek', met: 'Sanne Jansen' }];

      // Act
      const fout = vang(() => stelBeschikkingOp(invoer));

      // Assess
      expect(fout).toBeInstanceOf(ValidatieFout);
      expect((fout as ValidatieFout).velden.map((v) => v.veld)).toEqual(['contactmomenten.0.datum']);
    });
  });

  describe('afwijzing', () => {
    it('gives the gronden and the bezwaarclausule, and no plan', () => {
      // Prepare
      const invoer = voorbeeldAfwijzing();

      // Act
      const inhoud = stelBeschikkingOp(invoer);

      // Assess
      expect(BeschikkingInhoud.parse(inhoud)).toEqual(inhoud);
      expect(inhoud.soort).toBe('afwijzing');
      expect(inhoud.besluit.motivering.gronden).toEqual([
        'U woont niet in de gemeente Utrecht. Alleen inwoners kunnen hier schuldhulp krijgen.',
      ]);
      expect(inhoud).not.toHaveProperty('planVanAanpak');
      expect(inhoud).not.toHaveProperty('procesoverzicht');
      expect(inhoud.bezwaarclausule.termijnWeken).toBe(6);
    });

    it.each([
      ['missing', undefined],
      ['empty', []],
    ])('refuses an afwijzing whose gronden are %s with a ValidatieFout naming the field', (_, gronden) => {
      // Prepare
      const invoer = { ...voorbeeldAfwijzing(), gronden } as unknown as Parameters<typeof stelBeschikkingOp>[0];

      // Act
      const fout = vang(() => stelBeschikkingOp(invoer));

      // Assess
      expect(fout).toBeInstanceOf(ValidatieFout);
      const v = fout as ValidatieFout;
      expect(v.code).toBe(ONGELDIGE_BESCHIKKING_INVOER);
      expect(v.status).toBe(400);
      expect(v.velden).toEqual([{ veld: 'gronden', melding: expect.stringContaining('afwijzing') }]);
      expect(v.message).toContain('gronden');
    });
  });

  describe('bezwaarclausule', () => {
    it('counts six weeks from the day after sending (Awb 6:7, 6:8) and names what a bezwaarschrift contains (Awb 6:5)', () => {
      // Prepare
      const invoer = voorbeeldToelating();

      // Act
      const { bezwaarclausule } = stelBeschikkingOp(invoer);

      // Assess: sent Friday 1 March 2024, the term runs 2 March up to and including Friday 12 April 2024
      expect(bezwaarclausule.uiterlijkOp).toBe('2024-04-12');
      expect(bezwaarclausule.alinea.join(' ')).toContain('zes weken');
      expect(bezwaarclausule.alinea.join(' ')).toContain('vrijdag 12 april 2024');
      expect(bezwaarclausule.richtAan).toBe('het college van burgemeester en wethouders van Utrecht');
      expect(bezwaarclausule.inhoudBezwaarschrift).toEqual([
        'uw naam en uw adres',
        'de datum',
        'welk besluit u bedoelt: dit besluit van 1 maart 2024 met kenmerk SHV-2024-000123',
        'waarom u het niet eens bent met het besluit',
        'uw handtekening',
      ]);
      expect(bezwaarclausule.grondslagen.map((g) => g.artikel)).toEqual(
        expect.arrayContaining(['6:5', '6:7', '6:8 lid 1']),
      );
    });

    it('extends a term that ends on a feestdag to the next werkdag (Atw art. 1)', () => {
      // Prepare: sent on 28 March 2024; six weeks later is Hemelvaartsdag, Thursday 9 May 2024
      const invoer = { ...voorbeeldAfwijzing(), datum: '2024-03-28', verzenddatum: '2024-03-28' };

      // Act
      const { bezwaarclausule } = stelBeschikkingOp(invoer);

      // Assess
      expect(bezwaarclausule.uiterlijkOp).toBe('2024-05-10');
    });
  });
});

function vang(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('verwacht een fout');
}
