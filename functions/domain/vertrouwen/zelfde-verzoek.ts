// Domain core: is a repeated command the same request as the one already recorded? A replay is recognised by its
// whole body (every field, in any key order), never by one field such as the date.

/** JSON with the object keys sorted, so two bodies that differ only in key order compare equal. */
export function canoniek(waarde: unknown): string {
  return JSON.stringify(waarde, (_sleutel, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function zelfdeVerzoek(a: unknown, b: unknown): boolean {
  return canoniek(a) === canoniek(b);
}
