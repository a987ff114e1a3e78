// Domain layer: the tokens a case can be found by, before they are hashed with the gemeente's key. Never stored as
// such: the store holds only their keyed hashes (Pseudonimisering port), so no index key reveals a name or number.

/** Prefixes are indexed up to this length; a longer query word is cut here and the rows are checked on the name. */
export const MAX_PREFIX = 12;
/** Shorter prefixes than this would match a large share of a gemeente's cases, and say too much about each. */
export const MIN_PREFIX = 2;

/** Lower case, diacritics off (é → e, ĳ → ij), anything but letters as a word break. */
export function normaliseerNaam(naam: string): string[] {
  return naam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** Telephone digits in national form (+31 / 0031 → 0), as the person index of referrals does. */
export function normaliseerTelefoon(telefoon: string): string {
  return telefoon.replace(/[^0-9+]/g, '').replace(/^(\+31|0031)/, '0');
}

export function normaliseerEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface Zoekbaar {
  naam: string;
  telefoon?: string | undefined;
  email?: string | undefined;
  geboortedatum?: string | undefined;
  bsn?: string | undefined;
}

/**
 * Every token of a person: each word of the name (voornaam, tussenvoegsel, achternaam: a counsellor types what they
 * remember) as its prefixes of length 2..12, and the whole normalised phone, e-mail, date of birth and BSN.
 */
export function zoektokensVan(p: Zoekbaar): string[] {
  const tokens = new Set<string>();
  for (const woord of normaliseerNaam(p.naam)) {
    for (let n = MIN_PREFIX; n <= Math.min(woord.length, MAX_PREFIX); n++) tokens.add(`naam:${woord.slice(0, n)}`);
  }
  if (p.telefoon) tokens.add(`tel:${normaliseerTelefoon(p.telefoon)}`);
  if (p.email) tokens.add(`mail:${normaliseerEmail(p.email)}`);
  if (p.geboortedatum) tokens.add(`geb:${p.geboortedatum}`);
  if (p.bsn) tokens.add(`bsn:${p.bsn.padStart(9, '0')}`);
  return [...tokens].sort();
}

export type Zoekvraag =
  | { naam: string }
  | { telefoon: string }
  | { email: string }
  | { geboortedatum: string }
  | { bsn: string };

/** The tokens a query must all match (the words of a name: each as its indexed prefix). */
export function zoektokensVoor(v: Zoekvraag): string[] {
  if ('naam' in v) return [...new Set(normaliseerNaam(v.naam).map((w) => `naam:${w.slice(0, MAX_PREFIX)}`))];
  if ('telefoon' in v) return [`tel:${normaliseerTelefoon(v.telefoon)}`];
  if ('email' in v) return [`mail:${normaliseerEmail(v.email)}`];
  if ('geboortedatum' in v) return [`geb:${v.geboortedatum}`];
  return [`bsn:${v.bsn.padStart(9, '0')}`];
}

/** Whether a name matches every word of a name query as a prefix of one of its words (the check past MAX_PREFIX). */
export function naamPastBij(naam: string, vraag: string): boolean {
  const woorden = normaliseerNaam(naam);
  return normaliseerNaam(vraag).every((q) => woorden.some((w) => w.startsWith(q)));
}
