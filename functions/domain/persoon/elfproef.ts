// Domain layer: the elfproef of a burgerservicenummer.

/**
 * A BSN has 9 digits (8 with a leading zero added) and passes the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a
 * multiple of 11 (Logisch Ontwerp BSN, RvIG; the "−1" weight is what sets the BSN apart from the bank-account test).
 * 000000000 passes the sum but is no number anyone has, so it is refused.
 */
export function isGeldigBsn(waarde: string): boolean {
  const bsn = waarde.length === 8 ? `0${waarde}` : waarde;
  if (!/^\d{9}$/.test(bsn) || /^0+$/.test(bsn)) return false;
  const cijfers = [...bsn].map(Number);
  const som = cijfers.reduce((s, c, i) => s + c * (i === 8 ? -1 : 9 - i), 0);
  return som % 11 === 0;
}
