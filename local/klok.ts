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

export function versneldeKlok(
  snelheid: number,
  start: Date = new Date(),
): Klok & { snelheid: number; versnel(snelheid: number): void } {
  if (!(snelheid >= 1)) throw new Error(`CLOCK_SPEED must be a number >= 1, got ${snelheid}`);
  let t0 = Date.now();
  let basis = start.getTime();
  let v = snelheid;
  const nu = () => new Date(basis + (Date.now() - t0) * v);
  return {
    get snelheid() {
      return v;
    },
    nu,
    // Step Functions waits whole seconds (>= 1): the wait ends at or just after the simulated moment, never before.
    wachtSeconden: (seconden) => Math.min(MAX_LOKALE_WACHT_SECONDEN, Math.max(1, Math.ceil(seconden / v))),
    /**
     * Changes the speed from now on, without a jump in time (tests: the intake at real speed, then the creditors'
     * weeks in seconds). Waits parked before keep their wall-clock length.
     */
    versnel(nieuw: number) {
      if (!(nieuw >= 1)) throw new Error(`speed must be a number >= 1, got ${nieuw}`);
      basis = nu().getTime();
      t0 = Date.now();
      v = nieuw;
    },
  };
}
