// Secondary adapter: the opaque page cursor of every list on the table: the key DynamoDB continues from, readable
// back only as a position in the same partition.
import { ValidatieFout } from '../domain/fouten';

/** The key DynamoDB continues from, base64url-encoded. */
export function schrijfCursor(sleutel: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(sleutel)).toString('base64url');
}

/**
 * A cursor back into a key, accepted only with exactly the key attributes of this query (strings) and the fixed
 * values given (the partition of this gemeente): a cursor can never page another gemeente's rows.
 */
export function leesCursor(
  cursor: string,
  velden: readonly string[],
  vast: Record<string, string>,
): Record<string, string> {
  return eisSleutel(cursorInhoud(cursor), velden, vast);
}

/** What a cursor of ours encodes (base64url JSON), or the 400. */
export function cursorInhoud(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorOngeldig();
  }
}

/** A key read back from a cursor: exactly `velden` (strings) with the values of `vast`, or the 400. */
export function eisSleutel(
  sleutel: unknown,
  velden: readonly string[],
  vast: Record<string, string>,
): Record<string, string> {
  if (typeof sleutel !== 'object' || sleutel === null || Array.isArray(sleutel)) throw cursorOngeldig();
  const s = sleutel as Record<string, unknown>;
  const sleutels = Object.keys(s).sort();
  if (sleutels.join() !== [...velden].sort().join() || !sleutels.every((k) => typeof s[k] === 'string')) {
    throw cursorOngeldig();
  }
  if (Object.entries(vast).some(([k, v]) => s[k] !== v)) throw cursorOngeldig();
  return s as Record<string, string>;
}

/** The 400 for a cursor this list did not give out. */
export function cursorOngeldig(): ValidatieFout {
  return new ValidatieFout('CURSOR_ONGELDIG', 'de cursor hoort niet bij deze lijst', [
    { veld: 'cursor', melding: 'gebruik de cursor uit het vorige antwoord van dezelfde lijst' },
  ]);
}
