// Domain layer: one line of a calculation, so a consulent can show a resident how every amount was reached.

export interface Berekeningsregel {
  /** Stable machine code of the line (`BESLAGVRIJE_VOET`). */
  code: string;
  /** Dutch, readable by a resident. */
  label: string;
  bedragCent: number;
  /** Where the rule or the number comes from (law article, regeling, or "invoer consulent"). */
  bron: string;
}

export function regel(code: string, label: string, bedragCent: number, bron: string): Berekeningsregel {
  return { code, label, bedragCent, bron };
}
