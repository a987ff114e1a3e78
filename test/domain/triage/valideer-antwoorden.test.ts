import { describe, expect, it } from 'vitest';
import { ValidatieFout } from '../../../functions/domain/fouten';
import {
  type Instrument,
  IntakeAntwoordenVerzoek,
  SCHULDHULP_SCREENING,
  STANDAARD_INSTRUMENTEN,
  valideerAntwoorden,
} from '../../../functions/domain/triage/triage';
import { fout, met, REGELING } from './antwoorden';

const REF = { id: 'schuldhulp-screening', versie: '2026.1' };

describe('valideerAntwoorden', () => {
  it('accepts a complete set and returns the instrument version', () => {
    // Act
    const uit = valideerAntwoorden({ instrument: REF, antwoorden: REGELING });

    // Assess
    expect(uit.instrument).toBe(SCHULDHULP_SCREENING);
    expect(uit.antwoorden).toEqual(REGELING);
  });

  it.each([
    [{ id: 'mesis', versie: '2026.1' }, 'instrument.id', 'Onbekend instrument mesis'],
    [{ id: 'schuldhulp-screening', versie: '2019.1' }, 'instrument.versie', 'geen versie 2019.1'],
  ])('refuses instrument %o naming %s', (instrument, veld, melding) => {
    // Act
    const f = fout(() => valideerAntwoorden({ instrument, antwoorden: REGELING }));

    // Assess
    expect(f).toBeInstanceOf(ValidatieFout);
    expect(f.status).toBe(400);
    expect(f.code).toBe('INTAKE_ONGELDIG');
    expect(f.velden).toHaveLength(1);
    expect(f.velden[0]?.veld).toBe(veld);
    expect(f.velden[0]?.melding).toContain(melding);
  });

  it.each([
    ['unknown question', { lievelingskleur: 'blauw' }, 'antwoorden.lievelingskleur', 'Onbekende vraag'],
    ['schaal as text', { 'zrm-financien': 'drie' }, 'antwoorden.zrm-financien', 'geheel getal van 1 tot en met 5'],
    ['schaal above 5', { 'zrm-financien': 6 }, 'antwoorden.zrm-financien', 'buiten de schaal'],
    ['schaal below 1', { 'motivatie-wil': 0 }, 'antwoorden.motivatie-wil', 'buiten de schaal'],
    ['schaal not whole', { 'motivatie-kan': 3.5 }, 'antwoorden.motivatie-kan', 'geheel getal'],
    ['ja-nee as text', { deurwaarder: 'ja' }, 'antwoorden.deurwaarder', 'ja (true) of nee (false)'],
    ['unknown keuze', { woonsituatie: 'woonboot' }, 'antwoorden.woonsituatie', 'Onbekende keuze woonboot'],
    ['keuze as number', { ondernemer: 1 }, 'antwoorden.ondernemer', 'Verwacht een van'],
    ['getal below min', { leeftijd: 17 }, 'antwoorden.leeftijd', 'buiten 18 tot en met 120'],
    ['getal negative', { 'aantal-schuldeisers': -1 }, 'antwoorden.aantal-schuldeisers', 'buiten 0 tot en met 500'],
    ['bedrag in fractions', { 'netto-inkomen': 1850.5 }, 'antwoorden.netto-inkomen', 'hele centen'],
    ['bedrag negative', { 'netto-inkomen': -100 }, 'antwoorden.netto-inkomen', 'niet negatief'],
    ['bedrag above max', { 'netto-inkomen': 10_000_001 }, 'antwoorden.netto-inkomen', 'hoger dan het maximum'],
    ['required missing', { 'motivatie-wil': undefined }, 'antwoorden.motivatie-wil', 'Verplichte vraag'],
  ])('refuses %s, naming %s', (_, wijziging, veld, melding) => {
    // Prepare
    const antwoorden = met(wijziging as Parameters<typeof met>[0]);

    // Act
    const f = fout(() => valideerAntwoorden({ instrument: REF, antwoorden }));

    // Assess
    expect(f).toBeInstanceOf(ValidatieFout);
    expect(f.code).toBe('INTAKE_ONGELDIG');
    expect(f.velden).toEqual([{ veld, melding: expect.stringContaining(melding) }]);
  });

  it('lists every problem at once', () => {
    // Prepare
    const antwoorden = met({ 'zrm-financien': 9, leeftijd: undefined, onbekend: true });

    // Act
    const f = fout(() => valideerAntwoorden({ instrument: REF, antwoorden }));

    // Assess
    expect(f.velden.map((v) => v.veld).sort()).toEqual([
      'antwoorden.leeftijd',
      'antwoorden.onbekend',
      'antwoorden.zrm-financien',
    ]);
  });

  it('accepts an optional question left out', () => {
    // Act / Assess
    expect(() =>
      valideerAntwoorden({ instrument: REF, antwoorden: met({ 'netto-inkomen': undefined }) }),
    ).not.toThrow();
  });

  it('does not treat an inherited property as an answer', () => {
    // Prepare
    const antwoorden = Object.create({ 'motivatie-wil': 4 }) as Record<string, unknown>;
    Object.assign(antwoorden, met({ 'motivatie-wil': undefined }));

    // Act
    const f = fout(() => valideerAntwoorden({ instrument: REF, antwoorden }));

    // Assess
    expect(f.velden.map((v) => v.veld)).toEqual(['antwoorden.motivatie-wil']);
  });

  it('validates against the version the answers name', () => {
    // Prepare: a later version that adds a required question
    const volgende: Instrument = {
      ...SCHULDHULP_SCREENING,
      versie: '2026.2',
      vragen: [
        ...SCHULDHULP_SCREENING.vragen,
        {
          id: 'kinderen-thuis',
          domein: 'leefgebieden',
          tekst: 'Wonen er kinderen bij u?',
          type: 'ja-nee',
          verplicht: true,
        },
      ],
    };
    const instrumenten = [...STANDAARD_INSTRUMENTEN, volgende];

    // Act
    const oud = valideerAntwoorden({ instrument: REF, antwoorden: REGELING }, instrumenten);
    const f = fout(() =>
      valideerAntwoorden({ instrument: { ...REF, versie: '2026.2' }, antwoorden: REGELING }, instrumenten),
    );

    // Assess
    expect(oud.instrument.versie).toBe('2026.1');
    expect(f.velden.map((v) => v.veld)).toEqual(['antwoorden.kinderen-thuis']);
  });
});

describe('IntakeAntwoordenVerzoek (the request body schema)', () => {
  it('parses a well-formed body', () => {
    // Act
    const body = IntakeAntwoordenVerzoek.parse({ instrument: REF, antwoorden: REGELING });

    // Assess
    expect(body.antwoorden).toEqual(REGELING);
  });

  it.each([
    [{ instrument: REF, antwoorden: { leeftijd: null } }, 'antwoorden.leeftijd'],
    [{ instrument: REF, antwoorden: { leeftijd: [41] } }, 'antwoorden.leeftijd'],
    [{ instrument: { id: 'schuldhulp-screening' }, antwoorden: {} }, 'instrument.versie'],
    [{ instrument: REF, antwoorden: {}, extra: 1 }, ''],
  ])('refuses %o at path "%s"', (body, pad) => {
    // Act
    const r = IntakeAntwoordenVerzoek.safeParse(body);

    // Assess
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(pad);
  });
});
