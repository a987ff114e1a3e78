// Domain layer: what the household can repay each month of the term: income − VTLB, never below zero.
import { type Berekeningsregel, regel } from './berekeningsregel';
import { eisCent } from './cent';
import { GeldFout, GeldFoutCode } from './geld-fout';

/** Schuldregeling and saneringskrediet term since 1 July 2023 (NVVK; Fw art. 349a for the WSNP). */
export const STANDAARD_LOOPTIJD_MAANDEN = 18;

/**
 * How vakantiegeld and eindejaarsuitkering count over the term (not settled in the sources, so a choice):
 * - `gespreid` (default): (annual vakantiegeld + annual eindejaarsuitkering) / 12, rounded down to the cent, is added
 *   to every month. Why the default: the bijstandsnorm in the VTLB includes the vakantietoeslag as a monthly amount,
 *   so income is compared like for like; the offer does not depend on which month the term starts; and a
 *   saneringskrediet needs a steady instalment. Rounding down never overstates the capacity.
 * - `in-uitbetalingsmaand`: the payments count in the month they are paid (default May for vakantiegeld, December for
 *   the eindejaarsuitkering), so each month has its own capacity. Months where income is below the VTLB then count as
 *   0 and are not offset against the payment month, which can give a lower total than `gespreid`.
 */
export const VAKANTIEGELD_VERWERKINGEN = ['gespreid', 'in-uitbetalingsmaand'] as const;
export type VakantiegeldVerwerking = (typeof VAKANTIEGELD_VERWERKINGEN)[number];

export interface AfloscapaciteitInvoer {
  /** VTLB per month (from `berekenVtlb`), kept fixed over the term: the offer is made on the peildatum's norms. */
  vtlbCent: number;
  /**
   * Net income per month WITHOUT vakantiegeld, eindejaarsuitkering, toeslagen (huur-, zorg-, kinderopvangtoeslag),
   * kinderbijslag and kindgebonden budget: those are not income for the afloscapaciteit.
   */
  inkomenCent: number;
  vakantiegeldPerJaarCent?: number;
  eindejaarsuitkeringPerJaarCent?: number;
  /** 1–12; default 5 (May). Only for `in-uitbetalingsmaand`. */
  vakantiegeldMaand?: number;
  /** 1–12; default 12. Only for `in-uitbetalingsmaand`. */
  eindejaarsuitkeringMaand?: number;
  /** First month of the term, `YYYY-MM`. */
  eersteMaand: string;
  looptijdMaanden?: number;
  vakantiegeldVerwerking?: VakantiegeldVerwerking;
}

export interface MaandCapaciteit {
  /** `YYYY-MM` */
  maand: string;
  inkomenCent: number;
  vtlbCent: number;
  afloscapaciteitCent: number;
}

export interface AfloscapaciteitUitkomst {
  vakantiegeldVerwerking: VakantiegeldVerwerking;
  maanden: MaandCapaciteit[];
  totaalCent: number;
  regels: Berekeningsregel[];
}

const NVVK = 'NVVK Gedragscode Schuldregeling: afloscapaciteit = inkomen − vtlb, nooit lager dan nul';
const KEUZE = 'keuze schuldhulp-flow (bronnen regelen dit niet), zie afloscapaciteit.ts';

function maandNa(eerste: string, stappen: number): { maand: string; maandNummer: number } {
  const jaar = Number(eerste.slice(0, 4));
  const m0 = Number(eerste.slice(5, 7)) - 1 + stappen;
  const j = jaar + Math.floor(m0 / 12);
  const m = (m0 % 12) + 1;
  return { maand: `${j}-${String(m).padStart(2, '0')}`, maandNummer: m };
}

function eisMaandNummer(m: number, veld: string): number {
  if (!Number.isInteger(m) || m < 1 || m > 12) {
    throw new GeldFout(GeldFoutCode.ONGELDIGE_PARAMETER, `${veld} moet een maand 1 tot en met 12 zijn`, veld);
  }
  return m;
}

/**
 * Afloscapaciteit per month over the term.
 *
 * Primary course:
 * 1. Validate the amounts (integer cents, ≥ 0).
 * 2. Per month: income (with vakantiegeld and eindejaarsuitkering per the chosen verwerking) − VTLB, floored at 0.
 * 3. Sum over the term.
 */
