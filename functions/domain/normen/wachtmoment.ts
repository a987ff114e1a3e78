// Domain core: when a deadline wait ends. The deadline date and the on-time rule do not change here; only the moment
// the workflow checks again is spread over the night, so a national deployment has no midnight herd (DESIGN 2.9).
import { eindeVanDagInAmsterdam, type IsoDate } from '../kalender/kalender';

/**
 * The window after midnight (Europe/Amsterdam, at the end of the deadline date) over which deadline checks are
 * spread: four hours. Not a legal number: an operational choice (the breach is recorded at most this long after the
 * date has passed; the case view shows the step overdue from midnight on, because it derives the status from the
 * date). Configurable per deployment.
 */
export const SPREIDING_SECONDEN = 4 * 3600;

/** The escalation interval after a breach: a reminder every this many days (a werkweek), at the case's own moment. */
export const ESCALATIE_DAGEN = 7;

/**
 * A stable offset in [0, SPREIDING_SECONDEN) per case and step: FNV-1a over the case id and the step name. The same
 * case and step always get the same moment, so a retried or restarted check lands on it again.
 */
export function spreidingSeconden(trajectId: string, stap: string): number {
  let h = 0x811c9dc5;
  const s = `${trajectId}#${stap}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % SPREIDING_SECONDEN;
}

/** The moment the wait for a step with this deadline date ends: after the date has ended, at the case's offset. */
export function wachtmomentNaDeadline(deadline: IsoDate, trajectId: string, stap: string): Date {
  return new Date(eindeVanDagInAmsterdam(deadline).getTime() + spreidingSeconden(trajectId, stap) * 1000);
}

/**
 * The next reminder moment after a breach: the case's own moment after the deadline plus a whole number of
 * escalation intervals, the first one after `nu`. Anchored to the deadline, so reminders neither drift nor
 * re-align to midnight.
 */
export function volgendeHerinnering(deadline: IsoDate, trajectId: string, stap: string, nu: Date): Date {
  const eerste = wachtmomentNaDeadline(deadline, trajectId, stap).getTime();
  const interval = ESCALATIE_DAGEN * 86_400_000;
  const k = Math.max(1, Math.floor((nu.getTime() - eerste) / interval) + 1);
  return new Date(eerste + k * interval);
}
