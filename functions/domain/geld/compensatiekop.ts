// Domain layer: the compensatiekop, the part of the beslagvrije voet above 95 % of the norm (art. 475da Rv), line by line.
import { type Berekeningsregel, regel } from './berekeningsregel';
import { deelAfgerond, eisCent, euro } from './cent';
import { GeldFout, GeldFoutCode } from './geld-fout';
import {
  LEEFSITUATIE_LABEL,
  leefsituatieVan,
  maximaleBeslagvrijeVoetOp,
  NORM_VAN_LEEFSITUATIE,
} from './maximale-beslagvrije-voet';
import { bijstandsnormOp, type Huishouden } from './normbedragen';

/**
 * The three income groups of the beslagvrije voet (AAG, "Beslagvrije voet per 1 januari 2025"; Fundament, 1 juli
 * 2025; hoffelijk.nl "Lasten"):
 * - `laag`: net income including vakantiebijslag at or below the norm: "95% van het netto inkomen" (art. 475dc lid 1
 *   Rv), "Voor deze groep geldt een compensatiekop van € 0,-".
 * - `midden`: "95% van de toepasselijke bijstandsnorm ... verhoogd met een compensatiekop die afhangt van de
 *   leefsituatie en de hoogte van het inkomen" (schuldinfo.nl), i.e. the formula of art. 475da lid 2 Rv in the
 *   belastbaar jaarinkomen with the parameters of the Wet op de zorgtoeslag, de Wet op de huurtoeslag and de Wet op het
 *   kindgebonden budget. Those parameters (and the rounding of the landelijke rekenmodule) were not in any source we
 *   could read, so for this group the amount is input (`compensatiekopCent`), never computed.
 * - `hoog`: "nagenoeg geen recht op toeslagen": the beslagvrije voet is the maximum of art. 475da lid 1 Rv, "95% van de
 *   toepasselijke bijstandsnorm ... verhoogd met een vast bedrag, de zogenaamde maximale compensatiekop" (schuldinfo.nl).
 */
export const INKOMENSGROEPEN = ['laag', 'midden', 'hoog'] as const;
export type Inkomensgroep = (typeof INKOMENSGROEPEN)[number];

export interface CompensatiekopInvoer {
  /** The date whose norm table applies (ISO date). */
  peildatum: string;
  huishouden: Huishouden;
  /** Explicit amount (Vtlb-calculator, rekentool uwbeslagvrijevoet.nl, modelmededeling): wins over everything else. */
  compensatiekopCent?: number;
  /** Income group of the beslagvrije voet as the consulent established it (modelmededeling or rekentool). */
  inkomensgroep?: Inkomensgroep;
  /** Children under 18 in the household; needed where the household type does not tell the leefsituatie. */
  kinderenJongerDan18?: boolean;
  /** Net income per month without vakantiegeld. */
  inkomenCent?: number;
  vakantiegeldPerJaarCent?: number;
}

/**
 * How the compensatiekop was established:
 * - `consulent`: `compensatiekopCent` was given;
 * - `laag-inkomen`: income group laag, no compensatiekop;
 * - `maximum`: income group hoog, the maximum of art. 475da lid 1 Rv minus 95 % of A or B;
 * - `niet-vastgesteld`: income above the norm, but neither the group nor the amount was given: 0, with a line saying so;
 * - `geen-gegevens`: nothing known about income: 0 and no line (the VTLB without income, as before).
 */
export const COMPENSATIEKOP_HERKOMSTEN = [
  'consulent',
  'laag-inkomen',
  'maximum',
  'niet-vastgesteld',
  'geen-gegevens',
] as const;
export type CompensatiekopHerkomst = (typeof COMPENSATIEKOP_HERKOMSTEN)[number];

export interface CompensatiekopUitkomst {
  cent: number;
  herkomst: CompensatiekopHerkomst;
  regels: Berekeningsregel[];
}

const INVOER =
  'invoer consulent (uit de Vtlb-calculator van Recofa/Bureau Wsnp, de rekentool op uwbeslagvrijevoet.nl of de modelmededeling)';
