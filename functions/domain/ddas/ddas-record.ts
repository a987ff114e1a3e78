// Domain layer: the DDAS record of one case, a pure projection of the case (no second registration), in the model's
// own object names, attribute names and code lists.
//
// Source: VNG/gemeente Delft, Gemeentelijk Gegevensmodel (GGM), `docs/definities/definitie_Model
// Schuldhulpverlening.md`, "Model Schuldhulpverlening" version 1.4 (modified 2025-04-23), objects Schuldhulptraject,
// Aanmelding, Intake, PlanVanAanpak, Begeleiding, Crisisinterventie, Moratorium, Stabilisatie, Schuldregeling,
// Oplossing, Nazorg, WSNP-traject, Uitstroom and the enumerations EnumBeschikkingssoort, EnumBegeleidingssoort,
// EnumOplossingssoort and EnumUitstroomreden; and `definitie_Model Vroegsignalering.md`, "Model Vroegsignalering"
// version 1.0 (2025-04-23), objects Vroegsignaal and Contactpoging.
//
// Pseudonymised as CBS receives it: no name, no contact details, no amount tied to a person except the VTLB the model
// asks for. The case id is a random UUID, not derived from the person, so it is the record's pseudonym. The
// aanmelding records no BSN (form-free, DESIGN 1), so the export carries none.
import * as z from 'zod/mini';
import type { Begeleidingsmodule } from '../beschikking/beschikking-invoer';
import { type AfsluitReden, uitstroomredenVoorDdas } from '../traject/afsluiting';
import { Datum } from '../traject/gebeurtenissen';
import type { Traject } from '../traject/traject';

export const DDAS_MODEL = {
  naam: 'GGM Model Schuldhulpverlening',
  versie: '1.4',
  gewijzigd: '2025-04-23',
  vroegsignalering: 'GGM Model Vroegsignalering 1.0 (2025-04-23)',
  bron: 'Gemeente-Delft/Gemeentelijk-Gegevensmodel, docs/definities/definitie_Model Schuldhulpverlening.md',
} as const;

/** EnumBeschikkingssoort (model 1.4). */
export const EnumBeschikkingssoort = z.enum(['Afwijzingsbeschikking', 'Toelatingsbeschikking']);
/** EnumBegeleidingssoort (model 1.4). */
export const EnumBegeleidingssoort = z.enum([
  'Budgetcoaching',
  'Budgetbeheer',
  'Beschermingsbewind',
  'Lange Termijn Begeleiding (DFD)',
  'Budgetbegeleiding',
]);
/** EnumOplossingssoort (model 1.4). */
export const EnumOplossingssoort = z.enum([
  'Betalingsregeling',
  'Herfinanciering',
  'Saneringskrediet',
  'Schuldbemiddeling',
  '0%-aanbod',
]);
/** EnumUitstroomreden (model 1.4): the code list, as the enumeration in the model file names its values. */
export const EnumUitstroomreden = z.enum([
  'Overleden',
  'Verhuisd',
  'Nietverschenen',
  'Ingetrokken',
  'Niet passend',
  'Overig',
  'Voldoet niet',
  'Afgerond',
  'Zelf',
]);
export type EnumUitstroomreden = z.infer<typeof EnumUitstroomreden>;

/**
 * Our closure reason → the code of EnumUitstroomreden. The text of `uitstroomredenVoorDdas` goes with it as the
 * Uitstroom's `omschrijving`. Choices where the model leaves room: a person we cannot reach counts as "Nietverschenen"
 * (client is niet verschenen); advice only as "Zelf" (the person goes on alone); an afwijzing and a doorverwijzing
 * as "Niet passend".
 */
export const UITSTROOMREDEN_CODE: Record<AfsluitReden, EnumUitstroomreden> = {
  'advies-gegeven': 'Zelf',
  afgewezen: 'Niet passend',
  doorverwezen: 'Niet passend',
  'begeleiding-afgerond': 'Afgerond',
  'crisisinterventie-afgerond': 'Afgerond',
  'nazorg-afgerond': 'Afgerond',
  ingetrokken: 'Ingetrokken',
  'niet-bereikbaar': 'Nietverschenen',
  verhuisd: 'Verhuisd',
  overleden: 'Overleden',
  'geen-medewerking': 'Voldoet niet',
  'zelf-geregeld': 'Zelf',
  'niet-passend': 'Niet passend',
  overig: 'Overig',
};

/**
 * Our begeleidingsmodules → EnumBegeleidingssoort. `coaching` and `training` both fall under Budgetbegeleiding
 * ("verbeteren financiële kennis en vaardigheden … d.m.v. budgetbegeleiding en training").
 */
export const BEGELEIDINGSSOORT: Record<Begeleidingsmodule, z.infer<typeof EnumBegeleidingssoort>> = {
  coaching: 'Budgetbegeleiding',
  training: 'Budgetbegeleiding',
  budgetcoaching: 'Budgetcoaching',
  budgetbeheer: 'Budgetbeheer',
  beschermingsbewind: 'Beschermingsbewind',
};

