// Domain core: the date of Easter Sunday, from which the movable feestdagen are derived.
import { type IsoDate, maakIsoDate } from './iso-datum';

/**
 * Eerste Paasdag (Western, Gregorian calendar) by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher; J. Meeus, Astronomical Algorithms, ch. 8). Valid for every Gregorian year.
 */
export function paasdatum(jaar: number): IsoDate {
  if (!Number.isInteger(jaar) || jaar < 1583) throw new RangeError(`Geen Gregoriaans jaar: ${jaar}`);
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return maakIsoDate(jaar, maand, dag);
}
