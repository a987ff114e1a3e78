// Domain layer: how a case ends. Every end has a reason; the reasons map onto the uitstroom reasons of the VNG DDAS
// model (GGM "Model Schuldhulpverlening" version 1.4, April 2025, enumeration EnumUitstroomreden), so the CBS export
// is a projection of the history (DESIGN.md 3.3).
import * as z from 'zod/mini';

export const AfsluitReden = z.enum([
  /** Triage advies: information and advice only, the person goes on alone. */
  'advies-gegeven',
  /** An afwijzing beschikking whose bezwaar window passed (or whose bezwaar was decided and the afwijzing stands). */
  'afgewezen',
  /** A warm hand-over to another organisation (beschermingsbewind, ggz, bbz…) was followed up. */
  'doorverwezen',
  'begeleiding-afgerond',
  'crisisinterventie-afgerond',
  /** The nazorg window after a completed schuldregeling, begeleiding or WSNP passed. */
  'nazorg-afgerond',
  // Ending on purpose, at any phase (POST /trajecten/{id}/beeindigingen):
  'ingetrokken',
  'niet-bereikbaar',
  'verhuisd',
  'overleden',
  'geen-medewerking',
  'zelf-geregeld',
  'niet-passend',
  'overig',
]);
export type AfsluitReden = z.infer<typeof AfsluitReden>;

/** The reasons a person or a consulent may give to end a case on purpose (the others end a route by themselves). */
export const BeeindigingsReden = z.enum([
  'ingetrokken',
  'niet-bereikbaar',
  'verhuisd',
  'overleden',
  'geen-medewerking',
  'zelf-geregeld',
  'niet-passend',
  'overig',
]);
export type BeeindigingsReden = z.infer<typeof BeeindigingsReden>;

/** DDAS EnumUitstroomreden (GGM Model Schuldhulpverlening 1.4), in the model's own wording. */
export const DDAS_UITSTROOMREDEN = {
  succesvol: 'Succesvolle uitstroom/traject doorlopen',
  brp: 'BRP-redenen: Klant is verhuisd/niet woonachtig in regio/overleden',
  verplichtingen:
    'Klant voldoet niet aan wettelijke verplichtingen (meewerken en (juiste) inlichtingen verstrekken) –> hier valt ook onder: klant heeft zich misdragen',
  nietPassend: 'Schuldhulpverlening is niet (meer) passend',
  zelfstandig: 'Klant kan zelfstandig verder/schulden zelf geregeld',
  ingetrokken: 'Klant heeft zelf aanvraag ingetrokken',
  overig: 'Overig',
} as const;

/**
 * Our reason → the DDAS uitstroomreden. Choices where the model leaves room: advice only counts as "kan zelfstandig
 * verder"; an afwijzing and a doorverwijzing as "niet (meer) passend"; a person we cannot reach as "overig" (the model
 * has no such value, and not answering is not the same as refusing to cooperate).
 */
export const uitstroomredenVoorDdas: Record<
  AfsluitReden,
  (typeof DDAS_UITSTROOMREDEN)[keyof typeof DDAS_UITSTROOMREDEN]
> = {
  'advies-gegeven': DDAS_UITSTROOMREDEN.zelfstandig,
  afgewezen: DDAS_UITSTROOMREDEN.nietPassend,
  doorverwezen: DDAS_UITSTROOMREDEN.nietPassend,
  'begeleiding-afgerond': DDAS_UITSTROOMREDEN.succesvol,
  'crisisinterventie-afgerond': DDAS_UITSTROOMREDEN.succesvol,
  'nazorg-afgerond': DDAS_UITSTROOMREDEN.succesvol,
  ingetrokken: DDAS_UITSTROOMREDEN.ingetrokken,
  'niet-bereikbaar': DDAS_UITSTROOMREDEN.overig,
  verhuisd: DDAS_UITSTROOMREDEN.brp,
  overleden: DDAS_UITSTROOMREDEN.brp,
  'geen-medewerking': DDAS_UITSTROOMREDEN.verplichtingen,
  'zelf-geregeld': DDAS_UITSTROOMREDEN.zelfstandig,
  'niet-passend': DDAS_UITSTROOMREDEN.nietPassend,
  overig: DDAS_UITSTROOMREDEN.overig,
};

/**
 * The phases a case is handed over to by a `fase-overgedragen` event; each owner's workflow starts on the bus event of
 * the same name (rules filter on `detail.data.naar`).
 */
export const OverdrachtNaar = z.enum(['begeleiding', 'schuldregeling', 'wsnp', 'nazorg', 'regeling']);
export type OverdrachtNaar = z.infer<typeof OverdrachtNaar>;
