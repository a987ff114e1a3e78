// Domain layer: the one source of truth for how a case's end is reported: our closure reason → the code of the DDAS
// enumeration EnumUitstroomreden, and the code's meaning as the model gives it. The DDAS record, the anonymous
// figure kept after the purge (bewaren/bewaartermijn.ts) and docs/ddas.md all derive from this file.
//
// Source: GGM "Model Schuldhulpverlening" 1.4 (modified 2025-04-23; Gemeente-Delft/Gemeentelijk-Gegevensmodel,
// docs/definities/definitie_Model Schuldhulpverlening.md), enumeration EnumUitstroomreden: nine codes, each with its
// definition ("Overig" has none). The seven-line list of an older model text ("Succesvolle uitstroom/traject
// doorlopen", "BRP-redenen: …") is not the 1.4 code list and is no longer used.
import * as z from 'zod/mini';
import type { AfsluitReden } from '../traject/afsluiting';

/** EnumUitstroomreden (model 1.4): the codes, as the enumeration names its values. */
export const EnumUitstroomreden = /* @__PURE__ */ z.enum([
  'Overleden',
  'Verhuisd',
  'Nietverschenen',
  'Ingetrokken',
  'Niet passend',
  'Overig',
  'Voldoet niet',
  'Afgerond',
  'Zelf',
]);
export type EnumUitstroomreden = z.infer<typeof EnumUitstroomreden>;

/** The model's definition of each code; it goes with the code as the Uitstroom's `omschrijving`. */
export const UITSTROOMREDEN_OMSCHRIJVING: Record<EnumUitstroomreden, string> = {
  Overleden: 'Client is overleden',
  Verhuisd: 'Client is verhuisd naar een andere gemeente',
  Nietverschenen: 'Client is niet verschenen',
  Ingetrokken: 'Client trekt aanvraag in',
  'Niet passend': 'Dienstverlening niet (meer) passend',
  // The model gives "Overig" no definition.
  Overig: 'Overig',
  'Voldoet niet': 'Client voldoet niet aan verplichtingen',
  Afgerond: 'Schuldtraject positief doorlopen en afgerond',
  Zelf: 'Client heeft schulden zelf geregeld',
};

/**
 * Our closure reason → its EnumUitstroomreden code. A `Record` over every AfsluitReden: a reason added later (the
 * regeling workflow's end, #12) does not compile until it is mapped here. Choices where the model leaves room: a
 * person we cannot reach counts as "Nietverschenen" (the model's one code for a client who does not show up); advice
 * only as "Zelf" (the person goes on alone); an afwijzing and a doorverwijzing that was followed up as "Niet passend"
 * (this service was not the right one); every completed route as "Afgerond".
 */
export const UITSTROOMREDEN_CODE: Record<AfsluitReden, EnumUitstroomreden> = {
  'advies-gegeven': 'Zelf',
  afgewezen: 'Niet passend',
  doorverwezen: 'Niet passend',
  'begeleiding-afgerond': 'Afgerond',
  'crisisinterventie-afgerond': 'Afgerond',
  'nazorg-afgerond': 'Afgerond',
  ingetrokken: 'Ingetrokken',
  'niet-bereikbaar': 'Nietverschenen',
  verhuisd: 'Verhuisd',
  overleden: 'Overleden',
  'geen-medewerking': 'Voldoet niet',
  'zelf-geregeld': 'Zelf',
  'niet-passend': 'Niet passend',
  overig: 'Overig',
};

/** The code and its meaning for one closure reason. */
export function uitstroomredenVan(reden: AfsluitReden): { reden: EnumUitstroomreden; omschrijving: string } {
  const code = UITSTROOMREDEN_CODE[reden];
  return { reden: code, omschrijving: UITSTROOMREDEN_OMSCHRIJVING[code] };
}
