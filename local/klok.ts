// Local runtime: a clock that can run faster than real time, so a four-week deadline passes in seconds.
import type { Klok } from '../functions/app/poorten';

/**
 * `snelheid` simulated seconds pass per wall second (86400: one day per second). `start` is the simulated
 * instant at creation (default: now).
 */
/**
 * Node's timers hold at most 2^31 − 1 ms (24.8 days); a longer timeout fires at once. A local wait is therefore cut
 * at 20 days: the deadline check then runs again, finds the step still open and waits for the rest (AWS waits whole).
 */
export const MAX_LOKALE_WACHT_SECONDEN = 20 * 86_400;

export function versneldeKlok(snelheid: number, start: Date = new Date()): Klok & { snelheid: number } {
  if (!(snelheid >= 1)) throw new Error(`CLOCK_SPEED must be a number >= 1, got ${snelheid}`);
  const t0 = Date.now();
  return {
    snelheid,
    nu: () => new Date(start.getTime() + (Date.now() - t0) * snelheid),
    // Step Functions waits whole seconds (>= 1): the wait ends at or just after the simulated moment, never before.
    wachtSeconden: (seconden) => Math.min(MAX_LOKALE_WACHT_SECONDEN, Math.max(1, Math.ceil(seconden / snelheid))),
  };
}
