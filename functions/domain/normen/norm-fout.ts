// Domain core: the rule errors of the norm catalogue and the deadline computation, each with a stable code.

import { DomeinFout } from '../fouten';

export type NormFoutCode =
  | 'CATALOGUS_ONGELDIG'
  | 'GEEN_NORMVERSIE'
  | 'ONBEKENDE_STAP'
  | 'OVERRIDE_RUIMER_DAN_MAXIMUM'
  | 'OVERRIDE_TERMIJN_NIET_TOEGESTAAN'
  | 'EENHEDEN_ONVERGELIJKBAAR'
  | 'OPSCHORTING_NIET_TOEGESTAAN'
  | 'OPSCHORTING_ONGELDIG'
  | 'VANDAAG_ONTBREEKT'
  | 'VERLENGING_NIET_TOEGESTAAN'
  | 'VERLENGING_TE_LANG'
  | 'VERLENGING_TE_LAAT'
  | 'VERLENGING_ONGELDIG';

/**
 * A broken rule of the norm catalogue; `code` is stable and safe to map to a problem-details `type`. Malformed
 * periods are invalid input (400); everything else conflicts with the norm or the case (409).
 */
export class NormFout extends DomeinFout {
  readonly status: number;
  constructor(code: NormFoutCode, message: string, veld?: string) {
    super(code, message, veld ? [{ veld, melding: message }] : []);
    this.name = 'NormFout';
    this.status = code.endsWith('_ONGELDIG') ? 400 : 409;
  }
}