const D = z.nullable(Datum);

export const DdasRecord = z.object({
  /** Pseudonym of the case: its random id. */
  schuldhulptrajectId: z.string(),
  /** CBS gemeentecode. */
  gemeente: z.string(),
  modelversie: z.literal(DDAS_MODEL.versie),
  Schuldhulptraject: z.object({ startdatum: Datum, einddatum: D, toekenningsdatum: D }),
  Aanmelding: z.object({ startdatum: Datum, einddatum: D, crisisinterventie: z.boolean() }),
  Intake: z.nullable(
    z.object({
      startdatum: Datum,
      einddatum: D,
      beschikkingsdatum: D,
      beschikkingssoort: z.nullable(EnumBeschikkingssoort),
    }),
  ),
  PlanVanAanpak: z.nullable(z.object({ datumAfronding: Datum })),
  Begeleiding: z.array(z.object({ startdatum: Datum, einddatum: D, soort: EnumBegeleidingssoort })),
  Crisisinterventie: z.nullable(z.object({ startdatum: Datum, einddatum: D })),
  Moratorium: z.nullable(z.object({ datumAanvraag: Datum, datumGoedkeuring: D, startdatum: D, einddatum: D })),
  Stabilisatie: z.nullable(z.object({ startdatum: Datum, einddatum: D })),
  Schuldregeling: z.nullable(
    z.object({
      datum: Datum,
      toegekend: D,
      afgewezen: D,
      ingetrokken: D,
      dwangakkoord: z.boolean(),
      datumVerzoekDwangakkoord: D,
    }),
  ),
  Oplossing: z.nullable(
    z.object({
      startdatum: D,
      einddatum: D,
      soort: EnumOplossingssoort,
      /** Whole euros per month (the model: "in hele euro's per maand"), rounded half up from the cents. */
      vtlb: z.nullable(z.int()),
    }),
  ),
  Nazorg: z.nullable(z.object({ startdatum: Datum, einddatum: D })),
  'WSNP-traject': z.nullable(z.object({ datumVerzoek: D, datumGoedkeuring: D, startdatum: Datum, einddatum: D })),
  Uitstroom: z.nullable(
    z.object({
      datum: Datum,
      reden: EnumUitstroomreden,
      omschrijving: z.string(),
      datumBeeindigingsbeschikking: D,
    }),
  ),
  /** Model Vroegsignalering 1.0: the signals that led to or followed this case, with the contact attempts. */
  Vroegsignaal: z.array(
    z.object({
      signaaldatum: Datum,
      crisissignaal: z.boolean(),
      warmeOverdracht: z.boolean(),
      Contactpoging: z.array(z.object({ datum: Datum, bereikt: z.boolean(), soort: z.string() })),
    }),
  ),
});
export type DdasRecord = z.infer<typeof DdasRecord>;

/**
 * Every field of the model this projection cannot fill yet, with the issue that will fill it. The export lists them
 * (`nietGevuld`), and docs/ddas.md is generated from this list.
 */
export const NIET_GEVULD: readonly { veld: string; issue: number; waarom: string }[] = [
  { veld: 'Stabilisatie.*', issue: 12, waarom: 'de stabilisatiefase (Kennisgeving, incassopauze) bestaat nog niet' },
  {
    veld: 'Schuldregeling.*',
    issue: 12,
    waarom: 'indienen, toekenning, afwijzing en dwangakkoord gaan via het Schuldenknooppunt',
  },
  {
    veld: 'Oplossing.startdatum, Oplossing.einddatum',
    issue: 12,
    waarom: 'de regeling start pas na het akkoord van de schuldeisers; de 18 maanden volgen daarna',
  },
  {
    veld: 'Moratorium.datumGoedkeuring, Moratorium.startdatum, Moratorium.einddatum',
    issue: 12,
    waarom: 'alleen de aanvraag (schuldenpauze gevraagd) staat in de historie',
  },
  { veld: 'Nazorg.einddatum (behalve bij nazorg-afgerond)', issue: 13, waarom: 'de nazorgfase van zes maanden' },
  {
    veld: 'WSNP-traject.datumVerzoek, WSNP-traject.datumGoedkeuring, WSNP-traject.einddatum',
    issue: 13,
    waarom: 'de WSNP-begeleidingsfase; nu alleen de overdracht naar wsnp',
  },
  { veld: 'Vroegsignaal.*, Contactpoging.*', issue: 13, waarom: 'vroegsignalen komen nog niet binnen' },
  {
    veld: 'Uitstroom.datumBeeindigingsbeschikking',
    issue: 10,
    waarom: 'de beëindiging met beschikking (POST /trajecten/{id}/beeindigingen)',
  },
  {
    veld: 'Begeleiding.startdatum, Begeleiding.einddatum (per module)',
    issue: 10,
    waarom:
      'de begeleidingsfase met modules; nu geldt de vaststelling als start en het einde van het traject als einde',
  },
  {
    veld: 'Crisisinterventie.einddatum (los van het einde van het traject)',
    issue: 10,
    waarom: 'de crisisinterventiefase heeft nog geen eigen einde',
  },
];

