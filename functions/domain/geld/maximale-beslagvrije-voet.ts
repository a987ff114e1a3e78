// Domain layer: the statutory maximum beslagvrije voet per leefsituatie (art. 475da lid 1 Rv), dated, each with its source.

import { GeldFout, GeldFoutCode } from './geld-fout';
import type { Huishouden } from './normbedragen';
import { gedateerdeTabelOp } from './normbedragen';

/**
 * The four leefsituaties of art. 475da lid 1 Rv. "kind" is a ten laste komend kind (Participatiewet art. 4 lid 1
 * onder e, via art. 475ab lid 1 Rv): younger than 18.
 */
export const LEEFSITUATIES = [
  'alleenstaande',
  'alleenstaande-ouder',
  'gehuwden-zonder-kinderen',
  'gehuwden-met-kinderen',
] as const;
export type Leefsituatie = (typeof LEEFSITUATIES)[number];

export const LEEFSITUATIE_LABEL: Record<Leefsituatie, string> = {
  alleenstaande: 'alleenstaande',
  'alleenstaande-ouder': 'alleenstaande ouder',
  'gehuwden-zonder-kinderen': 'gehuwden zonder kinderen',
  'gehuwden-met-kinderen': 'gehuwden met een of meer kinderen',
};

/**
 * Art. 475da lid 2 Rv computes the beslagvrije voet from "A" (the norm of Participatiewet art. 21 onderdeel a, the
 * single norm) or "B" (art. 21 onderdeel b, the couple norm), whatever the debtor's age: the norm of a household with
 * the AOW-leeftijd or under 21 does not enter the beslagvrije voet (the Vtlb adds a PGL-correctie for the former,
 * NVVK 9-7-2021). This is the household whose norm plays A or B.
 */
export const NORM_VAN_LEEFSITUATIE: Record<Leefsituatie, 'alleenstaande' | 'gehuwden'> = {
  alleenstaande: 'alleenstaande',
  'alleenstaande-ouder': 'alleenstaande',
  'gehuwden-zonder-kinderen': 'gehuwden',
  'gehuwden-met-kinderen': 'gehuwden',
};

export interface MaximaleBeslagvrijeVoet {
  /** Per month. */
  cent: number;
  bron: string;
}

export interface MaximaTabel {
  geldigVanaf: string;
  geldigTot: string;
  /** Every leefsituatie has an amount: a period goes in only when a source we read gives all four. */
  maxima: Record<Leefsituatie, MaximaleBeslagvrijeVoet>;
}

// The consolidated text of the Wetboek van Burgerlijke Rechtsvordering per version date, read in the copy of
// wetten.overheid.nl in MinBZK/regelrecht-corpus (regulation/nl/wet/wetboek_van_burgerlijke_rechtsvordering/<datum>.yaml).
const rv = (datum: string, commit: string) =>
  `art. 475da lid 1 Rv, tekst geldig vanaf ${datum} (wetten.overheid.nl/BWBR0001827/${datum}), gelezen in de kopie github.com/MinBZK/regelrecht-corpus/blob/${commit}/regulation/nl/wet/wetboek_van_burgerlijke_rechtsvordering/${datum}.yaml`;
const RV_2024_01 = /* @__PURE__ */ rv('2024-01-01', '7141d0f181185148ad63fcf044fba24ea94bc73b');
const RV_2024_07 = /* @__PURE__ */ rv('2024-07-01', '76a4334ed6e7d63e83bebcd4b8c79e21bdb24ffd');
const RV_2025_01 = /* @__PURE__ */ rv('2025-01-01', '0dc72c8f0fb3a0f9b8a0834d1f8230c541ac84b7');
const RV_2025_07 = /* @__PURE__ */ rv('2025-07-01', '0dc72c8f0fb3a0f9b8a0834d1f8230c541ac84b7');
const RV_2026_01 = /* @__PURE__ */ rv('2026-01-01', '07fded436874137add4711b2c14e983d4b05d5bc');
const RV_2026_07 = /* @__PURE__ */ rv('2026-07-01', '8086a5c20d5fb8453663246bf1d9e145dcea6aca');
// Secondary publications of the same amounts (read through the search tool):
const SCHULDINFO_2024_01 =
  'schuldinfo.nl, "Hoogte beslagvrije voet", tabel "Maximum beslagvrije voet januari 2024" (schuldinfo.nl/beslag-inkomen/hoogte-beslagvrije-voet/)';