const BRON_LAAG =
  'art. 475dc lid 1 Rv (95% van het maandelijkse inkomen inclusief vakantiebijslag) en AAG, "Beslagvrije voet per 1 januari 2025": "Voor werknemers met een laag inkomen – gelijk aan of lager dan de voor hen geldende bijstandsnorm – is de beslagvrije voet 95% van het netto inkomen"';
const BRON_HOOG =
  'art. 475da lid 1 en 2 Rv: de beslagvrije voet bedraagt ten hoogste het bedrag van lid 1; bij een hoog inkomen is dat "95% van de toepasselijke bijstandsnorm incl. vakantietoeslag verhoogd met een vast bedrag, de zogenaamde maximale compensatiekop" (schuldinfo.nl, "Hoogte beslagvrije voet")';

/** 95 % of the norm A (single) or B (couple) of art. 475da lid 2 Rv, rounded half-up to the cent. */
function basisLeefsituatie(peildatum: string, soort: 'alleenstaande' | 'gehuwden') {
  const norm = bijstandsnormOp(peildatum, soort);
  return { norm, cent: deelAfgerond(norm.cent * 950, 1000) };
}

function normSoortVan(huishouden: Huishouden): 'alleenstaande' | 'gehuwden' {
  return huishouden.startsWith('gehuwden') ? 'gehuwden' : 'alleenstaande';
}

/**
 * Input: household, peildatum, and what the consulent knows (an amount, the income group, net income).
 * Output: the compensatiekop per month, how it was reached, and its lines.
 *
 * Primary course:
 * 1. An explicit `compensatiekopCent` wins and is labelled as input.
 * 2. With net income (incl. vakantiegeld) at or below the norm A or B: group laag, compensatiekop 0.
 * 3. Group hoog: the maximum of art. 475da lid 1 Rv for the leefsituatie minus 95 % of A or B.
 * 4. Group midden without an amount: `GeldFout` on `compensatiekopCent` (the formula's parameters are not available).
 * 5. Income above the norm without group or amount: 0 with a line saying it was not established.
 */
