// Domain core: werkdagen and the end of statutory terms under the Algemene termijnenwet.
import { isFeestdag } from './feestdagen';
import { type IsoDate, isWeekend, plusKalenderdagen, verschilInDagen } from './iso-datum';

/** Monday to Friday and not an algemeen erkende feestdag (Atw art. 3, including Goede Vrijdag, lid 2). */
export function isWerkdag(d: IsoDate): boolean {
  return !isWeekend(d) && !isFeestdag(d);
}

/**
 * The date n werkdagen after d: the first counted day is the first werkdag after d, so
 * plusWerkdagen(vrijdag, 1) is the next maandag (or later around feestdagen). n = 0 gives d; negative n counts back.
 */
export function plusWerkdagen(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal werkdagen moet een geheel getal zijn: ${n}`);
  const stap = n >= 0 ? 1 : -1;
  let resterend = Math.abs(n);
  let dag = d;
  while (resterend > 0) {
    dag = plusKalenderdagen(dag, stap);
    if (isWerkdag(dag)) resterend--;
  }
  return dag;
}

/**
 * Atw art. 1 lid 1: a term set by law that ends on a zaterdag, zondag or algemeen erkende feestdag is extended
 * to and including the next day that is none of these. Otherwise d itself.
 * (Art. 1 lid 2: not for terms counted back from a moment; art. 2, the two-werkdagen minimum for terms of at
 * least three days, never bites on the terms in this project and is not applied here.)
 */
export function volgendeWerkdagAtw(d: IsoDate): IsoDate {
  let dag = d;
  while (!isWerkdag(dag)) dag = plusKalenderdagen(dag, 1);
  return dag;
}

/** The number of werkdagen in (a, b]; negative when b is before a. */
export function werkdagenTussen(a: IsoDate, b: IsoDate): number {
  if (b < a) return -werkdagenTussen(b, a);
  let aantal = 0;
  const dagen = verschilInDagen(a, b);
  for (let i = 1; i <= dagen; i++) if (isWerkdag(plusKalenderdagen(a, i))) aantal++;
  return aantal;
}
