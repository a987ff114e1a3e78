// Domain layer: splits the amount offered over the creditors (pondspondsgewijs, preferent × factor) in exact integer cents.
import { eisCent } from './cent';
import { GeldFout, GeldFoutCode } from './geld-fout';

export const SCHULD_SOORTEN = ['preferent', 'concurrent'] as const;
export type SchuldSoort = (typeof SCHULD_SOORTEN)[number];

export interface Schuld {
  schuldeiserId: string;
  naam: string;
  bedragCent: number;
  soort: SchuldSoort;
  /** Convenant Lokale Overheid: agrees in advance to NVVK proposals. Does not change its share; passed through. */
  lokaleOverheid: boolean;
}

export interface Aandeel extends Schuld {
  aanbodCent: number;
  /** aanbod / schuld × 100, rounded to 2 decimals, for display only (the cents are exact). */
  percentage: number;
}

export interface Verdeling {
  totaalSchuldCent: number;
  aanbodCent: number;
  /** The exact (unrounded) percentage for concurrent creditors, to 4 decimals; null when there are none. */
  percentageConcurrent: number | null;
  /** The exact percentage for preferent creditors, to 4 decimals: factor × concurrent, at most 100. */
  percentagePreferent: number | null;
  /** True when the preferent percentage hit 100 % and the surplus went to the concurrent creditors. */
  preferentGemaximeerd: boolean;
  aandelen: Aandeel[];
}

/** Default: preferent creditors get twice the concurrent percentage (common practice; DESIGN.md § 3.2). */
export const STANDAARD_PREFERENT_FACTOR = 2;

/** Factor in hundredths, so 1.5 is exact; at most 2 decimals. */
function factorInHonderdsten(factor: number): bigint {
  const h = Math.round(factor * 100);
  if (!Number.isFinite(factor) || factor < 1 || factor > 10 || Math.abs(h - factor * 100) > 1e-9) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      'preferentFactor moet tussen 1 en 10 liggen, met hoogstens 2 decimalen',
      'preferentFactor',
    );
  }
  return BigInt(h);
}

function afgerond(teller: bigint, noemer: bigint, decimalen: number): number {
  const schaal = 10n ** BigInt(decimalen);
  return Number((teller * schaal * 2n + noemer) / (2n * noemer)) / Number(schaal);
}

/**
 * Splits `aanbodCent` (what the credit or the regeling makes available; capped at the total debt) over the creditors.
 *
 * Rule: every concurrent creditor gets the same percentage p of its claim; every preferent creditor gets
 * min(factor × p, 100 %). p is the largest value for which the total equals the amount offered, so whatever a
 * preferent creditor cannot take above 100 % goes to the concurrent creditors (pondspondsgewijs). Nobody exceeds
 * 100 %; when the offer covers the whole debt everyone gets 100 %.
 *
 * Rounding (largest remainder): each creditor first gets its exact share rounded down to the cent; the cents left
 * over (fewer than the number of creditors) go one each to the creditors with the largest dropped fraction, ties
 * broken by `schuldeiserId` in ascending code-point order, then by position in the input. A creditor at exactly
 * 100 % has no fraction and so never receives an extra cent. The parts always sum exactly to the amount offered.
 */
export function verdeelAanbod(
  schulden: readonly Schuld[],
  aanbodCent: number,
  preferentFactor: number = STANDAARD_PREFERENT_FACTOR,
): Verdeling {
  if (schulden.length === 0)
    throw new GeldFout(GeldFoutCode.GEEN_SCHULDEN, 'Er zijn geen schulden opgegeven', 'schulden');
  const ids = new Set<string>();
  schulden.forEach((s, i) => {
    if (ids.has(s.schuldeiserId)) {
      throw new GeldFout(
        GeldFoutCode.DUBBELE_SCHULDEISER,
        `Schuldeiser ${s.schuldeiserId} staat meer dan eens in de lijst`,
        `schulden.${i}.schuldeiserId`,
      );
    }
    ids.add(s.schuldeiserId);
    eisCent(s.bedragCent, `schulden.${i}.bedragCent`);
    if (s.bedragCent === 0) {
      throw new GeldFout(
        GeldFoutCode.ONGELDIG_BEDRAG,
        'Een schuld moet groter zijn dan € 0,00',
        `schulden.${i}.bedragCent`,
      );
    }
  });
  const F = factorInHonderdsten(preferentFactor);
  const totaal = schulden.reduce((s, x) => s + x.bedragCent, 0);
  const T = BigInt(Math.min(eisCent(aanbodCent, 'aanbodCent'), totaal));
  const C = BigInt(schulden.filter((s) => s.soort === 'concurrent').reduce((s, x) => s + x.bedragCent, 0));
  const P = BigInt(schulden.filter((s) => s.soort === 'preferent').reduce((s, x) => s + x.bedragCent, 0));

  // Exact shares as numerator / common denominator.
  let teller: (s: Schuld) => bigint;
  let noemer: bigint;
  let pConc: [bigint, bigint] | null; // concurrent fraction of the claim
  let pPref: [bigint, bigint] | null;
  let gemaximeerd = false;
  const Q = 100n * C + F * P; // p = 100·T / Q without the cap
  if (T === BigInt(totaal)) {
    teller = (s) => BigInt(s.bedragCent);
    noemer = 1n;
    pConc = [1n, 1n];
    pPref = [1n, 1n];
  } else if (F * T <= Q) {
    // factor × p ≤ 1: no cap.
    teller = (s) => BigInt(s.bedragCent) * T * (s.soort === 'preferent' ? F : 100n);
    noemer = Q;
    pConc = [100n * T, Q];
    pPref = [F * T, Q];
  } else {
    // Preferent capped at 100 %; the rest goes to the concurrent creditors (C > 0 here, else T would be the total).
    gemaximeerd = true;
    teller = (s) => (s.soort === 'preferent' ? BigInt(s.bedragCent) * C : BigInt(s.bedragCent) * (T - P));
    noemer = C;
    pConc = [T - P, C];
    pPref = [1n, 1n];
  }
  if (C === 0n) pConc = null;
  if (P === 0n) pPref = null;

  const ruw = schulden.map((s, index) => {
    const t = teller(s);
    return { s, index, basis: t / noemer, rest: t % noemer };
  });
  let over = T - ruw.reduce((som, r) => som + r.basis, 0n);
  const volgorde = [...ruw].sort((a, b) => {
    if (a.rest !== b.rest) return a.rest > b.rest ? -1 : 1;
    if (a.s.schuldeiserId !== b.s.schuldeiserId) return a.s.schuldeiserId < b.s.schuldeiserId ? -1 : 1;
    return a.index - b.index;
  });
  const extra = new Set<number>();
  for (const r of volgorde) {
    if (over === 0n) break;
    extra.add(r.index);
    over -= 1n;
  }

  const aandelen: Aandeel[] = ruw.map((r) => {
    const aanbod = Number(r.basis) + (extra.has(r.index) ? 1 : 0);
    return { ...r.s, aanbodCent: aanbod, percentage: afgerond(BigInt(aanbod) * 100n, BigInt(r.s.bedragCent), 2) };
  });
  return {
    totaalSchuldCent: totaal,
    aanbodCent: Number(T),
    percentageConcurrent: pConc ? afgerond(pConc[0] * 100n, pConc[1], 4) : null,
    percentagePreferent: pPref ? afgerond(pPref[0] * 100n, pPref[1], 4) : null,
    preferentGemaximeerd: gemaximeerd && P > 0n,
    aandelen,
  };
}
