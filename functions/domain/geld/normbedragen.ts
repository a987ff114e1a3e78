// Domain layer: dated bijstandsnormen (Participatiewet art. 20–22, per month, including vakantietoeslag) in cents, each with its source.
import { deelAfgerond } from './cent';
import { GeldFout, GeldFoutCode } from './geld-fout';

/**
 * Household situations with their own norm. "pensioengerechtigd" = the AOW-leeftijd (pensioengerechtigde leeftijd);
 * "jonger-dan-21" = 18, 19 or 20 years (Participatiewet art. 20).
 */
export const HUISHOUDENS = [
  'alleenstaande',
  'alleenstaande-ouder',
  'gehuwden',
  'alleenstaande-pensioengerechtigd',
  'gehuwden-pensioengerechtigd',
  'alleenstaande-jonger-dan-21',
  'gehuwden-beiden-jonger-dan-21-zonder-kinderen',
  'gehuwden-beiden-jonger-dan-21-met-kinderen',
  'gehuwden-een-jonger-dan-21-zonder-kinderen',
  'gehuwden-een-jonger-dan-21-met-kinderen',
] as const;
export type Huishouden = (typeof HUISHOUDENS)[number];

/** Dutch description of each household situation, for the calculation lines a resident reads. */
export const HUISHOUDEN_LABEL: Record<Huishouden, string> = {
  alleenstaande: 'alleenstaande, 21 jaar tot AOW-leeftijd',
  'alleenstaande-ouder': 'alleenstaande ouder, 21 jaar tot AOW-leeftijd',
  gehuwden: 'gehuwden of samenwonenden, beiden 21 jaar tot AOW-leeftijd',
  'alleenstaande-pensioengerechtigd': 'alleenstaande (ouder) met AOW-leeftijd',
  'gehuwden-pensioengerechtigd': 'gehuwden of samenwonenden, één of beiden met AOW-leeftijd',
  'alleenstaande-jonger-dan-21': 'alleenstaande (ouder) van 18, 19 of 20 jaar',
  'gehuwden-beiden-jonger-dan-21-zonder-kinderen': 'gehuwden, beiden 18, 19 of 20 jaar, zonder kinderen',
  'gehuwden-beiden-jonger-dan-21-met-kinderen': 'gehuwden, beiden 18, 19 of 20 jaar, met kinderen',
  'gehuwden-een-jonger-dan-21-zonder-kinderen': 'gehuwden, één 18, 19 of 20 jaar en één 21 of ouder, zonder kinderen',
  'gehuwden-een-jonger-dan-21-met-kinderen': 'gehuwden, één 18, 19 of 20 jaar en één 21 of ouder, met kinderen',
};

export interface Normbedrag {
  /** Per month, including vakantietoeslag (Participatiewet art. 19 lid 3: 5 % of the norm including it). */
  cent: number;
  bron: string;
}

export interface Normtabel {
  /** First day of validity, ISO date. */
  geldigVanaf: string;
  /** Last day of validity (inclusive), ISO date. */
  geldigTot: string;
  /** The canonical publication; we did not read it ourselves (see `normen[*].bron` for what we did read). */
  regeling: string;
  /** `null`: no source we could read gives this amount for this period; asking for it is an error, never a guess. */
  normen: Record<Huishouden, Normbedrag | null>;
}

// Sources actually read (public pages of gemeenten and a sociale dienst that reproduce the Regeling normbedragen):
const VELSEN_2024_01 =
  'gemeente Velsen, "Bijstandsnormen per 1 januari 2024" (velsen.nl/bijstandsnormen-per-1-januari-2024)';
const WESTLAND_2024_01 =
  'gemeente Westland, "Normenoverzicht minimuminkomen voor de bijzondere bijstand", normbedragen Participatiewet met ingang van 1 januari 2024';
const VELSEN_2024_07 = 'gemeente Velsen, "Bijstandsnormen per 1 juli 2024" (velsen.nl/bijstandsnormen-per-1-juli-2024)';
const WESTLAND_2025_01 =
  'gemeente Westland, "Normenoverzicht minimuminkomen voor de bijzondere bijstand", normbedragen Participatiewet met ingang van 1 januari 2025';
