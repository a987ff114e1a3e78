import { describe, expect, it } from 'vitest';
import { ValidatieFout } from '../../../functions/domain/fouten';
import {
  aanbodVoorDoelgroepen,
  bepaalTriage,
  detecteerDoelgroepen,
  doelgroepConfigVoorGemeente,
  type GemeenteDoelgroepConfig,
  SCHULDHULP_SCREENING,
  STANDAARD_DOELGROEP_CONFIG,
} from '../../../functions/domain/triage/triage';
import { fout, met, REGELING } from './antwoorden';

describe('detecteerDoelgroepen', () => {
  it('finds none for the reference answers', () => {
    // Act / Assess
    expect(detecteerDoelgroepen(REGELING)).toEqual([]);
  });

  it.each([
    [{ ondernemer: 'actief-bedrijf' }, 'ondernemer-actief'],
    [{ 'inkomen-bron': 'eigen-bedrijf' }, 'ondernemer-actief'],
    [{ ondernemer: 'gestopt-bedrijf' }, 'ondernemer-gestopt'],
    [{ leeftijd: 18 }, 'jongere'],
    [{ leeftijd: 27 }, 'jongere'],
    [{ woonsituatie: 'eigen-woning' }, 'huizenbezitter'],
    [{ 'taalhulp-nodig': true }, 'taal-en-cultuur'],
    [{ 'cultuur-wensen': true }, 'taal-en-cultuur'],
  ] as const)('%o → %s', (wijziging, code) => {
    // Act
    const groepen = detecteerDoelgroepen(met(wijziging));

    // Assess
    expect(groepen.map((g) => g.code)).toEqual([code]);
    expect(groepen[0]?.reden).toMatch(/: daarom /);
  });

  it('is not jongere from 28', () => {
    // Act / Assess
    expect(detecteerDoelgroepen(met({ leeftijd: 28 }))).toEqual([]);
  });

  it('records overwaarde and a mortgage arrear on a huizenbezitter', () => {
    // Prepare
    const antwoorden = met({
      woonsituatie: 'eigen-woning',
      'woning-overwaarde': 'ja',
      'achterstand-woonlasten': true,
    });

    // Act
    const [groep] = detecteerDoelgroepen(antwoorden);

    // Assess
    expect(groep).toEqual({
      code: 'huizenbezitter',
      kenmerken: ['overwaarde', 'hypotheekachterstand'],
      reden: 'U heeft een eigen huis met overwaarde: daarom bekijken we samen wat dat betekent voor uw schulden.',
    });
  });

  it('records several groups in a fixed order, and the triage carries them', () => {
    // Prepare
    const antwoorden = met({
      ondernemer: 'gestopt-bedrijf',
      leeftijd: 24,
      woonsituatie: 'eigen-woning',
      'taalhulp-nodig': true,
      'cultuur-wensen': true,
    });

    // Act
    const u = bepaalTriage(SCHULDHULP_SCREENING, antwoorden);

    // Assess
    expect(u.doelgroepen.map((g) => g.code)).toEqual([
      'ondernemer-gestopt',
      'jongere',
      'huizenbezitter',
      'taal-en-cultuur',
    ]);
    expect(u.doelgroepen.at(-1)?.kenmerken).toEqual(['taalhulp', 'cultuurwensen']);
    expect(u.doelgroepen.find((g) => g.code === 'huizenbezitter')?.kenmerken).toEqual(['overwaarde-onbekend']);
  });
});

describe('aanbodVoorDoelgroepen', () => {
  it('adds the default aanbod and contacts of each group to the plan', () => {
    // Prepare
    const groepen = detecteerDoelgroepen(met({ ondernemer: 'actief-bedrijf', leeftijd: 20 }));

    // Act
    const plan = aanbodVoorDoelgroepen(groepen);

    // Assess
    expect(plan.map((p) => p.doelgroep)).toEqual(['ondernemer-actief', 'jongere']);
    expect(plan[0]?.aanbod.map((a) => a.code)).toContain('bbz-levensvatbaarheid');
    expect(plan[0]?.contacten.map((c) => c.code)).toEqual(['bbz-loket', 'ondernemersklankbord']);
    expect(plan[1]?.aanbod.map((a) => a.code)).toContain('jongerenaanpak');
  });

  it('has an entry, with aanbod, for every group in the default configuration', () => {
    // Act / Assess
    for (const aanbod of Object.values(STANDAARD_DOELGROEP_CONFIG.doelgroepen)) {
      expect(aanbod.aanbod.length).toBeGreaterThan(0);
      expect(aanbod.contacten.length).toBeGreaterThan(0);
    }
  });
});

