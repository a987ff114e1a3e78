// Domain core: ISO calendar dates (YYYY-MM-DD) and day arithmetic on them. Pure, no clock, no time zone.
// Namespace import, not `import { z }`: esbuild tree-shakes zod/mini to what is used (about 13 KB for a small schema
// instead of about 430 KB).
import * as z from 'zod/mini';

const PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAG = 86_400_000;

function delen(d: string): { jaar: number; maand: number; dag: number } | undefined {
  const m = PATROON.exec(d);
  if (!m) return undefined;
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  if (maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) return undefined;
  return { jaar, maand, dag };
}

/** A real calendar date written as `YYYY-MM-DD` (no time, no zone). */
export const IsoDate = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(PATROON, 'verwacht een datum als YYYY-MM-DD'),
    z.refine((d) => delen(d) !== undefined, 'geen bestaande kalenderdatum'),
  ))();
export type IsoDate = z.infer<typeof IsoDate>;

export function isIsoDate(d: unknown): d is IsoDate {
  return typeof d === 'string' && delen(d) !== undefined;
}

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

/** Splits a date into numbers; throws a RangeError on anything that is not a real date. */
export function ontleed(d: IsoDate): { jaar: number; maand: number; dag: number } {
  const p = delen(d);
  if (!p) throw new RangeError(`Ongeldige IsoDate: ${JSON.stringify(d)}`);
  return p;
}

export function maakIsoDate(jaar: number, maand: number, dag: number): IsoDate {
  const d = `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
  ontleed(d);
  return d;
}

/** Days since 1970-01-01 (proleptic Gregorian, UTC): the basis of all day arithmetic here. */
export function dagnummer(d: IsoDate): number {
  const { jaar, maand, dag } = ontleed(d);
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  t.setUTCFullYear(jaar, maand - 1, dag);
  return Math.round(t.getTime() / MS_PER_DAG);
}

export function vanDagnummer(n: number): IsoDate {
  const t = new Date(n * MS_PER_DAG);
  return maakIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function plusKalenderdagen(d: IsoDate, n: number): IsoDate {
  return vanDagnummer(dagnummer(d) + n);
}

export function plusWeken(d: IsoDate, n: number): IsoDate {
  return plusKalenderdagen(d, 7 * n);
}

/**
 * Same day of the month n months later; when that day does not exist the term ends on the last day of
 * that month (31 August + 6 maanden = 28/29 February), the usual reading of a term "in maanden".
 */
export function plusMaanden(d: IsoDate, n: number): IsoDate {
  const { jaar, maand, dag } = ontleed(d);
  const totaal = jaar * 12 + (maand - 1) + n;
  const nieuwJaar = Math.floor(totaal / 12);
  const nieuweMaand = (totaal % 12) + 1;
  return maakIsoDate(nieuwJaar, nieuweMaand, Math.min(dag, dagenInMaand(nieuwJaar, nieuweMaand)));
}

/** b − a in calendar days (positive when b is later). */
export function verschilInDagen(a: IsoDate, b: IsoDate): number {
  return dagnummer(b) - dagnummer(a);
}

/** ISO weekday: 1 = maandag … 6 = zaterdag, 7 = zondag. */
export function weekdag(d: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dagnummer(d) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(d: IsoDate): boolean {
  return weekdag(d) >= 6;
}

export function vroegste(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function laatste(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
