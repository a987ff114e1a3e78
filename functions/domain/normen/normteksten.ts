// Domain core: the texts of the built-in norms (DESIGN.md §3.1), keyed by norm id: each norm's description and the
// source of every number in standaard-catalogus.ts. Apart from the numbers, so a Lambda that only computes deadlines
// (the fold, the checks, the workflow Tasks) does not bundle them; the case view, the beschikking letter, the refusals
// that quote a source and the README table look them up here. Two records, because what a case view shows (the
// description and the source of the term) is read far more often than the sources the refusals quote: a bundle takes
// only the record it uses.
import type { DeadlineUitkomst } from './deadline';
import { type Normbron, NormFout } from './norm-fout';

/** What the case view, the beschikking letter and the README show of a norm. */
export interface Normtekst {
  omschrijving: string;
  /** The source of the deadline term (`norm.bron` in the case view). */
  bron: string;
}

/** The sources of a norm's other numbers, quoted where a refusal cites them. */
export interface Normbronnen {
  servicenorm: string;
  opschorting: string;
  verlenging: string;
}

const ZONDER_GRONDSLAG = 'servicenorm zonder wettelijke grondslag (configureerbaar)';

/** One entry per norm of the built-in catalogue, no more (a test keeps them equal). */
export const NORMTEKSTEN: Readonly<Record<string, Normtekst>> = {
  'eerste-gesprek': {
    omschrijving: 'Eerste gesprek binnen 4 weken na de melding van de hulpvraag (vormvrij, ook mondeling)',
    bron: 'Wgs art. 4 lid 1',
  },
  'eerste-gesprek:crisis': {
    omschrijving:
      'Eerste gesprek binnen 3 werkdagen bij een bedreigende situatie (ontruiming, afsluiting energie/water, opzegging zorgverzekering, of een situatie uit het gemeentelijk crisisprotocol)',
    bron: 'Wgs art. 4 lid 2',
  },
  intake: {
    omschrijving: 'Intake afgerond (servicenorm zonder wettelijke grondslag)',
    bron: ZONDER_GRONDSLAG,
  },
  beschikking: {
    omschrijving: 'Beschikking (toelating met plan van aanpak, of afwijzing) binnen 8 weken na het eerste gesprek',
    bron: 'Wgs art. 4a; Awb 4:13 lid 2',
  },
  vaststelling: {
    omschrijving: 'Beschikking vastgesteld (goedgekeurd) na het concept (servicenorm zonder wettelijke grondslag)',
    bron: ZONDER_GRONDSLAG,
  },
  betaalvoorstel: {
    omschrijving:
      'Berekening (vtlb, afloscapaciteit, schulden) vastgelegd voor het betaalvoorstel, na de vaststelling van de beschikking (servicenorm zonder wettelijke grondslag)',
    bron: 'servicenorm zonder wettelijke grondslag (configureerbaar): stabilisatie 4 maanden (NVVK Kennisgeving) + 2 maanden saldoverzoeken',
  },
  'schuldeiser-reactie': {
    omschrijving: 'Reactie van de schuldeiser op een bericht via het Schuldenknooppunt binnen 10 werkdagen',
    bron: 'Schuldenknooppunt procesafspraken',
  },
  'schuldregeling-akkoord': {
    omschrijving: 'Akkoord op de schuldregeling binnen 120 dagen na de saldoverzoeken',
    bron: 'NVVK Module Schuldregeling',
  },
  stabilisatie: {
    omschrijving: 'Stabilisatie (incassopauze na de Kennisgeving): 4 maanden, verlengbaar tot ten hoogste 8 maanden',
    bron: 'NVVK Kennisgeving; convenanten met schuldeisers (4–8 maanden)',
  },
  moratorium: {
    omschrijving: 'Breed moratorium (afkoelingsperiode): ten hoogste 6 maanden',
    bron: 'Wgs art. 5; Fw art. 287b',
  },
  bezwaar: {
    omschrijving: 'Bezwaartermijn tegen de beschikking: 6 weken na de bekendmaking',
    bron: 'Awb 6:7; Awb 6:8 lid 1',
  },
  nazorg: {
    omschrijving: 'Nazorg: vroegsignalen gevolgd tot 6 maanden na het einde van het traject',
    bron: 'basisdienstverlening schuldhulpverlening (nazorg)',
  },
  'bezwaar-beslissing': {
    omschrijving: 'Beslissing op het bezwaar binnen 6 weken na het einde van de bezwaartermijn',
    bron: 'Awb 7:10 lid 1',
  },
  begeleiding: {
    omschrijving:
      'Begeleiding (of crisisinterventie) geëvalueerd of afgerond op het geplande einde van de modules; zonder gepland einde binnen 3 maanden na de start',
    bron: 'servicenorm zonder wettelijke grondslag (configureerbaar); daarna het geplande einde van de modules',
  },
  doorverwijzing: {
    omschrijving: 'Opvolging van de warme overdracht: binnen 4 weken nagaan of de persoon daar geholpen wordt',
    bron: ZONDER_GRONDSLAG,
  },
  'persoonlijk-contact': {
    omschrijving:
      'Persoonlijk contact met de hulpvrager na een terugval (vroegsignaal of gemiste betaling) in de nazorg',
    bron: 'servicenorm zonder wettelijke grondslag (configureerbaar; basisdienstverlening noemt geen termijn)',
  },
  wsnp: {
    omschrijving: 'Looptijd van de wettelijke schuldsaneringsregeling (WSNP): 18 maanden, door de rechter te verlengen',
    bron: 'Fw art. 349a lid 1 (Stb. 2023, 87)',
  },
  schuldregeling: {
    omschrijving:
      'Looptijd van de minnelijke schuldregeling (saneringskrediet of schuldbemiddeling): 18 maanden vanaf het akkoord',
    bron: 'NVVK 13 juli 2023 (looptijd 18 maanden sinds 1 juli 2023)',
  },
  'regeling-betaling': {
    omschrijving:
      'Maandelijkse betaling (reservering of afdracht) van de regeling: binnen de respijttermijn na de vervaldag',
    bron: 'respijttermijn zonder bron (configureerbaar per gemeente; standaard 14 dagen)',
  },
  'regeling-evaluatie': {
    omschrijving: 'Periodieke evaluatie van het plan tijdens de regeling (standaard na elke 6 maanden)',
    bron: ZONDER_GRONDSLAG,
  },
};

