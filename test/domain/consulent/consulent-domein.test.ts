// The counsellor's domain: the elfproef, the search tokens, the journal's planned contact moments, corrections and
// person changes.
import { describe, expect, it } from 'vitest';
import { corrigeerFeit } from '../../../functions/domain/correctie/correctie';
import { ConflictFout, NietGevondenFout, ValidatieFout } from '../../../functions/domain/fouten';
import { houdContactmoment, kloptInhoudMetType } from '../../../functions/domain/journaal/journaal';
import { isGeldigBsn } from '../../../functions/domain/persoon/elfproef';
import { persoonNaWijziging } from '../../../functions/domain/persoon/persoon';
import { naamPastBij, zoektokensVan, zoektokensVoor } from '../../../functions/domain/persoon/zoektokens';
import type { StapVoortgang } from '../../../functions/domain/traject/traject';

describe('elfproef', () => {
  it('accepts numbers whose weighted sum is a multiple of 11 and refuses the rest', () => {
    // Assess
    expect(isGeldigBsn('111222333')).toBe(true);
    expect(isGeldigBsn('123456782')).toBe(true);
    expect(isGeldigBsn('12345678')).toBe(false); // 012345678: weighted sum 104, not a multiple of 11
    expect(isGeldigBsn('123456789')).toBe(false);
    expect(isGeldigBsn('000000000')).toBe(false);
    expect(isGeldigBsn('11122233a')).toBe(false);
  });
});

describe('search tokens', () => {
  it('indexes every name word by its prefixes of 2 to 12 letters, without diacritics, and the other values whole', () => {
    // Act
    const tokens = zoektokensVan({ naam: 'Zoë van der Berg-Ağaoğlu', telefoon: '+31 6 1234 5678', email: ' A@B.nl ' });

    // Assess
    expect(tokens).toContain('naam:zo');
    expect(tokens).toContain('naam:zoe');
    expect(tokens).toContain('naam:be');
    expect(tokens).toContain('naam:agaoglu');
    expect(tokens).toContain('naam:va');
    expect(tokens).not.toContain('naam:z');
    expect(tokens).toContain('tel:0612345678');
    expect(tokens).toContain('mail:a@b.nl');
    expect(tokens.filter((t) => t.startsWith('naam:')).every((t) => t.length - 5 <= 12)).toBe(true);
  });

  it('turns a query into tokens the index has, cutting long words, and checks long words on the name', () => {
    // Assess
    expect(zoektokensVoor({ naam: 'De Vrie' })).toEqual(['naam:de', 'naam:vrie']);
    expect(zoektokensVoor({ telefoon: '0031612345678' })).toEqual(['tel:0612345678']);
    expect(zoektokensVoor({ naam: 'Schoonderwoerdt' })).toEqual(['naam:schoonderwoe']);
    expect(naamPastBij('Jan Schoonderwoerdt', 'schoonderwoerdt')).toBe(true);
    expect(naamPastBij('Jan Schoonderwoerdtje', 'schoonderwoerdx')).toBe(false);
  });
});

