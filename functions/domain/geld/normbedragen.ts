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
  /** Every household has an amount: a table goes in only when a source we read gives all of them. */
  normen: Record<Huishouden, Normbedrag>;
}

// Sources actually read. First the public pages of gemeenten and a sociale dienst that reproduce the Regeling
// normbedragen:
const VELSEN_2024_01 =
  'gemeente Velsen, "Bijstandsnormen per 1 januari 2024" (velsen.nl/bijstandsnormen-per-1-januari-2024)';
const WESTLAND_2024_01 =
  'gemeente Westland, "Normenoverzicht minimuminkomen voor de bijzondere bijstand", normbedragen Participatiewet met ingang van 1 januari 2024';
const VELSEN_2024_07 = 'gemeente Velsen, "Bijstandsnormen per 1 juli 2024" (velsen.nl/bijstandsnormen-per-1-juli-2024)';
const WESTLAND_2025_01 =
  'gemeente Westland, "Normenoverzicht minimuminkomen voor de bijzondere bijstand", normbedragen Participatiewet met ingang van 1 januari 2025';
const FIJNDER_2025_07 =
  'Fijnder (sociale dienst), "Benefit amounts Participation law", bedragen per 1 juli 2025 (fijnder.nl/en/benefit-amounts-participation-law-1)';
// Read through the search tool; it gives € 1.932,32 for couples at AOW-leeftijd, with the law text (1 January 2024).
const KEMPENPLUS_2024_01 =
  'KempenPlus, "Normen en bedragen minimabeleid per 1 januari 2024", tabel 1b: bijstandsnormen met vakantietoeslag (kempenplus.com/normen-en-bedragen-minimabeleid)';
const DESIGN = 'schuldhulp-flow DESIGN.md § 3.2';
// Then the consolidated text of the Participatiewet itself, whose art. 20–22 carry the indexed norms (including
// vakantietoeslag) for each version date. We read it through a GitHub mirror of wetten.overheid.nl, not on
// wetten.overheid.nl itself. For every table from 1 January 2024 to 1 July 2025 the mirror's version of that date gives
// the amounts of the gemeente pages above, for every household, with one exception: couples at AOW-leeftijd on
// 1 January 2024 (see there). Where a gemeente page and the law text disagree, the law text wins. The SZW
// "Normenbrief" DMN/TTL files in sgort/ttl-editor were derived from the same law text separately, and they agree for
// 2026 (one exception, noted at 1 January 2026).
const WET_2024_01 =
  'Participatiewet art. 20–22, geconsolideerde tekst geldig vanaf 1 januari 2024 (wetten.overheid.nl/BWBR0015703/2024-01-01), gelezen in de kopie MinBZK/regelrecht-corpus (github.com/MinBZK/regelrecht-corpus/blob/9a65e953baeeb34f6b1cc03a6027133d6568f673/regulation/nl/wet/participatiewet/2024-01-01.yaml)';
const WET_2024_07 =
  'Participatiewet art. 20–22, geconsolideerde tekst geldig vanaf 1 juli 2024 (wetten.overheid.nl/BWBR0015703/2024-07-01), gelezen in de kopie MinBZK/regelrecht-corpus (github.com/MinBZK/regelrecht-corpus/blob/0dc72c8f0fb3a0f9b8a0834d1f8230c541ac84b7/regulation/nl/wet/participatiewet/2024-07-01.yaml)';
const WET_2025_01 =
  'Participatiewet art. 20–22, geconsolideerde tekst geldig vanaf 1 januari 2025 (wetten.overheid.nl/BWBR0015703/2025-01-01), gelezen in de kopie MinBZK/regelrecht-corpus (github.com/MinBZK/regelrecht-corpus/blob/5bfabcccd1b78d51e25ab5a1c1ebb85e76c18dc9/regulation/nl/wet/participatiewet/2025-01-01.yaml)';