const FIJNDER_2025_07 =
  'Fijnder (sociale dienst), "Benefit amounts Participation law", bedragen per 1 juli 2025 (fijnder.nl/en/benefit-amounts-participation-law-1)';
const DESIGN = 'schuldhulp-flow DESIGN.md § 3.2';

const n = (cent: number, ...bronnen: string[]): Normbedrag => ({ cent, bron: bronnen.join('; ') });

/**
 * The tables, oldest first, contiguous. A date before the first or after the last is `GEEN_NORMTABEL`.
 * 2026: no source we could read gives the amounts, so there is deliberately no 2026 table yet.
 */
export const NORMTABELLEN: readonly Normtabel[] = [
  {
    geldigVanaf: '2024-01-01',
    geldigTot: '2024-06-30',
    regeling: 'Regeling normbedragen Participatiewet per 1 januari 2024 (Staatscourant); tekst niet zelf ingezien',
    normen: {
      alleenstaande: n(128383, VELSEN_2024_01, WESTLAND_2024_01, DESIGN),
      'alleenstaande-ouder': n(128383, VELSEN_2024_01, WESTLAND_2024_01),
      gehuwden: n(183404, VELSEN_2024_01, WESTLAND_2024_01, DESIGN),
      'alleenstaande-pensioengerechtigd': n(142576, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-pensioengerechtigd': n(193398, VELSEN_2024_01, WESTLAND_2024_01),
      'alleenstaande-jonger-dan-21': n(31694, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(63388, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(100069, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(123396, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-een-jonger-dan-21-met-kinderen': n(160077, VELSEN_2024_01, WESTLAND_2024_01),
    },
  },
  {
    geldigVanaf: '2024-07-01',
    geldigTot: '2024-12-31',
    regeling:
      'Regeling normbedragen Participatiewet per 1 juli 2024 (Staatscourant; aangekondigd in de Normenbrief 1 juli 2024 van SZW); tekst niet zelf ingezien',
    normen: {
      alleenstaande: n(130845, VELSEN_2024_07, DESIGN),
      'alleenstaande-ouder': n(130845, VELSEN_2024_07),
      gehuwden: n(186921, VELSEN_2024_07, DESIGN),
      'alleenstaande-pensioengerechtigd': n(145685, VELSEN_2024_07),
      'gehuwden-pensioengerechtigd': n(197664, VELSEN_2024_07),
      'alleenstaande-jonger-dan-21': n(32303, VELSEN_2024_07),
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(64606, VELSEN_2024_07),
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(101990, VELSEN_2024_07),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(125764, VELSEN_2024_07),
      'gehuwden-een-jonger-dan-21-met-kinderen': n(163148, VELSEN_2024_07),
    },
  },
  {
    geldigVanaf: '2025-01-01',
    geldigTot: '2025-06-30',
    regeling: 'Regeling normbedragen Participatiewet per 1 januari 2025 (Staatscourant); tekst niet zelf ingezien',
    normen: {
      alleenstaande: n(134545, WESTLAND_2025_01, DESIGN),
      'alleenstaande-ouder': n(134545, WESTLAND_2025_01),
      gehuwden: n(192207, WESTLAND_2025_01, DESIGN),
      'alleenstaande-pensioengerechtigd': n(150107, WESTLAND_2025_01),
      'gehuwden-pensioengerechtigd': n(205348, WESTLAND_2025_01),
      'alleenstaande-jonger-dan-21': n(33217, WESTLAND_2025_01),
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(66434, WESTLAND_2025_01),
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(104875, WESTLAND_2025_01),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(129321, WESTLAND_2025_01),
      'gehuwden-een-jonger-dan-21-met-kinderen': n(167762, WESTLAND_2025_01),
    },
  },
  {
    geldigVanaf: '2025-07-01',
    geldigTot: '2025-12-31',
    regeling: 'Regeling normbedragen Participatiewet per 1 juli 2025 (Staatscourant); tekst niet zelf ingezien',
    normen: {
      alleenstaande: n(136906, FIJNDER_2025_07, DESIGN),
      'alleenstaande-ouder': n(136906, FIJNDER_2025_07),
      gehuwden: n(195580, FIJNDER_2025_07, DESIGN),
      'alleenstaande-pensioengerechtigd': n(153021, FIJNDER_2025_07),
      // Fijnder labels this "one at (AOW) pension age and the other not"; Velsen and Westland give one amount for
      // "one or both" in earlier periods, so we apply it to both (not verified for 1 July 2025 separately).
      'gehuwden-pensioengerechtigd': n(209498, FIJNDER_2025_07),
      'alleenstaande-jonger-dan-21': n(33798, FIJNDER_2025_07),
      // The page we read lists the under-21 couples only once; its amounts (€ 1.067,12 and € 1.707,04) follow the
      // "met kinderen" amounts of 1 January 2025 (× 1,0175), so they are taken as "met kinderen". The "zonder
      // kinderen" amounts for 1 July 2025 were in no source we could read: null, so asking for them is an error.
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': null,
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(106712, FIJNDER_2025_07),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': null,
      'gehuwden-een-jonger-dan-21-met-kinderen': n(170704, FIJNDER_2025_07),
    },
  },
];

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD`. */
export function isIsoDatum(datum: string): boolean {
  const m = ISO_DATUM.exec(datum);
  if (!m) return false;
  const d = new Date(`${datum}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === datum;
}

/** The table in force on `peildatum`; `GEEN_NORMTABEL` when there is none (never the nearest one). */
export function normtabelOp(peildatum: string, veld = 'peildatum'): Normtabel {
  if (!isIsoDatum(peildatum)) {
    throw new GeldFout(GeldFoutCode.ONGELDIGE_DATUM, `${veld} moet een datum zijn als JJJJ-MM-DD`, veld);
  }
  const tabel = NORMTABELLEN.find((t) => t.geldigVanaf <= peildatum && peildatum <= t.geldigTot);
  if (!tabel) {
    const eerste = NORMTABELLEN[0]?.geldigVanaf ?? '-';
    const laatste = NORMTABELLEN[NORMTABELLEN.length - 1]?.geldigTot ?? '-';
    throw new GeldFout(
      GeldFoutCode.GEEN_NORMTABEL,
      `Er is geen normtabel voor ${peildatum}: bijstandsnormen zijn opgenomen van ${eerste} tot en met ${laatste}`,
      veld,
    );
  }
  return tabel;
}

export interface ToepasselijkeNorm extends Normbedrag {
  huishouden: Huishouden;
  geldigVanaf: string;
  geldigTot: string;
  regeling: string;
}

/** The bijstandsnorm (incl. vakantietoeslag) for a household on a date. */
export function bijstandsnormOp(peildatum: string, huishouden: Huishouden): ToepasselijkeNorm {
  if (!(HUISHOUDENS as readonly string[]).includes(huishouden)) {
    throw new GeldFout(GeldFoutCode.ONBEKEND_HUISHOUDEN, `Onbekend huishouden: ${String(huishouden)}`, 'huishouden');
  }
  const tabel = normtabelOp(peildatum);
  const norm = tabel.normen[huishouden];
  if (!norm) {
    throw new GeldFout(
      GeldFoutCode.GEEN_NORM_VOOR_HUISHOUDEN,
      `Voor ${HUISHOUDEN_LABEL[huishouden]} is de norm per ${tabel.geldigVanaf} niet in een gecontroleerde bron gevonden`,
      'huishouden',
    );
  }
  return { ...norm, huishouden, geldigVanaf: tabel.geldigVanaf, geldigTot: tabel.geldigTot, regeling: tabel.regeling };
}

/**
 * Kostendelersnorm per person (Participatiewet art. 22a): ((40 + A × 30) / A) % of the gehuwdennorm, A = the
 * number of kostendelende medebewoners including the person. Rounded half-up to the cent; this reproduces every
 * published amount we checked (Velsen 1-1-2024: 2 → € 917,02 … 6 → € 672,48; 1-7-2024: 2 → € 934,61, 3 → € 809,99).
 * Not applied by the VTLB: whether the Recofa method uses it for the beslagvrije voet could not be verified.
 */
export function kostendelersnorm(gehuwdennormCent: number, aantalKostendelers: number): number {
  if (!Number.isSafeInteger(aantalKostendelers) || aantalKostendelers < 1) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      'aantal kostendelers moet 1 of meer zijn',
      'aantalKostendelers',
    );
  }
  return deelAfgerond(gehuwdennormCent * (40 + 30 * aantalKostendelers), 100 * aantalKostendelers);
}