// The AAG page is titled "per 1 juli 2024" but its sentence reads "vanaf 1 juli 2023"; the law text of 1 July 2024
// gives the same amounts, so the sentence is a slip.
const AAG_2024_07 =
  'AAG, "Aanpassing beslagvrije voet per 1 juli 2024" (aag.nl/kennis/aanpassing-beslagvrije-voet-per-1-juli-2024/)';
const AAG_2025_01 = 'AAG, "Beslagvrije voet per 1 januari 2025" (aag.nl/kennis/beslagvrije-voet-per-1-januari-2025/)';
const FUNDAMENT_2025_07 =
  'Fundament, "Bedragen beslagvrije voet omhoog per 1 juli 2025" (fundamentvoor.nl/node/55343); zelfde bedragen bij Arslan Advocaten (arslan.nl/loonbeslag-en-de-beslagvrije-voet-wat-u-moet-weten)';

const m = (cent: number, ...bronnen: string[]): MaximaleBeslagvrijeVoet => ({ cent, bron: bronnen.join('; ') });

/**
 * Art. 475da lid 8 Rv: "De bedragen worden met ingang van 1 januari en 1 juli van ieder jaar gewijzigd en door of
 * namens Onze Minister van Sociale Zaken en Werkgelegenheid medegedeeld in de Staatscourant." So each amount holds for
 * a half year; consolidated versions in between (2024-11-08, 2025-02-04, 2025-03-08) were not read and cannot change
 * them. Oldest first, contiguous; the Staatscourant mededelingen themselves were not read.
 */
export const MAXIMA_TABELLEN: readonly MaximaTabel[] = /* @__PURE__ */ (() => [
  {
    geldigVanaf: '2024-01-01',
    geldigTot: '2024-06-30',
    maxima: {
      alleenstaande: m(199621, RV_2024_01, SCHULDINFO_2024_01),
      'alleenstaande-ouder': m(216260, RV_2024_01, SCHULDINFO_2024_01),
      'gehuwden-zonder-kinderen': m(263149, RV_2024_01, SCHULDINFO_2024_01),
      'gehuwden-met-kinderen': m(274709, RV_2024_01, SCHULDINFO_2024_01),
    },
  },
  {
    geldigVanaf: '2024-07-01',
    geldigTot: '2024-12-31',
    maxima: {
      alleenstaande: m(201960, RV_2024_07, AAG_2024_07),
      'alleenstaande-ouder': m(218131, RV_2024_07, AAG_2024_07),
      'gehuwden-zonder-kinderen': m(266491, RV_2024_07),
      'gehuwden-met-kinderen': m(277582, RV_2024_07),
    },
  },
  {
    geldigVanaf: '2025-01-01',
    geldigTot: '2025-06-30',
    maxima: {
      alleenstaande: m(207124, RV_2025_01, AAG_2025_01),
      'alleenstaande-ouder': m(224224, RV_2025_01, AAG_2025_01),
      'gehuwden-zonder-kinderen': m(273903, RV_2025_01, AAG_2025_01),
      'gehuwden-met-kinderen': m(285596, RV_2025_01, AAG_2025_01),
    },
  },
  {
    geldigVanaf: '2025-07-01',
    geldigTot: '2025-12-31',
    maxima: {
      alleenstaande: m(209367, RV_2025_07, FUNDAMENT_2025_07),
      'alleenstaande-ouder': m(226467, RV_2025_07, FUNDAMENT_2025_07),
      'gehuwden-zonder-kinderen': m(277107, RV_2025_07, FUNDAMENT_2025_07),
      'gehuwden-met-kinderen': m(288800, RV_2025_07, FUNDAMENT_2025_07),
    },
  },
  {
    // The 2026 formula of lid 2 differs (huurtoeslag reform), the maxima of lid 1 keep their meaning.
    geldigVanaf: '2026-01-01',
    geldigTot: '2026-06-30',
    maxima: {
      alleenstaande: m(219142, RV_2026_01),
      'alleenstaande-ouder': m(252669, RV_2026_01),
      'gehuwden-zonder-kinderen': m(288141, RV_2026_01),
      'gehuwden-met-kinderen': m(315531, RV_2026_01),
    },
  },
  {
    geldigVanaf: '2026-07-01',
    geldigTot: '2026-12-31',
    maxima: {
      alleenstaande: m(220848, RV_2026_07),
      'alleenstaande-ouder': m(254375, RV_2026_07),
      'gehuwden-zonder-kinderen': m(290579, RV_2026_07),
      'gehuwden-met-kinderen': m(317968, RV_2026_07),
    },
  },
])();