function euros(cent: number): number {
  return Math.round(cent / 100);
}

/** The DDAS record of a case as it stands: pure, from the fold of its history. */
export function ddasRecordVan(t: Traject): DdasRecord {
  const stap = (s: string) => t.stappen.find((x) => x.stap === s);
  const gesprek = stap('eerste-gesprek')?.voltooidOp ?? null;
  const vastgesteld = t.beschikking?.vastgesteldOp ?? null;
  const soort = t.beschikking?.inhoud.soort;
  const toelating = vastgesteld !== null && soort === 'toelating';
  const einde = t.afgesloten?.op ?? null;
  const plan = t.intake?.plan as { begeleidingsmodules?: { module: Begeleidingsmodule }[] } | undefined;
  const modules = [...new Set((plan?.begeleidingsmodules ?? []).map((m) => BEGELEIDINGSSOORT[m.module]))];
  const schuldenpauze = t.koppelingen.find((k) => k.koppeling === 'schuldenpauze');
  const crisisRoute = t.triage?.route === 'crisisinterventie';
  const overdracht = (naar: string) => t.overdrachten.find((o) => o.naar === naar);
  const nazorg = overdracht('nazorg');
  const wsnp = overdracht('wsnp');
  const voorstel = t.betaalvoorstel;
  return {
    schuldhulptrajectId: t.id,
    gemeente: t.gemeente,
    modelversie: DDAS_MODEL.versie,
    Schuldhulptraject: {
      startdatum: t.ontvangenOp,
      einddatum: einde,
      toekenningsdatum: toelating ? vastgesteld : null,
    },
    // The aanmelding ends where the intake begins: at the eerste gesprek (Intake.startdatum in the model).
    Aanmelding: { startdatum: t.ontvangenOp, einddatum: gesprek, crisisinterventie: t.crisis !== undefined },
    Intake:
      gesprek === null
        ? null
        : {
            startdatum: gesprek,
            // The model: the intake ends with the afwijzing or the toelatingsbeschikking, i.e. when it is given.
            einddatum: vastgesteld,
            beschikkingsdatum: vastgesteld,
            beschikkingssoort:
              vastgesteld === null ? null : soort === 'afwijzing' ? 'Afwijzingsbeschikking' : 'Toelatingsbeschikking',
          },
    // The plan van aanpak is part of the toelatingsbeschikking (Wgs art. 4a): it is complete when that is given.
    PlanVanAanpak: toelating && vastgesteld ? { datumAfronding: vastgesteld } : null,
    Begeleiding:
      toelating && vastgesteld ? modules.map((m) => ({ startdatum: vastgesteld, einddatum: einde, soort: m })) : [],
    Crisisinterventie:
      t.crisis !== undefined
        ? { startdatum: t.ontvangenOp, einddatum: einde }
        : crisisRoute && vastgesteld
          ? { startdatum: vastgesteld, einddatum: einde }
          : null,
    Moratorium: schuldenpauze
      ? { datumAanvraag: schuldenpauze.op, datumGoedkeuring: null, startdatum: null, einddatum: null }
      : null,
    Stabilisatie: null,
    Schuldregeling: null,
    Oplossing: voorstel
      ? {
          startdatum: null,
          einddatum: null,
          // The krediet Task proposes a saneringskrediet; with no afloscapaciteit the offer is a 0%-aanbod.
          soort: voorstel.aanbodCent === 0 ? '0%-aanbod' : 'Saneringskrediet',
          vtlb: t.vtlbCent === undefined ? null : euros(t.vtlbCent),
        }
      : null,
    Nazorg: nazorg
      ? { startdatum: nazorg.datum, einddatum: t.afgesloten?.reden === 'nazorg-afgerond' ? einde : null }
      : null,
    'WSNP-traject': wsnp
      ? { datumVerzoek: null, datumGoedkeuring: null, startdatum: wsnp.datum, einddatum: null }
      : null,
    Uitstroom: t.afgesloten
      ? {
          datum: t.afgesloten.op,
          reden: UITSTROOMREDEN_CODE[t.afgesloten.reden],
          omschrijving: uitstroomredenVoorDdas[t.afgesloten.reden],
          datumBeeindigingsbeschikking: null,
        }
      : null,
    Vroegsignaal: [],
  };
}

/** Whether a record belongs to the period [van, tot]: the case ran on at least one day of it. */
export function inPeriode(r: DdasRecord, van: string, tot: string): boolean {
  return r.Schuldhulptraject.startdatum <= tot && (r.Schuldhulptraject.einddatum ?? '9999-12-31') >= van;
}
