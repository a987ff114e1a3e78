// Test data: a complete, valid set of answers for the 2026.1 screening that leads to a schuldregeling.
import { DomeinFout } from '../../../functions/domain/fouten';
import type { Antwoordwaarde } from '../../../functions/domain/triage/triage';

export const REGELING: Readonly<Record<string, Antwoordwaarde>> = {
  'inkomen-bron': 'loondienst',
  'inkomen-stabiel': true,
  'netto-inkomen': 185000,
  'vaste-lasten-betaald': true,
  'overzicht-financien': 'gedeeltelijk',
  'aantal-schuldeisers': 8,
  'schuld-totaal': '15000-40000',
  'achterstand-woonlasten': false,
  'achterstand-energie-water': false,
  'achterstand-zorgverzekering': false,
  'beslag-op-inkomen': false,
  deurwaarder: true,
  'schuld-uit-fraude': false,
  'eerdere-regelingen-mislukt': 0,
  'zrm-financien': 3,
  'zrm-geestelijke-gezondheid': 3,
  'zrm-middelengebruik': 4,
  'motivatie-wil': 4,
  'motivatie-kan': 4,
  'motivatie-durf': 3,
  'bereid-regeling-18-maanden': true,
  'crisis-huisuitzetting': false,
  'crisis-afsluiting-energie-water': false,
  'crisis-beeindiging-zorgverzekering': false,
  'crisis-beslag-geen-leefgeld': false,
  'crisis-faillissementsaanvraag': false,
  'crisis-verkoop-woning-of-boedel': false,
  woonsituatie: 'huur-sociaal',
  leeftijd: 41,
  ondernemer: 'nee',
  'taalhulp-nodig': false,
};

/** REGELING with some answers replaced; `undefined` removes an answer. */
export function met(wijzigingen: Record<string, Antwoordwaarde | undefined>): Record<string, Antwoordwaarde> {
  const uit: Record<string, Antwoordwaarde> = { ...REGELING };
  for (const [id, w] of Object.entries(wijzigingen)) {
    if (w === undefined) delete uit[id];
    else uit[id] = w;
  }
  return uit;
}

/** Runs fn, expects a DomeinFout, returns it. */
export function fout(fn: () => unknown): DomeinFout {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomeinFout) return e;
    throw e;
  }
  throw new Error('verwachtte een DomeinFout');
}
