// Domain core: typed reads of validated answers, for the triage rules and the target-group detection.
import type { Antwoorden } from './instrument-schema';

/** A ja-nee answer; an unanswered optional question reads as `nee`. */
export function leesJaNee(antwoorden: Antwoorden, id: string): boolean {
  return antwoorden[id] === true;
}

/** A schaal or getal answer, or undefined when unanswered. */
export function leesGetal(antwoorden: Antwoorden, id: string): number | undefined {
  const w = antwoorden[id];
  return typeof w === 'number' ? w : undefined;
}

/** A keuze answer, or undefined when unanswered. */
export function leesKeuze(antwoorden: Antwoorden, id: string): string | undefined {
  const w = antwoorden[id];
  return typeof w === 'string' ? w : undefined;
}
