// Domain core: the rule errors of the norm catalogue and the deadline computation, each with a stable code.

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

/** A broken rule of the norm catalogue; `code` is stable and safe to map to a problem-details `type`. */
export class NormFout extends Error {
  constructor(
    public readonly code: NormFoutCode,
    message: string,
  ) {
    super(message);
    this.name = 'NormFout';
  }
}