export function berekenAfloscapaciteit(invoer: AfloscapaciteitInvoer): AfloscapaciteitUitkomst {
  const vtlb = eisCent(invoer.vtlbCent, 'vtlbCent');
  const inkomen = eisCent(invoer.inkomenCent, 'inkomenCent');
  const vakantiegeld = eisCent(invoer.vakantiegeldPerJaarCent ?? 0, 'vakantiegeldPerJaarCent');
  const eindejaars = eisCent(invoer.eindejaarsuitkeringPerJaarCent ?? 0, 'eindejaarsuitkeringPerJaarCent');
  const verwerking = invoer.vakantiegeldVerwerking ?? 'gespreid';
  if (!(VAKANTIEGELD_VERWERKINGEN as readonly string[]).includes(verwerking)) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      `Onbekende verwerking: ${verwerking}`,
      'vakantiegeldVerwerking',
    );
  }
  const looptijd = invoer.looptijdMaanden ?? STANDAARD_LOOPTIJD_MAANDEN;
  if (!Number.isInteger(looptijd) || looptijd < 1 || looptijd > 120) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      'looptijdMaanden moet 1 tot en met 120 zijn',
      'looptijdMaanden',
    );
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(invoer.eersteMaand)) {
    throw new GeldFout(GeldFoutCode.ONGELDIGE_DATUM, 'eersteMaand moet JJJJ-MM zijn', 'eersteMaand');
  }
  const vgMaand = eisMaandNummer(invoer.vakantiegeldMaand ?? 5, 'vakantiegeldMaand');
  const ejMaand = eisMaandNummer(invoer.eindejaarsuitkeringMaand ?? 12, 'eindejaarsuitkeringMaand');

  const regels: Berekeningsregel[] = [
    regel(
      'INKOMEN',
      'Netto inkomen per maand (zonder vakantiegeld, eindejaarsuitkering, toeslagen, kinderbijslag en kindgebonden budget)',
      inkomen,
      'invoer consulent; toeslagen, kinderbijslag en kindgebonden budget tellen niet als inkomen (DESIGN.md § 3.2)',
    ),
  ];
  const gespreid = Math.floor((vakantiegeld + eindejaars) / 12);
  if (verwerking === 'gespreid' && gespreid > 0) {
    regels.push(
      regel(
        'VAKANTIEGELD_EINDEJAARSUITKERING_GESPREID',
        'Vakantiegeld en eindejaarsuitkering, per jaar gedeeld door 12 (afgerond naar beneden)',
        gespreid,
        KEUZE,
      ),
    );
  }
  regels.push(regel('VTLB', 'Min: vrij te laten bedrag', -vtlb, 'zie de VTLB-berekening'));

  const maanden: MaandCapaciteit[] = [];
  for (let i = 0; i < looptijd; i++) {
    const { maand, maandNummer } = maandNa(invoer.eersteMaand, i);
    let inkomenMaand = inkomen;
    if (verwerking === 'gespreid') inkomenMaand += gespreid;
    else {
      if (maandNummer === vgMaand) inkomenMaand += vakantiegeld;
      if (maandNummer === ejMaand) inkomenMaand += eindejaars;
    }
    maanden.push({
      maand,
      inkomenCent: inkomenMaand,
      vtlbCent: vtlb,
      afloscapaciteitCent: Math.max(0, inkomenMaand - vtlb),
    });
  }
  const totaal = maanden.reduce((s, m) => s + m.afloscapaciteitCent, 0);
  const eerste = maanden[0];
  if (verwerking === 'gespreid' && eerste) {
    regels.push(
      regel(
        'AFLOSCAPACITEIT_PER_MAAND',
        'Afloscapaciteit per maand (niet lager dan € 0,00)',
        eerste.afloscapaciteitCent,
        NVVK,
      ),
    );
  }
  regels.push(regel('AFLOSCAPACITEIT_TOTAAL', `Afloscapaciteit over ${looptijd} maanden`, totaal, NVVK));
  return { vakantiegeldVerwerking: verwerking, maanden, totaalCent: totaal, regels };
}