describe('held contact moments', () => {
  const traject = {
    ontvangenOp: '2026-03-02',
    intake: {
      plan: {
        contactmomenten: [
          { datum: '2026-03-09', vorm: 'gesprek', met: 'consulent' },
          { datum: '2026-03-23', vorm: 'telefoon', met: 'consulent' },
        ],
      },
    },
  };
  const held = { id: 'c1', datum: '2026-03-09', kanaal: 'gesprek' as const, met: 'Jan', samenvatting: 'ok' };

  it('fulfils the planned moment of the same date, or the one named', () => {
    // Act
    const opDatum = houdContactmoment(traject, held, '2026-03-10');
    const benoemd = houdContactmoment(traject, { ...held, gepland: 2 }, '2026-03-10');
    const ongepland = houdContactmoment(traject, { ...held, datum: '2026-03-10' }, '2026-03-10');

    // Assess
    expect(opDatum?.type === 'contactmoment-gehouden' && opDatum.data.gepland).toBe(1);
    expect(benoemd?.type === 'contactmoment-gehouden' && benoemd.data.gepland).toBe(2);
    expect(ongepland?.type === 'contactmoment-gehouden' && ongepland.data.gepland).toBeUndefined();
  });

  it('is a replay with the same content, a 409 with other content or for a planned moment already held', () => {
    // Prepare
    const journaal = {
      contactmomenten: [{ ...held, gepland: 1, door: 'c', op: '2026-03-09T10:00:00Z' }],
      notities: [],
      documenten: [],
    };
    const metJournaal = { ...traject, journaal };

    // Act / Assess
    expect(houdContactmoment(metJournaal, held, '2026-03-10')).toBeUndefined();
    expect(() => houdContactmoment(metJournaal, { ...held, samenvatting: 'anders' }, '2026-03-10')).toThrow(
      ConflictFout,
    );
    expect(() => houdContactmoment(metJournaal, { ...held, id: 'c2', gepland: 1 }, '2026-03-10')).toThrow(ConflictFout);
    expect(() => houdContactmoment(traject, { ...held, gepland: 9 }, '2026-03-10')).toThrow(NietGevondenFout);
    expect(() => houdContactmoment(traject, { ...held, datum: '2026-03-11' }, '2026-03-10')).toThrow(ValidatieFout);
  });

  it('accepts a file only when its first bytes are those of its declared type', () => {
    // Assess
    expect(kloptInhoudMetType(Buffer.from('%PDF-1.7 …'), 'application/pdf')).toBe(true);
    expect(kloptInhoudMetType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
    expect(kloptInhoudMetType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'application/pdf')).toBe(false);
    expect(kloptInhoudMetType(Buffer.from('GIF89a'), 'image/gif')).toBe(false);
  });
});

describe('corrections', () => {
  const stappen: StapVoortgang[] = [
    { stap: 'eerste-gesprek', start: '2026-03-02', voltooidOp: '2026-03-04', gemeldeOverschrijdingen: [] },
    { stap: 'intake', start: '2026-03-04', gemeldeOverschrijdingen: [] },
  ];
  const traject = { ontvangenOp: '2026-03-02', stappen };

  it('reads the old value from the case and refuses dates outside the aanmelding, today and the intake', () => {
    // Act
    const e = corrigeerFeit(
      traject,
      { feit: 'eerste-gesprek.datum', nieuw: '2026-03-05', reden: 'typfout' },
      '2026-03-09',
    );

    // Assess
    expect(e?.data).toEqual({ feit: 'eerste-gesprek.datum', oud: '2026-03-04', nieuw: '2026-03-05', reden: 'typfout' });
    expect(
      corrigeerFeit(traject, { feit: 'eerste-gesprek.datum', nieuw: '2026-03-04', reden: 'x' }, '2026-03-09'),
    ).toBeUndefined();
    for (const nieuw of ['2026-03-01', '2026-03-10']) {
      expect(() => corrigeerFeit(traject, { feit: 'eerste-gesprek.datum', nieuw, reden: 'x' }, '2026-03-09')).toThrow(
        ValidatieFout,
      );
    }
    const naIntake = { ...traject, intake: { datum: '2026-03-06', antwoorden: { inkomen: 'loon' } } };
    expect(() =>
      corrigeerFeit(naIntake, { feit: 'eerste-gesprek.datum', nieuw: '2026-03-07', reden: 'x' }, '2026-03-09'),
    ).toThrow(ValidatieFout);
    expect(
      corrigeerFeit(
        naIntake,
        { feit: 'intake.antwoord', vraag: 'inkomen', nieuw: 'uitkering', reden: 'x' },
        '2026-03-09',
      )?.data,
    ).toMatchObject({ oud: 'loon', nieuw: 'uitkering' });
  });
});

describe('person changes', () => {
  it('names the changed fields only, and keeps the person reachable', () => {
    // Prepare
    const t = { aanvrager: { naam: 'Jan', telefoon: '0612345678' } };

    // Act / Assess
    expect(persoonNaWijziging(t, { naam: 'Jan', bsn: '111222333' }).velden).toEqual(['bsn']);
    expect(persoonNaWijziging(t, { email: 'j@x.nl', telefoon: null }).velden).toEqual(['telefoon', 'email']);
    expect(() => persoonNaWijziging(t, { telefoon: null })).toThrow(ValidatieFout);
  });
});