const WET_2025_07 =
  'Participatiewet art. 20–22, geconsolideerde tekst geldig vanaf 1 juli 2025 (wetten.overheid.nl/BWBR0015703/2025-07-01), gelezen in de kopie MinBZK/regelrecht-corpus (github.com/MinBZK/regelrecht-corpus/blob/af785ad9d77a685ad9dc567c8e9b1bea772f1661/regulation/nl/wet/participatiewet/2025-07-01.yaml)';
const WET_2026_01 =
  'Participatiewet art. 20–22, geconsolideerde tekst geldig vanaf 1 januari 2026 (wetten.overheid.nl/BWBR0015703/2026-01-01), gelezen in de kopie MinBZK/regelrecht-corpus (github.com/MinBZK/regelrecht-corpus/blob/0dc72c8f0fb3a0f9b8a0834d1f8230c541ac84b7/regulation/nl/wet/participatiewet/2026-01-01.yaml)';
const SZW_DMN_2026_01 =
  'sgort/ttl-editor, "PW Normbedragen" (DMN bij het SZW-voorbeeld "Normenbrief - Informatie voor gemeenten"), regel 2026-01-01 tot 2026-07-01 (github.com/sgort/ttl-editor/blob/9c468f6806685f36c2db68787dc92e032c5a3f2e/examples/organizations/szw/PW-normbedragen.dmn)';
const WET_2026_07 =
  'Participatiewet art. 20–22, geconsolideerde tekst geldig vanaf 1 juli 2026 (wetten.overheid.nl/BWBR0015703/2026-07-01), gelezen in de kopie MinBZK/regelrecht-corpus (github.com/MinBZK/regelrecht-corpus/blob/0708b6e9dffc4351e2f8099cc354ed878fc1b71d/regulation/nl/wet/participatiewet/2026-07-01.yaml)';
const SZW_TTL_2026_07 =
  'sgort/ttl-editor, "Normenbrief - Informatie voor gemeenten" (CPRMV-regels afgeleid van BWBR0015703 geldig vanaf 2026-07-01) (github.com/sgort/ttl-editor/blob/034fa4fecd44f6cae1ff831cffb974c7d5ae02b2/examples/organizations/szw/Normenbrief---Informatie-voor-gemeenten.ttl)';

const n = (cent: number, ...bronnen: string[]): Normbedrag => ({ cent, bron: bronnen.join('; ') });

/**
 * The tables, oldest first, contiguous. A date before the first or after the last is `GEEN_NORMTABEL`.
 * The last table ends on 31 December 2026. Add 1 January 2027 only from a source that was actually read.
 */