export function bepaalCompensatiekop(invoer: CompensatiekopInvoer): CompensatiekopUitkomst {
  if (invoer.inkomensgroep !== undefined && !(INKOMENSGROEPEN as readonly string[]).includes(invoer.inkomensgroep)) {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      `onbekende inkomensgroep; kies uit: ${INKOMENSGROEPEN.join(', ')}`,
      'inkomensgroep',
    );
  }
  if (invoer.compensatiekopCent !== undefined) {
    const cent = eisCent(invoer.compensatiekopCent, 'compensatiekopCent');
    return {
      cent,
      herkomst: 'consulent',
      regels: [
        regel(
          'COMPENSATIEKOP',
          'Compensatiekop: verhoging van de beslagvrije voet, bedrag opgegeven door de consulent',
          cent,
          `art. 475da lid 2 Rv; ${INVOER}`,
        ),
      ],
    };
  }

  const soort = normSoortVan(invoer.huishouden);
  const groep = invoer.inkomensgroep;
  if (invoer.inkomenCent !== undefined) {
    const inkomen = eisCent(invoer.inkomenCent, 'inkomenCent');
    const vakantiegeld = eisCent(invoer.vakantiegeldPerJaarCent ?? 0, 'vakantiegeldPerJaarCent');
    const { norm } = basisLeefsituatie(invoer.peildatum, soort);
    // Compare per year, so no rounding decides the group: 12 × monthly income + annual vakantiegeld vs 12 × the norm.
    const laag = 12 * inkomen + vakantiegeld <= 12 * norm.cent;
    if (laag) {
      if (groep !== undefined && groep !== 'laag') {
        throw new GeldFout(
          GeldFoutCode.ONGELDIGE_PARAMETER,
          `inkomensgroep ${groep} past niet bij een netto inkomen inclusief vakantiegeld dat niet hoger is dan de bijstandsnorm (${euro(norm.cent)}); geef anders compensatiekopCent op`,
          'inkomensgroep',
        );
      }
      const inclusief = deelAfgerond(12 * inkomen + vakantiegeld, 12);
      return laagInkomen(
        `Geen compensatiekop: netto inkomen inclusief vakantiegeld (${euro(inclusief)}) is niet hoger dan de bijstandsnorm (${euro(norm.cent)}), inkomensgroep laag`,
        BRON_LAAG,
      );
    }
    if (groep === 'laag') {
      throw new GeldFout(
        GeldFoutCode.ONGELDIGE_PARAMETER,
        `inkomensgroep laag past niet bij een netto inkomen inclusief vakantiegeld boven de bijstandsnorm (${euro(norm.cent)})`,
        'inkomensgroep',
      );
    }
  }

  if (groep === 'laag')
    return laagInkomen('Geen compensatiekop: inkomensgroep laag (volgens de consulent)', `${BRON_LAAG}; ${INVOER}`);
  if (groep === 'hoog') {
    const leefsituatie = leefsituatieVan(invoer.huishouden, invoer.kinderenJongerDan18);
    const max = maximaleBeslagvrijeVoetOp(invoer.peildatum, leefsituatie);
    const basis = basisLeefsituatie(invoer.peildatum, NORM_VAN_LEEFSITUATIE[leefsituatie]);
    const kop = max.cent - basis.cent;
    return {
      cent: kop,
      herkomst: 'maximum',
      regels: [
        regel(
          'MAXIMALE_BESLAGVRIJE_VOET',
          `Maximale beslagvrije voet voor ${LEEFSITUATIE_LABEL[leefsituatie]} (inkomensgroep hoog), geldig vanaf ${max.geldigVanaf}`,
          max.cent,
          max.bron,
        ),
        regel(
          'BESLAGVRIJE_VOET_BASIS_LEEFSITUATIE',
          `Min: 95% van de bijstandsnorm voor ${soortLabel(NORM_VAN_LEEFSITUATIE[leefsituatie])} van 21 jaar tot de AOW-leeftijd (${euro(basis.norm.cent)})`,
          -basis.cent,
          `art. 475da lid 2 Rv ("95% x ${NORM_VAN_LEEFSITUATIE[leefsituatie] === 'alleenstaande' ? 'A' : 'B'}", de norm van art. 21 Participatiewet); bedrag uit: ${basis.norm.bron}`,
        ),
        regel('COMPENSATIEKOP', 'Compensatiekop: de maximale beslagvrije voet min 95% van de norm', kop, BRON_HOOG),
      ],
    };
  }
  if (groep === 'midden') {
    throw new GeldFout(
      GeldFoutCode.ONGELDIGE_PARAMETER,
      'Bij inkomensgroep midden hangt de compensatiekop af van het belastbaar inkomen en de parameters van zorgtoeslag, huurtoeslag en kindgebonden budget (art. 475da lid 2 Rv); die zijn niet opgenomen: geef het bedrag uit de rekentool of Vtlb-calculator op in compensatiekopCent',
      'compensatiekopCent',
    );
  }
  if (invoer.inkomenCent !== undefined) {
    return {
      cent: 0,
      herkomst: 'niet-vastgesteld',
      regels: [
        regel(
          'COMPENSATIEKOP_NIET_VASTGESTELD',
          'Compensatiekop niet vastgesteld: het inkomen is hoger dan de bijstandsnorm; geef de inkomensgroep (hoog) of het bedrag uit de rekentool op. Hier € 0,00 gerekend',
          0,
          `art. 475da lid 2 Rv; ${INVOER}`,
        ),
      ],
    };
  }
  return { cent: 0, herkomst: 'geen-gegevens', regels: [] };
}

function laagInkomen(label: string, bron: string): CompensatiekopUitkomst {
  return { cent: 0, herkomst: 'laag-inkomen', regels: [regel('COMPENSATIEKOP', label, 0, bron)] };
}

function soortLabel(soort: 'alleenstaande' | 'gehuwden'): string {
  return soort === 'alleenstaande' ? 'een alleenstaande' : 'gehuwden';
}