describe('doelgroepConfigVoorGemeente', () => {
  const utrecht: GemeenteDoelgroepConfig = {
    gemeente: 'utrecht',
    doelgroepen: {
      jongere: {
        aanbod: [
          { code: 'geldlessen-jongeren', vervallen: true },
          {
            code: 'jongeren-perspectief-fonds',
            titel: 'Jongeren Perspectief Fonds',
            omschrijving: 'De gemeente neemt uw schulden over als u een traject naar school of werk volgt.',
          },
        ],
        contacten: [
          {
            code: 'jongerenconsulent',
            naam: 'Jongerenteam Utrecht',
            omschrijving: 'Vast aanspreekpunt voor jongeren',
            telefoon: '030 123 45 67',
            email: 'jongeren@example.org',
          },
        ],
      },
    },
  };

  it('replaces, adds and removes items by code; other groups keep the default', () => {
    // Act
    const config = doelgroepConfigVoorGemeente(utrecht);
    const plan = aanbodVoorDoelgroepen(
      detecteerDoelgroepen(met({ leeftijd: 22, ondernemer: 'actief-bedrijf' })),
      config,
    );

    // Assess
    expect(config.versie).toBe('2026.1+utrecht');
    expect(config.doelgroepen.jongere.aanbod.map((a) => a.code)).toEqual([
      'jongerenaanpak',
      'jongeren-perspectief-fonds',
    ]);
    expect(config.doelgroepen.jongere.contacten).toEqual([
      expect.objectContaining({ code: 'jongerenconsulent', naam: 'Jongerenteam Utrecht' }),
      expect.objectContaining({ code: 'geldfit' }),
    ]);
    expect(config.doelgroepen['ondernemer-actief']).toEqual(
      STANDAARD_DOELGROEP_CONFIG.doelgroepen['ondernemer-actief'],
    );
    expect(plan.find((p) => p.doelgroep === 'jongere')?.aanbod.map((a) => a.code)).toContain(
      'jongeren-perspectief-fonds',
    );
  });

  it('does not change the default', () => {
    // Prepare
    const voor = structuredClone(STANDAARD_DOELGROEP_CONFIG);

    // Act
    doelgroepConfigVoorGemeente(utrecht);

    // Assess
    expect(STANDAARD_DOELGROEP_CONFIG).toEqual(voor);
  });

  it.each([
    ['an unknown target group', { gemeente: 'x', doelgroepen: { studenten: { aanbod: [] } } }, 'doelgroepen.studenten'],
    [
      'an item without titel',
      { gemeente: 'x', doelgroepen: { jongere: { aanbod: [{ code: 'nieuw', omschrijving: 'iets' }] } } },
      'doelgroepen.jongere.aanbod.0',
    ],
    [
      'a contact with a non-https url',
      {
        gemeente: 'x',
        doelgroepen: {
          huizenbezitter: { contacten: [{ code: 'a', naam: 'A', omschrijving: 'B', url: 'http://a.nl' }] },
        },
      },
      'doelgroepen.huizenbezitter.contacten.0.url',
    ],
    [
      'removing an item that is not in the default',
      { gemeente: 'x', doelgroepen: { jongere: { aanbod: [{ code: 'bestaat-niet', vervallen: true }] } } },
      'doelgroepen.jongere.aanbod.0.code',
    ],
    [
      'the same code twice',
      {
        gemeente: 'x',
        doelgroepen: {
          jongere: {
            aanbod: [
              { code: 'nieuw', titel: 'A', omschrijving: 'A' },
              { code: 'nieuw', titel: 'B', omschrijving: 'B' },
            ],
          },
        },
      },
      'doelgroepen.jongere.aanbod.1.code',
    ],
    ['no gemeente', { gemeente: '', doelgroepen: {} }, 'gemeente'],
  ])('refuses %s, naming the field', (_, override, veld) => {
    // Act
    const f = fout(() => doelgroepConfigVoorGemeente(override as GemeenteDoelgroepConfig));

    // Assess
    expect(f).toBeInstanceOf(ValidatieFout);
    expect(f.code).toBe('DOELGROEP_CONFIG_ONGELDIG');
    expect(f.velden.map((v) => v.veld)).toContain(veld);
  });
});
