// Domain layer: the saneringskrediet: what the kredietbank lends against the monthly capacity, its repayment schedule, and the offer per creditor.
import { type Berekeningsregel, regel } from './berekeningsregel';
import { eisCent } from './cent';
import { GeldFout, GeldFoutCode } from './geld-fout';
import { type Schuld, STANDAARD_PREFERENT_FACTOR, type Verdeling, verdeelAanbod } from './verdeling';

/**
 * Discounting convention (documented choice; the kredietbanken do not publish theirs):
 * - nominal annual rate in basis points (350 = 3,50 %); monthly rate r = annual / 12; 0 allowed;
 * - instalments in arrears: the first is paid one month after the credit is paid out;
 * - interest each month = remaining debt × r, rounded half-up to the cent.
 * The credit is the largest amount in cents that the planned instalments repay exactly under that schedule: the
 * present value Σ termijn_t / (1 + r)^t computed month by month in whole cents (at most a few cents below the
 * closed-form present value; equal to the sum of the instalments at 0 %). No instalment in the schedule ever exceeds
 * the planned one (the afloscapaciteit of that month).
 */
export const MAX_JAARRENTE_BASISPUNTEN = 2000;

function eisBasispunten(bp: number): bigint {
  if (!Number.isSafeInteger(bp) || bp < 0 || bp > MAX_JAARRENTE_BASISPUNTEN) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      `jaarrenteBasispunten moet een geheel getal van 0 tot en met ${MAX_JAARRENTE_BASISPUNTEN} zijn`,
      'jaarrenteBasispunten',
    );
  }
  return BigInt(bp);
}

/** Interest for one month on `schuld` cents: schuld × bp / 120 000, rounded half-up. */
function maandrente(schuld: bigint, bp: bigint): bigint {
  return (schuld * bp * 2n + 120000n) / 240000n;
}

/**
 * The credit the instalments can carry (see the convention above). Backward from a zero balance after the last
 * month: the balance before month t is the largest x with x + rente(x) ≤ termijn_t + balance after month t.
 */
export function kredietruimte(termijnenCent: readonly number[], jaarrenteBasispunten: number): number {
  const bp = eisBasispunten(jaarrenteBasispunten);
  let na = 0n;
  for (let t = termijnenCent.length - 1; t >= 0; t--) {
    const doel = BigInt(eisCent(termijnenCent[t] ?? 0, `termijnenCent.${t}`)) + na;
    // x + rente(x) is non-decreasing in x; start near doel / (1 + r) and correct by steps.
    let x = (doel * 120000n) / (120000n + bp);
    while (x > 0n && x + maandrente(x, bp) > doel) x -= 1n;
    while (x + 1n + maandrente(x + 1n, bp) <= doel) x += 1n;
    na = x;
  }
  return Number(na);
}

export interface Schemaregel {
  /** 1-based month of the term. */
  maand: number;
  termijnCent: number;
  renteCent: number;
  aflossingCent: number;
  restschuldCent: number;
}

/**
 * Repayment schedule of `kredietCent`: each month pays the planned instalment, or less when that clears the debt.
 * Sums are exact: Σ aflossing = krediet and Σ termijn = Σ rente + krediet. Rows stop when the debt is cleared.
 * Throws when the instalments cannot repay the credit within the term (a credit above `kredietruimte`).
 */
export function aflosschema(
  kredietCent: number,
  termijnenCent: readonly number[],
  jaarrenteBasispunten: number,
): Schemaregel[] {
  const bp = eisBasispunten(jaarrenteBasispunten);
  let schuld = BigInt(eisCent(kredietCent, 'kredietCent'));
  const rijen: Schemaregel[] = [];
  for (let t = 0; t < termijnenCent.length && schuld > 0n; t++) {
    const rente = maandrente(schuld, bp);
    const gepland = BigInt(eisCent(termijnenCent[t] ?? 0, `termijnenCent.${t}`));
    const termijn = gepland < schuld + rente ? gepland : schuld + rente;
    schuld = schuld + rente - termijn;
    rijen.push({
      maand: t + 1,
      termijnCent: Number(termijn),
      renteCent: Number(rente),
      aflossingCent: Number(termijn - rente),
      restschuldCent: Number(schuld),
    });
  }
  if (schuld > 0n) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      'De termijnen lossen het krediet niet binnen de looptijd af',
      'kredietCent',
    );
  }
  return rijen;
}

