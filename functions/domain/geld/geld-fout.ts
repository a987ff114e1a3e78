// Domain layer: the one error the money core throws; the stable `code` and the input path (`veld`) let the API name the field.
import { DomeinFout } from '../fouten';

/** Stable codes; never change one once published, add new ones instead. */
export const GeldFoutCode = {
  /** No dated norm table covers the peildatum: never a silent fallback to another period. */
  GEEN_NORMTABEL: 'GEEN_NORMTABEL',
  /** A norm table exists for the date, but the amount for this household type could not be verified from a source. */
  ONBEKEND_HUISHOUDEN: 'ONBEKEND_HUISHOUDEN',
  ONGELDIGE_DATUM: 'ONGELDIGE_DATUM',
  /** Not an integer number of cents, or negative where only ≥ 0 makes sense. */
  ONGELDIG_BEDRAG: 'ONGELDIG_BEDRAG',
  ONGELDIGE_PARAMETER: 'ONGELDIGE_PARAMETER',
  GEEN_SCHULDEN: 'GEEN_SCHULDEN',
  DUBBELE_SCHULDEISER: 'DUBBELE_SCHULDEISER',
} as const;
export type GeldFoutCode = (typeof GeldFoutCode)[keyof typeof GeldFoutCode];

/** Invalid input for a calculation: the edge answers 400 naming `veld`. */
export class GeldFout extends DomeinFout {
  readonly status = 400;
  constructor(
    code: string,
    message: string,
    /** Dot-separated path of the input field this concerns (`schulden.2.bedragCent`), when there is one. */
    readonly veld?: string,
  ) {
    super(code, message, veld ? [{ veld, melding: message }] : []);
    this.name = 'GeldFout';
  }
}