export const NORMTABELLEN: readonly Normtabel[] = /* @__PURE__ */ (() => [
  {
    geldigVanaf: '2024-01-01',
    geldigTot: '2024-06-30',
    regeling:
      'Regeling normbedragen Participatiewet per 1 januari 2024 (Staatscourant), niet zelf ingezien; de bedragen staan in de geconsolideerde tekst van de Participatiewet art. 20–22 (wetten.overheid.nl/BWBR0015703/2024-01-01, via een kopie gelezen)',
    normen: {
      alleenstaande: n(128383, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01, DESIGN),
      'alleenstaande-ouder': n(128383, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01),
      gehuwden: n(183404, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01, DESIGN),
      'alleenstaande-pensioengerechtigd': n(142576, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01),
      // Art. 22 onderdeel b ("gehuwden waarvan beide echtgenoten de pensioengerechtigde leeftijd hebben bereikt, zonder
      // kostendelende medebewoners: € 1.932,32") and onderdeel c (one at AOW-leeftijd, the other 21 or older: also
      // € 1.932,32). KempenPlus gives € 1.932,32 too (and € 1.835,70 without vakantietoeslag, 95 % of it). Velsen and
      // Westland give € 1.933,98; they disagree with the law text, which wins, so they are not cited for this amount.
      'gehuwden-pensioengerechtigd': n(193232, WET_2024_01, KEMPENPLUS_2024_01),
      'alleenstaande-jonger-dan-21': n(31694, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(63388, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(100069, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(123396, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01),
      'gehuwden-een-jonger-dan-21-met-kinderen': n(160077, WET_2024_01, VELSEN_2024_01, WESTLAND_2024_01),
    },
  },
  {
    geldigVanaf: '2024-07-01',
    geldigTot: '2024-12-31',
    regeling:
      'Regeling normbedragen Participatiewet per 1 juli 2024 (Staatscourant; aangekondigd in de Normenbrief 1 juli 2024 van SZW), niet zelf ingezien; de bedragen staan in de geconsolideerde tekst van de Participatiewet art. 20–22 (wetten.overheid.nl/BWBR0015703/2024-07-01, via een kopie gelezen)',
    normen: {
      alleenstaande: n(130845, WET_2024_07, VELSEN_2024_07, DESIGN),
      'alleenstaande-ouder': n(130845, WET_2024_07, VELSEN_2024_07),
      gehuwden: n(186921, WET_2024_07, VELSEN_2024_07, DESIGN),
      'alleenstaande-pensioengerechtigd': n(145685, WET_2024_07, VELSEN_2024_07),
      // Art. 22 onderdelen b and c both give € 1.976,64.
      'gehuwden-pensioengerechtigd': n(197664, WET_2024_07, VELSEN_2024_07),
      'alleenstaande-jonger-dan-21': n(32303, WET_2024_07, VELSEN_2024_07),
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(64606, WET_2024_07, VELSEN_2024_07),
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(101990, WET_2024_07, VELSEN_2024_07),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(125764, WET_2024_07, VELSEN_2024_07),
      'gehuwden-een-jonger-dan-21-met-kinderen': n(163148, WET_2024_07, VELSEN_2024_07),
    },
  },
  {
    geldigVanaf: '2025-01-01',
    geldigTot: '2025-06-30',
    regeling:
      'Regeling normbedragen Participatiewet per 1 januari 2025 (Staatscourant), niet zelf ingezien; de bedragen staan in de geconsolideerde tekst van de Participatiewet art. 20–22 (wetten.overheid.nl/BWBR0015703/2025-01-01, via een kopie gelezen)',
    normen: {
      alleenstaande: n(134545, WET_2025_01, WESTLAND_2025_01, DESIGN),
      'alleenstaande-ouder': n(134545, WET_2025_01, WESTLAND_2025_01),
      gehuwden: n(192207, WET_2025_01, WESTLAND_2025_01, DESIGN),
      'alleenstaande-pensioengerechtigd': n(150107, WET_2025_01, WESTLAND_2025_01),
      // Art. 22 onderdelen b and c both give € 2.053,48.
      'gehuwden-pensioengerechtigd': n(205348, WET_2025_01, WESTLAND_2025_01),
      'alleenstaande-jonger-dan-21': n(33217, WET_2025_01, WESTLAND_2025_01),
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(66434, WET_2025_01, WESTLAND_2025_01),
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(104875, WET_2025_01, WESTLAND_2025_01),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(129321, WET_2025_01, WESTLAND_2025_01),
      'gehuwden-een-jonger-dan-21-met-kinderen': n(167762, WET_2025_01, WESTLAND_2025_01),
    },
  },
  {
    geldigVanaf: '2025-07-01',
    geldigTot: '2025-12-31',
    regeling:
      'Regeling normbedragen Participatiewet per 1 juli 2025 (Staatscourant), niet zelf ingezien; de bedragen staan in de geconsolideerde tekst van de Participatiewet art. 20–22 (wetten.overheid.nl/BWBR0015703/2025-07-01, via een kopie gelezen)',
    normen: {
      alleenstaande: n(136906, WET_2025_07, FIJNDER_2025_07, DESIGN),
      'alleenstaande-ouder': n(136906, WET_2025_07, FIJNDER_2025_07),
      gehuwden: n(195580, WET_2025_07, FIJNDER_2025_07, DESIGN),
      'alleenstaande-pensioengerechtigd': n(153021, WET_2025_07, FIJNDER_2025_07),
      // Art. 22 onderdelen b (both at AOW-leeftijd) and c (one at AOW-leeftijd, the other 21 or older) both give
      // € 2.094,98. Fijnder gives the same amount, labelled "one at (AOW) pension age and the other not".
      'gehuwden-pensioengerechtigd': n(209498, WET_2025_07, FIJNDER_2025_07),
      'alleenstaande-jonger-dan-21': n(33798, WET_2025_07, FIJNDER_2025_07),
      // Art. 20 lid 1 onderdeel b: "gehuwden waarvan beide echtgenoten 18, 19 of 20 jaar zijn: € 675,96" (without
      // children). Fijnder lists the under-21 couples only once, with the "met kinderen" amounts of lid 2.
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(67596, WET_2025_07),
      // Art. 20 lid 2 onderdeel b: € 1.067,12.
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(106712, WET_2025_07, FIJNDER_2025_07),
      // Art. 20 lid 1 onderdeel c: "gehuwden waarvan een echtgenoot 18, 19 of 20 jaar is en de andere echtgenoot
      // 21 jaar of ouder, zonder kostendelende medebewoners: € 1.315,88" (without children).
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(131588, WET_2025_07),
      // Art. 20 lid 2 onderdeel c: € 1.707,04.
      'gehuwden-een-jonger-dan-21-met-kinderen': n(170704, WET_2025_07, FIJNDER_2025_07),
    },
  },
  {
    geldigVanaf: '2026-01-01',
    geldigTot: '2026-06-30',
    regeling:
      'Participatiewet art. 20–22 zoals geïndexeerd per 1 januari 2026 (geconsolideerde tekst, wetten.overheid.nl/BWBR0015703/2026-01-01, via een kopie gelezen); de Normenbrief en de Staatscourant-mededeling niet zelf ingezien',
    normen: {
      // Art. 21 onderdeel a: "een alleenstaande of een alleenstaande ouder zonder kostendelende medebewoners:
      // € 1.401,50". This is 1 cent above 70 % of the couple norm (0,7 × € 2.002,13 = € 1.401,49). In the four tables
      // above the single norm equals that 70 % rounded to the cent. The law text and the DMN both give € 1.401,50, so
      // we keep it.
      alleenstaande: n(140150, WET_2026_01, SZW_DMN_2026_01),
      'alleenstaande-ouder': n(140150, WET_2026_01, SZW_DMN_2026_01),
      gehuwden: n(200213, WET_2026_01, SZW_DMN_2026_01),
      'alleenstaande-pensioengerechtigd': n(156469, WET_2026_01, SZW_DMN_2026_01),
      // Art. 22 onderdelen b (both at AOW-leeftijd) and c (one at AOW-leeftijd) both give € 2.144,16.
      'gehuwden-pensioengerechtigd': n(214416, WET_2026_01, SZW_DMN_2026_01),
      'alleenstaande-jonger-dan-21': n(34599, WET_2026_01, SZW_DMN_2026_01),
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(69198, WET_2026_01, SZW_DMN_2026_01),
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(109241, WET_2026_01, SZW_DMN_2026_01),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(134706, WET_2026_01, SZW_DMN_2026_01),
      // Art. 20 lid 2 onderdeel c: € 1.747,49. The DMN shows 1747.49 only under "partner > AOW" and repeats
      // € 1.347,06 under "partner 18,19,20 met kind", so here we cite only the law text. A further text gives the
      // same amount, "Wetsanalyse Log - Participatiewet 1 januari 2026" (amounts "uit Normenbrief 1 januari 2026"),
      // but the search tool did not name its repository, so it is not cited.
      'gehuwden-een-jonger-dan-21-met-kinderen': n(174749, WET_2026_01),
    },
  },
  {
    geldigVanaf: '2026-07-01',
    geldigTot: '2026-12-31',
    regeling:
      'Participatiewet art. 20–22 zoals geïndexeerd per 1 juli 2026 (geconsolideerde tekst, wetten.overheid.nl/BWBR0015703/2026-07-01, via een kopie gelezen); de Normenbrief en de Staatscourant-mededeling niet zelf ingezien',
    normen: {
      // € 1.419,46 is again 1 cent above 70 % of € 2.027,79 (€ 1.419,45); see 1 January 2026.
      alleenstaande: n(141946, WET_2026_07, SZW_TTL_2026_07),
      'alleenstaande-ouder': n(141946, WET_2026_07, SZW_TTL_2026_07),
      gehuwden: n(202779, WET_2026_07, SZW_TTL_2026_07),
      'alleenstaande-pensioengerechtigd': n(158734, WET_2026_07, SZW_TTL_2026_07),
      // Art. 22 onderdelen b and c both give € 2.176,10 in the law text. The TTL lists only onderdeel b.
      'gehuwden-pensioengerechtigd': n(217610, WET_2026_07, SZW_TTL_2026_07),
      'alleenstaande-jonger-dan-21': n(35042, WET_2026_07, SZW_TTL_2026_07),
      'gehuwden-beiden-jonger-dan-21-zonder-kinderen': n(70084, WET_2026_07, SZW_TTL_2026_07),
      'gehuwden-beiden-jonger-dan-21-met-kinderen': n(110640, WET_2026_07, SZW_TTL_2026_07),
      'gehuwden-een-jonger-dan-21-zonder-kinderen': n(136432, WET_2026_07, SZW_TTL_2026_07),
      'gehuwden-een-jonger-dan-21-met-kinderen': n(176988, WET_2026_07, SZW_TTL_2026_07),
    },
  },
])();

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD`. */
export function isIsoDatum(datum: string): boolean {
  const m = ISO_DATUM.exec(datum);
  if (!m) return false;
  const d = new Date(`${datum}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === datum;
}

/**
 * The dated table in force on `peildatum` (tables oldest first, contiguous, both bounds inclusive). An impossible date
 * is `ONGELDIGE_DATUM` naming `datumVeld`; a date outside every table is `GEEN_NORMTABEL` naming `veld`, with the text
 * `geen(eerste, laatste)`: never the nearest table.
 */
export function gedateerdeTabelOp<T extends { geldigVanaf: string; geldigTot: string }>(
  tabellen: readonly T[],
  peildatum: string,
  fout: { veld: string; datumVeld: string; geen: (eerste: string, laatste: string) => string },
): T {
  if (!isIsoDatum(peildatum)) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_DATUM,
      `${fout.datumVeld} moet een datum zijn als JJJJ-MM-DD`,
      fout.datumVeld,
    );
  }
  const tabel = tabellen.find((t) => t.geldigVanaf <= peildatum && peildatum <= t.geldigTot);
  if (!tabel) {
    const eerste = tabellen[0]?.geldigVanaf ?? '-';
    const laatste = tabellen[tabellen.length - 1]?.geldigTot ?? '-';
    throw new GeldFout(GeldFoutCode.GEEN_NORMTABEL, fout.geen(eerste, laatste), fout.veld);
  }
  return tabel;
}

/** The norm table in force on `peildatum`; `GEEN_NORMTABEL` when there is none (never the nearest one). */
export function normtabelOp(peildatum: string, veld = 'peildatum'): Normtabel {
  return gedateerdeTabelOp(NORMTABELLEN, peildatum, {
    veld,
    datumVeld: veld,
    geen: (eerste, laatste) =>
      `Er is geen normtabel voor ${peildatum}: bijstandsnormen zijn opgenomen van ${eerste} tot en met ${laatste}`,
  });
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
