// Test support: a complete beschikking input for a toelating and one for an afwijzing.
import type { BeschikkingInvoerInput } from '../../../functions/domain/beschikking/beschikking';

export function voorbeeldToelating(): BeschikkingInvoerInput {
  return {
    besluit: 'toelating',
    trajectId: 'SHV-2024-000123',
    gemeente: { code: '0344', naam: 'Utrecht' },
    aanvrager: { naam: 'Daniëlle de Vries' },
    datum: '2024-03-01',
    begeleider: 'Sanne Jansen',
    triage: {
      route: 'stabilisatie',
      redenen: [
        { code: 'INKOMEN_WISSELT', tekst: 'Uw inkomen is nog niet elke maand hetzelfde.' },
        { code: 'ACHTERSTAND_HUUR', tekst: 'U heeft een achterstand in de huur.' },
      ],
      instrument: { id: 'Mesis', versie: '2024.1' },
    },
    doelen: ['Ik wil weer rust in mijn hoofd over geld.', 'Ik wil mijn huis houden.'],
    acties: [
      { wat: 'Betalingsregeling met de woningcorporatie aanvragen', wie: 'Sanne Jansen', wanneer: '2024-03-15' },
      { wat: 'Loonstroken van januari en februari inleveren', wie: 'u', wanneer: '2024-03-08' },
    ],
    begeleidingsmodules: [{ module: 'budgetcoaching', waarom: 'U wilt zelf leren hoe u rondkomt met uw inkomen.' }],
    doelgroepen: [
      {
        doelgroep: 'Mensen met een huurachterstand',
        aanbod: ['Gesprek over een betalingsregeling'],
        contacten: ['Woningcorporatie Mitros, 030 123 45 67'],
      },
    ],
    procesoverzicht: [
      { stap: 'Stabilisatie', deadline: '2024-07-01', omschrijving: 'Inkomen en vaste lasten zijn stabiel.' },
      { stap: 'Papieren compleet', deadline: '2024-03-29', omschrijving: 'Wij hebben alle papieren van u.' },
    ],
    contactmomenten: [
      { datum: '2024-04-12', vorm: 'telefoon', met: 'Sanne Jansen' },
      { datum: '2024-03-12', vorm: 'huisbezoek', met: 'Sanne Jansen' },
    ],
  };
}

export function voorbeeldAfwijzing(): BeschikkingInvoerInput {
  return {
    besluit: 'afwijzing',
    trajectId: 'SHV-2024-000456',
    gemeente: { code: '0344', naam: 'Utrecht' },
    aanvrager: { naam: 'Piet Bakker' },
    datum: '2024-05-03',
    begeleider: 'Sanne Jansen',
    gronden: ['U woont niet in de gemeente Utrecht. Alleen inwoners kunnen hier schuldhulp krijgen.'],
  };
}
