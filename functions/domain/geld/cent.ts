// Domain layer: integer-cent arithmetic shared by the money core (no floats where money is summed or split).
import { GeldFout, GeldFoutCode } from './geld-fout';

/** Throws unless `bedrag` is a safe integer number of cents (and ≥ 0 unless negatives are allowed). */
export function eisCent(bedrag: number, veld: string, opties: { magNegatief?: boolean } = {}): number {
  if (!Number.isSafeInteger(bedrag)) {
    throw new GeldFout(GeldFoutCode.ONGELDIG_BEDRAG, `${veld} moet een geheel aantal centen zijn`, veld);
  }
  if (!opties.magNegatief && bedrag < 0) {
    throw new GeldFout(GeldFoutCode.ONGELDIG_BEDRAG, `${veld} mag niet negatief zijn`, veld);
  }
  return bedrag;
}

/** teller / noemer rounded half away from zero, in integers (noemer > 0). */
export function deelAfgerond(teller: number, noemer: number): number {
  const t = BigInt(teller);
  const n = BigInt(noemer);
  const abs = t < 0n ? -t : t;
  const q = (2n * abs + n) / (2n * n);
  return Number(t < 0n ? -q : q);
}

/** Formats cents as a Dutch amount (`€ 1.234,56`) for labels a resident reads. */
export function euro(cent: number): string {
  const teken = cent < 0 ? '-' : '';
  const abs = Math.abs(cent);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${teken}€ ${euros},${(abs % 100).toString().padStart(2, '0')}`;
}
