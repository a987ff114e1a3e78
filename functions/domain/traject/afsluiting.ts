// Domain layer: how a case ends. Every end has a reason; the reasons map onto the uitstroom reasons of the VNG DDAS
// model (GGM "Model Schuldhulpverlening" version 1.4, April 2025, enumeration EnumUitstroomreden), so the CBS export
// is a projection of the history (DESIGN.md 3.3).
import * as z from 'zod/mini';

export const AfsluitReden = /* @__PURE__ */ z.enum([
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
export const BeeindigingsReden = /* @__PURE__ */ z.enum([
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

// How each reason is reported to CBS (EnumUitstroomreden) lives in one place: functions/domain/ddas/uitstroomreden.ts.

/**
 * The phases a case is handed over to by a `fase-overgedragen` event; each owner's workflow starts on the bus event of
 * the same name (rules filter on `detail.data.naar`).
 */
export const OverdrachtNaar = /* @__PURE__ */ z.enum(['begeleiding', 'schuldregeling', 'wsnp', 'nazorg', 'regeling']);
export type OverdrachtNaar = z.infer<typeof OverdrachtNaar>;