/** One entry per norm of the built-in catalogue, no more (a test keeps them equal). */
export const NORMBRONNEN: Readonly<Record<string, Normbronnen>> = {
  'eerste-gesprek': {
    servicenorm: 'servicenorm (keuze; NVVK-praktijk gemiddeld 11 dagen)',
    opschorting: 'Wgs art. 4 kent geen opschorting van de termijn voor het eerste gesprek',
    verlenging: 'Wgs art. 4 kent geen verlenging van de termijn voor het eerste gesprek',
  },
  'eerste-gesprek:crisis': {
    servicenorm: 'Wgs art. 4 lid 2 (servicenorm gelijk aan de wet)',
    opschorting: 'Wgs art. 4 lid 2 kent geen opschorting',
    verlenging: 'Wgs art. 4 lid 2 kent geen verlenging',
  },
  intake: {
    servicenorm: ZONDER_GRONDSLAG,
    opschorting: 'keuze, naar analogie van Awb 4:15 (wachten op stukken van de hulpvrager)',
    verlenging: 'keuze: servicenorm, eenmalig ten hoogste 2 weken verlengbaar',
  },
  beschikking: {
    servicenorm: 'Wgs art. 4a (servicenorm gelijk aan de wet)',
    opschorting: 'Awb 4:15',
    verlenging: 'Awb 4:14 lid 1: mededeling verlengt de wettelijke beslistermijn niet',
  },
  vaststelling: {
    servicenorm: ZONDER_GRONDSLAG,
    opschorting: 'keuze: interne goedkeuring, geen opschorting',
    verlenging: 'keuze: interne goedkeuring, geen verlenging',
  },
  betaalvoorstel: {
    servicenorm: ZONDER_GRONDSLAG,
    opschorting: 'keuze: een langere stabilisatie is een verlenging',
    verlenging: 'NVVK Kennisgeving; convenanten: stabilisatie tot ten hoogste 8 maanden in totaal',
  },
  'schuldeiser-reactie': {
    servicenorm: 'Schuldenknooppunt procesafspraken',
    opschorting: 'Schuldenknooppunt procesafspraken: elk bericht heeft een eigen termijn',
    verlenging: 'Schuldenknooppunt procesafspraken: een herinnering of heroverweging is een nieuw bericht',
  },
  'schuldregeling-akkoord': {
    servicenorm: 'NVVK Module Schuldregeling',
    opschorting: 'NVVK Module Schuldregeling: geen opschorting opgenomen (te verifiëren)',
    verlenging: 'NVVK Module Schuldregeling: geen verlenging opgenomen (te verifiëren)',
  },
  stabilisatie: {
    servicenorm: 'NVVK Kennisgeving (4 maanden)',
    opschorting: 'convenant: de incassopauze loopt door',
    verlenging: 'NVVK Kennisgeving; convenanten (tot ten hoogste 8 maanden in totaal)',
  },
  moratorium: {
    servicenorm: 'Wgs art. 5; Fw art. 287b',
    opschorting: 'Fw art. 287b: de termijn van de voorziening loopt door',
    verlenging: 'Fw art. 287b: ten hoogste zes maanden',
  },
  bezwaar: {
    servicenorm: 'Awb 6:7',
    opschorting: 'Awb 6:7 kent geen opschorting',
    verlenging: 'Awb 6:7 kent geen verlenging',
  },
  nazorg: {
    servicenorm: 'basisdienstverlening schuldhulpverlening (nazorg)',
    opschorting: 'basisdienstverlening: geen opschorting',
    verlenging: 'basisdienstverlening: geen verlenging',
  },
  'bezwaar-beslissing': {
    servicenorm: 'Awb 7:10 lid 1 (servicenorm gelijk aan de wet)',
    opschorting: 'Awb 7:10 kent geen opschorting (wel verdaging, lid 3)',
    verlenging: 'Awb 7:10 lid 3',
  },
  begeleiding: {
    servicenorm: ZONDER_GRONDSLAG,
    opschorting: 'keuze: het einde volgt uit de geplande modules',
    verlenging: 'keuze: een later einde is een nieuwe planning van de modules',
  },
  doorverwijzing: {
    servicenorm: ZONDER_GRONDSLAG,
    opschorting: 'keuze: opvolging, geen opschorting',
    verlenging: 'keuze: servicenorm, eenmalig ten hoogste 4 weken verlengbaar',
  },
  'persoonlijk-contact': {
    servicenorm: ZONDER_GRONDSLAG,
    opschorting: 'keuze: persoonlijk contact wacht niet',
    verlenging: 'keuze: persoonlijk contact wacht niet',
  },
  wsnp: {
    servicenorm: 'Fw art. 349a lid 1 (Stb. 2023, 87)',
    opschorting: 'Fw art. 349a: de looptijd loopt door',
    verlenging: 'Fw art. 349a (verlenging door de rechter); DESIGN §3.1: ten hoogste 3,5 jaar in totaal',
  },
  schuldregeling: {
    servicenorm: 'NVVK 13 juli 2023',
    opschorting: 'NVVK: de looptijd loopt door',
    verlenging: 'keuze: een langere regeling is een nieuw akkoord',
  },
  'regeling-betaling': {
    servicenorm: 'respijttermijn zonder bron (configureerbaar)',
    opschorting: 'keuze: de vervaldagen van de regeling schuiven niet',
    verlenging: 'keuze: de vervaldagen van de regeling schuiven niet',
  },
  'regeling-evaluatie': {
    servicenorm: ZONDER_GRONDSLAG,
    opschorting: 'keuze: de evaluatie wacht niet',
    verlenging: 'keuze: servicenorm, eenmalig ten hoogste 4 weken verlengbaar',
  },
};