export interface ToepasselijkMaximum extends MaximaleBeslagvrijeVoet {
  leefsituatie: Leefsituatie;
  geldigVanaf: string;
  geldigTot: string;
}

/**
 * The maximum beslagvrije voet for a leefsituatie on a date. A date without a table is `GEEN_NORMTABEL` naming `veld`
 * (the input that asked for it), never a fallback.
 */
export function maximaleBeslagvrijeVoetOp(
  peildatum: string,
  leefsituatie: Leefsituatie,
  veld = 'inkomensgroep',
): ToepasselijkMaximum {
  const tabel = gedateerdeTabelOp(MAXIMA_TABELLEN, peildatum, {
    veld,
    datumVeld: 'peildatum',
    geen: (eerste, laatste) =>
      `Er is geen maximale beslagvrije voet (art. 475da lid 1 Rv) voor ${peildatum}: opgenomen van ${eerste} tot en met ${laatste}; geef de compensatiekop op als bedrag (compensatiekopCent)`,
  });
  const max = tabel.maxima[leefsituatie];
  return { ...max, leefsituatie, geldigVanaf: tabel.geldigVanaf, geldigTot: tabel.geldigTot };
}

/** Households whose leefsituatie depends on children under 18, which the household type does not tell. */
const HANGT_AF_VAN_KINDEREN: Partial<Record<Huishouden, 'alleenstaande' | 'gehuwden'>> = {
  gehuwden: 'gehuwden',
  'gehuwden-pensioengerechtigd': 'gehuwden',
  'alleenstaande-pensioengerechtigd': 'alleenstaande',
  'alleenstaande-jonger-dan-21': 'alleenstaande',
};

const VAST: Partial<Record<Huishouden, Leefsituatie>> = {
  alleenstaande: 'alleenstaande',
  'alleenstaande-ouder': 'alleenstaande-ouder',
  'gehuwden-beiden-jonger-dan-21-zonder-kinderen': 'gehuwden-zonder-kinderen',
  'gehuwden-een-jonger-dan-21-zonder-kinderen': 'gehuwden-zonder-kinderen',
  'gehuwden-beiden-jonger-dan-21-met-kinderen': 'gehuwden-met-kinderen',
  'gehuwden-een-jonger-dan-21-met-kinderen': 'gehuwden-met-kinderen',
};

const MET_KINDEREN: ReadonlySet<Leefsituatie> = /* @__PURE__ */ (() =>
  new Set(['alleenstaande-ouder', 'gehuwden-met-kinderen']))();

/**
 * The leefsituatie of art. 475da lid 1 Rv for a household. `alleenstaande` is "21 jaar tot AOW-leeftijd" without
 * children (a single parent is `alleenstaande-ouder`); where the household type leaves it open, `kinderenJongerDan18`
 * must say it, else `GeldFout` naming that field.
 */
export function leefsituatieVan(huishouden: Huishouden, kinderenJongerDan18?: boolean): Leefsituatie {
  const vast = VAST[huishouden];
  if (vast) {
    if (kinderenJongerDan18 !== undefined && kinderenJongerDan18 !== MET_KINDEREN.has(vast)) {
      throw new GeldFout(
        GeldFoutCode.ONGELDIGE_PARAMETER,
        `kinderenJongerDan18 past niet bij huishouden ${huishouden}`,
        'kinderenJongerDan18',
      );
    }
    return vast;
  }
  const soort = HANGT_AF_VAN_KINDEREN[huishouden];
  if (!soort) {
    throw new GeldFout(GeldFoutCode.ONBEKEND_HUISHOUDEN, `Onbekend huishouden: ${String(huishouden)}`, 'huishouden');
  }
  if (kinderenJongerDan18 === undefined) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      'kinderenJongerDan18 is nodig om de leefsituatie van art. 475da lid 1 Rv te bepalen (met of zonder kinderen jonger dan 18)',
      'kinderenJongerDan18',
    );
  }
  if (soort === 'alleenstaande') return kinderenJongerDan18 ? 'alleenstaande-ouder' : 'alleenstaande';
  return kinderenJongerDan18 ? 'gehuwden-met-kinderen' : 'gehuwden-zonder-kinderen';
}
