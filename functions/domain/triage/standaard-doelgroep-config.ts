// Domain core: the default aanbod and contacts per target group; a gemeente overrides it with
// `doelgroepConfigVoorGemeente`. National organisations carry their public website; a local role without a
// channel (`bbz-loket`, `jongerenconsulent`, `taalhuis`) is a placeholder the gemeente fills in with its own.
import type { DoelgroepConfig } from './doelgroepen';

const BBZ_LOKET = {
  code: 'bbz-loket',
  naam: 'Bbz-loket van de gemeente',
  omschrijving: 'Voert het Besluit bijstandverlening zelfstandigen 2004 (Bbz) uit',
};

const ONDERNEMERSKLANKBORD = {
  code: 'ondernemersklankbord',
  naam: 'Ondernemersklankbord',
  omschrijving: 'Ervaren (oud-)ondernemers die u als vrijwilliger adviseren over uw bedrijf',
  url: 'https://www.ok.nl',
};

export const STANDAARD_DOELGROEP_CONFIG: DoelgroepConfig = {
  versie: '2026.1',
  doelgroepen: {
    'ondernemer-actief': {
      aanbod: [
        {
          code: 'bbz-levensvatbaarheid',
          titel: 'Onderzoek levensvatbaarheid en Bbz',
          omschrijving:
            'We laten onderzoeken of uw bedrijf levensvatbaar is; zo ja, dan kan het Bbz helpen met ' +
            'levensonderhoud of bedrijfskapitaal, en lossen we uw schulden op met uw bedrijf erbij.',
        },
        {
          code: 'ondernemers-schuldhulp',
          titel: 'Schuldhulp voor ondernemers',
          omschrijving: 'Een consulent die zakelijke en privéschulden samen kan aanpakken.',
        },
      ],
      contacten: [BBZ_LOKET, ONDERNEMERSKLANKBORD],
    },
    'ondernemer-gestopt': {
      aanbod: [
        {
          code: 'bbz-beeindiging',
          titel: 'Inkomen na het stoppen van uw bedrijf',
          omschrijving: 'We kijken of u recht heeft op Bbz-bijstand bij het beëindigen van uw bedrijf, of op bijstand.',
        },
        {
          code: 'zakelijke-schulden',
          titel: 'Zakelijke schulden in de schuldhulp',
          omschrijving: 'De schulden van uw bedrijf nemen we mee in de schuldhulp, naast uw privéschulden.',
        },
      ],
      contacten: [BBZ_LOKET, ONDERNEMERSKLANKBORD],
    },
    jongere: {
      aanbod: [
        {
          code: 'jongerenaanpak',
          titel: 'Jongerenaanpak schulden',
          omschrijving: 'Eén vaste consulent voor jongeren, die ook helpt met school, werk en wonen.',
        },
        {
          code: 'geldlessen-jongeren',
          titel: 'Leren omgaan met geld',
          omschrijving: 'Korte training over budgetteren, abonnementen en lenen.',
        },
      ],
      contacten: [
        {
          code: 'jongerenconsulent',
          naam: 'Jongerenconsulent van de gemeente',
          omschrijving: 'Vast aanspreekpunt voor jongeren met geldzorgen',
        },
        {
          code: 'geldfit',
          naam: 'Geldfit',
          omschrijving: 'Landelijke site met een geldtest en hulp dichtbij',
          url: 'https://www.geldfit.nl',
        },
      ],
    },
    huizenbezitter: {
      aanbod: [
        {
          code: 'woning-onderzoek',
          titel: 'Onderzoek naar uw woning',
          omschrijving:
            'We bekijken uw hypotheek en de waarde van uw huis: kunt u blijven wonen, is herfinanciering mogelijk, ' +
            'of is verkoop nodig? Overwaarde telt mee voor uw schuldeisers.',
        },
        {
          code: 'overleg-hypotheekverstrekker',
          titel: 'Overleg met uw hypotheekverstrekker',
          omschrijving: 'Bij een achterstand maken we samen afspraken met uw hypotheekverstrekker.',
        },
      ],
      contacten: [
        {
          code: 'juridisch-loket',
          naam: 'Het Juridisch Loket',
          omschrijving: 'Gratis juridisch advies, ook over hypotheek en gedwongen verkoop',
          url: 'https://www.juridischloket.nl',
        },
      ],
    },
    'taal-en-cultuur': {
      aanbod: [
        {
          code: 'eenvoudige-taal-tolk',
          titel: 'Gesprekken in eenvoudige taal of met een tolk',
          omschrijving: 'Wij praten en schrijven in eenvoudige taal; als het nodig is met een tolk.',
        },
        {
          code: 'cultuursensitieve-oplossing',
          titel: 'Oplossing die past bij uw geloof of cultuur',
          omschrijving: 'Bijvoorbeeld een oplossing zonder rente, zoals een 0%-aanbod.',
        },
      ],
      contacten: [
        {
          code: 'taalhuis',
          naam: 'Taalhuis in de bibliotheek',
          omschrijving: 'Hulp bij Nederlandse taal, lezen en schrijven',
        },
      ],
    },
  },
};