/** A norm's entry in one of the records; a norm without one is a broken catalogue, not a case without its source. */
function opzoeken<T>(record: Readonly<Record<string, T>>, id: string): T {
  const tekst = record[id];
  if (!tekst) throw new NormFout('CATALOGUS_ONGELDIG', `Norm ${id} heeft geen tekst in de normteksten`);
  return tekst;
}

export function normtekstVan(id: string): Normtekst {
  return opzoeken(NORMTEKSTEN, id);
}

/** The text of the source a refusal quotes. */
export function normbronVan(v: Normbron): string {
  return v.tekst === 'termijn' ? opzoeken(NORMTEKSTEN, v.norm).bron : opzoeken(NORMBRONNEN, v.norm)[v.tekst];
}

/** What a deadline carries of its norm: the id, and texts only where the catalogue data brings its own. */
export interface NormZonderTekst {
  id: string;
  versie: string;
  bron?: string;
  omschrijving?: string;
}

/** `T` with its norm's texts. */
export type MetNormtekst<T extends { norm: NormZonderTekst }> = Omit<T, 'norm'> & {
  norm: Omit<T['norm'], 'bron' | 'omschrijving'> & { bron: string; omschrijving: string };
};

/**
 * A deadline with its norm's description and source: the catalogue data's own (a gemeente's override, a catalogue
 * loaded as data), otherwise the built-in norm's by id. Keys in the order the API has always shown them.
 */
export function metNormtekst<T extends { norm: NormZonderTekst }>(d: T): MetNormtekst<T> {
  const { id, versie, bron, omschrijving, ...rest } = d.norm;
  // A cast: TypeScript does not follow the rest of a generic object (`rest` is Omit<T['norm'], …>).
  return {
    ...d,
    norm: {
      id,
      versie,
      bron: bron ?? normtekstVan(id).bron,
      omschrijving: omschrijving ?? normtekstVan(id).omschrijving,
      ...rest,
    },
  } as MetNormtekst<T>;
}

/** The full result of the deadline computation as the public surface (normen.ts) returns it. */
export type DeadlineUitkomstMetTekst = MetNormtekst<DeadlineUitkomst>;

/**
 * A NormFout whose message quotes a norm's source by id, rendered again with the source's text; any other error as
 * it is. Called where such an error can reach a person (the use cases that change terms, the catalogue validation).
 */
export function metNormbron(e: unknown): unknown {
  if (!(e instanceof NormFout) || e.bron === undefined || e.bron.verwijzing.eigen !== undefined) return e;
  return new NormFout(e.code, e.bron.melding(normbronVan(e.bron.verwijzing)));
}
