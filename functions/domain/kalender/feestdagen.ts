// Domain core: the algemeen erkende feestdagen of the Algemene termijnenwet (Atw), computed, no library.
import { type IsoDate, maakIsoDate, ontleed, plusKalenderdagen, weekdag } from './iso-datum';
import { paasdatum } from './pasen';

export interface Feestdag {
  datum: IsoDate;
  naam: string;
  /** Where the day comes from: Atw art. 3 lid 1, lid 2 (gelijkgesteld), or a Sunday that is also named. */
  grondslag: string;
}

/**
 * Years for which every rule below is known to hold. 5 mei was added to Atw art. 3 lid 1 by the amendment
 * proposed in 1981 and Koningsdag/Koninginnedag rules changed in 1980 and 2014; before 1990 we refuse
 * rather than guess.
 */
export const EERSTE_JAAR = 1990;
export const LAATSTE_JAAR = 9999;

/**
 * The day on which the verjaardag van de Koning is celebrated (Atw art. 3 lid 1 names the day, not a date).
 * - Since 2014: Besluit van 30 januari 2013, nr. 13.000173 (Stcrt. 2013, 4075; BWBR0032908) art. 1: 27 april
 *   "behoudens uitzonderingen in verband met zondagen"; per its nota van toelichting (and the practice of 2014
 *   and 2025) the Saturday before, 26 april, when 27 april is a Sunday.
 * - 1980–2013: Koninginnedag 30 april, or 29 april when 30 april is a Sunday (KB 24 april 1980, nr. 11,
 *   withdrawn by the 2013 besluit art. 2; the Sunday rule is taken from date-holidays, not read in the KB).
 */
function koningsdag(jaar: number): Feestdag {
  if (jaar >= 2014) {
    const zevenentwintig = maakIsoDate(jaar, 4, 27);
    const datum = weekdag(zevenentwintig) === 7 ? maakIsoDate(jaar, 4, 26) : zevenentwintig;
    return {
      datum,
      naam: 'Koningsdag',
      grondslag: 'Atw art. 3 lid 1; Besluit van 30 januari 2013 (Stcrt. 2013, 4075)',
    };
  }
  const dertig = maakIsoDate(jaar, 4, 30);
  const datum = weekdag(dertig) === 7 ? maakIsoDate(jaar, 4, 29) : dertig;
  return { datum, naam: 'Koninginnedag', grondslag: 'Atw art. 3 lid 1; KB 24 april 1980, nr. 11' };
}

const cache = new Map<number, readonly Feestdag[]>();
const datumsCache = new Map<number, ReadonlySet<IsoDate>>();

/**
 * The algemeen erkende feestdagen for the Atw in `jaar`, sorted by date.
 *
 * Atw art. 3 lid 1: "de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de
 * Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de vijfde mei" — 5 mei every year,
 * not only in lustrum years (that is a rule of collective labour agreements, not of the Atw).
 * Atw art. 3 lid 2: "Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid genoemde
 * dagen gelijkgesteld" — so Goede Vrijdag IS a non-werkdag for term calculation, and is included here.
 * Eerste Paasdag and eerste Pinksterdag are not named in art. 3 but are always Sundays (art. 1 and 2 name the
 * zondag itself); they are listed for completeness and change no computation.
 * Not included: days gelijkgesteld ad hoc by besluit under art. 3 lid 3 (published in the Staatscourant every
 * few years, e.g. the Friday after Hemelvaartsdag): they cannot be computed and must be added as data if needed.
 *
 * Compared with the library date-holidays (NL): it returns the same dates, but types Goede Vrijdag and
 * Bevrijdingsdag as `school` instead of `public` (following rijksoverheid.nl on whether employees get the day
 * off, which is a labour-law question), and it adds observances (4 mei, Moederdag, Prinsjesdag, …) and
 * Oudejaarsdag (`bank`) that are not Atw days. For the Atw the `public` + `school` entries are the set.
 */
export function feestdagen(jaar: number): Feestdag[] {
  if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
    throw new RangeError(`Feestdagen zijn alleen bekend voor ${EERSTE_JAAR}–${LAATSTE_JAAR}, niet voor ${jaar}`);
  }
  const bekend = cache.get(jaar);
  if (bekend) return [...bekend];
  const pasen = paasdatum(jaar);
  const lid1 = 'Atw art. 3 lid 1';
  const dagen: Feestdag[] = [
    { datum: maakIsoDate(jaar, 1, 1), naam: 'Nieuwjaarsdag', grondslag: lid1 },
    { datum: plusKalenderdagen(pasen, -2), naam: 'Goede Vrijdag', grondslag: 'Atw art. 3 lid 2 (gelijkgesteld)' },
    { datum: pasen, naam: 'Eerste Paasdag', grondslag: 'zondag (Atw art. 1)' },
    { datum: plusKalenderdagen(pasen, 1), naam: 'Tweede Paasdag', grondslag: lid1 },
    koningsdag(jaar),
    { datum: maakIsoDate(jaar, 5, 5), naam: 'Bevrijdingsdag', grondslag: lid1 },
    { datum: plusKalenderdagen(pasen, 39), naam: 'Hemelvaartsdag', grondslag: lid1 },
    { datum: plusKalenderdagen(pasen, 49), naam: 'Eerste Pinksterdag', grondslag: 'zondag (Atw art. 1)' },
    { datum: plusKalenderdagen(pasen, 50), naam: 'Tweede Pinksterdag', grondslag: lid1 },
    { datum: maakIsoDate(jaar, 12, 25), naam: 'Eerste Kerstdag', grondslag: lid1 },
    { datum: maakIsoDate(jaar, 12, 26), naam: 'Tweede Kerstdag', grondslag: lid1 },
  ];
  dagen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  cache.set(jaar, dagen);
  return [...dagen];
}

export function isFeestdag(d: IsoDate): boolean {
  const { jaar } = ontleed(d);
  let datums = datumsCache.get(jaar);
  if (!datums) {
    datums = new Set(feestdagen(jaar).map((f) => f.datum));
    datumsCache.set(jaar, datums);
  }
  return datums.has(d);
}
