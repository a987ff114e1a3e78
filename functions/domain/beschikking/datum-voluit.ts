// Domain layer: a date written out in Dutch for the resident ("dinsdag 14 mei 2024"), never 2024-05-14 in a letter.
import { type IsoDate, ontleed, weekdag } from '../kalender/kalender';

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const WEEKDAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

/** `14 mei 2024`, or `dinsdag 14 mei 2024` with `metWeekdag`. */
export function datumVoluit(d: IsoDate, metWeekdag = false): string {
  const { jaar, maand, dag } = ontleed(d);
  const tekst = `${dag} ${MAANDEN[maand - 1] ?? ''} ${jaar}`;
  return metWeekdag ? `${WEEKDAGEN[weekdag(d) - 1] ?? ''} ${tekst}` : tekst;
}
