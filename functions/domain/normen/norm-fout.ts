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

/** The source a message quotes: which text of which norm (normteksten.ts), or the catalogue data's own text. */
export interface Normbron {
  norm: string;
  tekst: 'termijn' | 'opschorting' | 'verlenging';
  /** The text the catalogue data brings itself (a gemeente's override, a catalogue loaded as data). */
  eigen: string | undefined;
}

/**
 * A broken rule of the norm catalogue; `code` is stable and safe to map to a problem-details `type`. Malformed
 * periods are invalid input (400); everything else conflicts with the norm or the case (409).
 */
export class NormFout extends DomeinFout {
  declare readonly code: NormFoutCode;
  readonly status: number;

  constructor(
    code: NormFoutCode,
    message: string,
    veld?: string,
    /**
     * Set when the message quotes a norm's source. The deadline code carries no texts of the built-in norms, so its
     * message names the norm id; `metNormbron` (normteksten.ts) renders it again with the text.
     */
    readonly bron?: { verwijzing: Normbron; melding: (bron: string) => string },
  ) {
    super(code, message, veld ? [{ veld, melding: message }] : []);
    this.name = 'NormFout';
    this.status = code.endsWith('_ONGELDIG') ? 400 : 409;
  }

  /** A refusal that quotes a norm's source: the data's own text, or the norm id until `metNormbron` fills it in. */
  static metBron(code: NormFoutCode, verwijzing: Normbron, melding: (bron: string) => string): NormFout {
    return new NormFout(code, melding(verwijzing.eigen ?? `bron: normteksten ${verwijzing.norm}`), undefined, {
      verwijzing,
      melding,
    });
  }
}