export interface SaneringskredietInvoer {
  /** Afloscapaciteit per month of the term (usually 18 months), the planned instalments. */
  termijnenCent: readonly number[];
  jaarrenteBasispunten: number;
  schulden: readonly Schuld[];
  preferentFactor?: number;
}

export interface SaneringskredietUitkomst {
  /** Planned term in months (the number of instalments given). */
  looptijdMaanden: number;
  /** Months actually needed; shorter than planned when the offer covers the whole debt. */
  werkelijkeLooptijdMaanden: number;
  jaarrenteBasispunten: number;
  /** What the instalments can carry (present value). */
  kredietruimteCent: number;
  /** The credit actually lent = min(kredietruimte, total debt) = what the creditors receive at once. */
  kredietCent: number;
  totaleRenteCent: number;
  /** True when the offer covers every claim in full (100 % for everyone). */
  volledigeBetaling: boolean;
  verdeling: Verdeling;
  aflosschema: Schemaregel[];
  regels: Berekeningsregel[];
}

/**
 * Saneringskrediet and the offer per creditor.
 *
 * Primary course:
 * 1. Kredietruimte = present value of the planned instalments at the kredietbank's rate.
 * 2. Credit = min(kredietruimte, total debt). When the debt is smaller, everyone gets 100 % and the schedule ends as
 *    soon as the credit is repaid (the household pays less, over a shorter term; the last instalment may be partial).
 * 3. Split the credit over the creditors (verdeelAanbod) and build the repayment schedule.
 */
export function berekenSaneringskrediet(invoer: SaneringskredietInvoer): SaneringskredietUitkomst {
  if (invoer.termijnenCent.length === 0) {
    throw new GeldFout(GeldFoutCode.ONGELDIGE_PARAMETER, 'Er zijn geen termijnen opgegeven', 'termijnenCent');
  }
  const ruimte = kredietruimte(invoer.termijnenCent, invoer.jaarrenteBasispunten);
  const verdeling = verdeelAanbod(invoer.schulden, ruimte, invoer.preferentFactor ?? STANDAARD_PREFERENT_FACTOR);
  const krediet = verdeling.aanbodCent;
  const schema = aflosschema(krediet, invoer.termijnenCent, invoer.jaarrenteBasispunten);
  const rente = schema.reduce((s, r) => s + r.renteCent, 0);
  const volledig = krediet === verdeling.totaalSchuldCent;
  const som = invoer.termijnenCent.reduce((s, t) => s + t, 0);
  const renteTekst = `${(invoer.jaarrenteBasispunten / 100).toFixed(2).replace('.', ',')}% per jaar`;
  const regels: Berekeningsregel[] = [
    regel(
      'TERMIJNEN_TOTAAL',
      `Afloscapaciteit over ${invoer.termijnenCent.length} maanden`,
      som,
      'zie de afloscapaciteit',
    ),
    regel(
      'RENTE_KREDIETBANK',
      `Min: rente van de kredietbank (${renteTekst}), contante waarde`,
      ruimte - som,
      'saneringskrediet.ts: maandrente = jaarrente / 12, termijnen achteraf, rente per maand op centen afgerond',
    ),
    regel(
      'KREDIETRUIMTE',
      'Bedrag dat met deze termijnen geleend kan worden',
      ruimte,
      'saneringskrediet: contante waarde van de termijnen',
    ),
    regel('TOTALE_SCHULD', 'Totaal van de schulden', verdeling.totaalSchuldCent, 'opgave schuldeisers'),
    regel(
      'SANERINGSKREDIET',
      volledig
        ? `Saneringskrediet: alle schulden worden volledig betaald, terugbetaling in ${schema.length} maanden`
        : 'Saneringskrediet: wordt in één keer verdeeld over de schuldeisers, tegen finale kwijting',
      krediet,
      'DESIGN.md § 3.2 (saneringskrediet)',
    ),
    regel('TOTALE_RENTE', 'Rente die u over het krediet betaalt', rente, 'aflosschema'),
  ];
  return {
    looptijdMaanden: invoer.termijnenCent.length,
    werkelijkeLooptijdMaanden: schema.length,
    jaarrenteBasispunten: invoer.jaarrenteBasispunten,
    kredietruimteCent: ruimte,
    kredietCent: krediet,
    totaleRenteCent: rente,
    volledigeBetaling: volledig,
    verdeling,
    aflosschema: schema,
    regels,
  };
}
