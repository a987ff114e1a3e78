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
// asks for. The case id is a random UUID, not derived from the person, so it is the record's pseudonym. A case may
// hold the BSN (for the schuldregeling, and to match vroegsignalen), but the record never carries it.
import * as z from 'zod/mini';
import type { Begeleidingsmodule } from '../beschikking/begeleidingsmodule';
import type { SignaalPartner } from '../nazorg/nazorg-gebeurtenissen';
import { Datum } from '../traject/gebeurtenissen';
import type { Traject } from '../traject/traject';
import { EnumUitstroomreden, UITSTROOMREDEN_CODE, uitstroomredenVan } from './uitstroomreden';

export { EnumUitstroomreden, UITSTROOMREDEN_CODE };

export const DDAS_MODEL = {
  naam: 'GGM Model Schuldhulpverlening',
  versie: '1.4',
  gewijzigd: '2025-04-23',
  vroegsignalering: 'GGM Model Vroegsignalering 1.0 (2025-04-23)',
  bron: 'Gemeente-Delft/Gemeentelijk-Gegevensmodel, docs/definities/definitie_Model Schuldhulpverlening.md',
} as const;

/** EnumBeschikkingssoort (model 1.4). */
export const EnumBeschikkingssoort = /* @__PURE__ */ z.enum(['Afwijzingsbeschikking', 'Toelatingsbeschikking']);
/** EnumBegeleidingssoort (model 1.4). */
export const EnumBegeleidingssoort = /* @__PURE__ */ z.enum([
  'Budgetcoaching',
  'Budgetbeheer',
  'Beschermingsbewind',
  'Lange Termijn Begeleiding (DFD)',
  'Budgetbegeleiding',
]);
/** EnumOplossingssoort (model 1.4). */
export const EnumOplossingssoort = /* @__PURE__ */ z.enum([
  'Betalingsregeling',
  'Herfinanciering',
  'Saneringskrediet',
  'Schuldbemiddeling',
  '0%-aanbod',
]);
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

/** EnumContactsoort (Model Vroegsignalering 1.0). */
export const EnumContactsoort = /* @__PURE__ */ z.enum([
  'Mail',
  'Brief',
  'SMS/Whatsapp',
  'Telefoon',
  'Huisbezoek',
  'Kaartje',
  'Overige',
]);
/** EnumSignaalpartner (Model Vroegsignalering 1.0). */
export const EnumSignaalpartner = /* @__PURE__ */ z.enum([
  'energie',
  'huur',
  'hypotheek',
  'CAK_Zorgverzekeringen',
  'zorg',
  'water',
  'DUO',
  'Belastingdienst',
  'CAK_EigenBijdrage',
  'Overige',
]);

/** Our signal partners (Besluit gemeentelijke schuldhulpverlening art. 2–5) → EnumSignaalpartner. */
export const SIGNAALPARTNER: Record<SignaalPartner, z.infer<typeof EnumSignaalpartner>> = {
  woningcorporatie: 'huur',
  verhuurder: 'huur',
  energie: 'energie',
  drinkwater: 'water',
  zorgverzekeraar: 'zorg',
};

/** Our oplossing in the akkoord of the creditors → EnumOplossingssoort. */
const OPLOSSINGSSOORT: Record<string, z.infer<typeof EnumOplossingssoort>> = {
  saneringskrediet: 'Saneringskrediet',
  schuldbemiddeling: 'Schuldbemiddeling',
};

const D = /* @__PURE__ */ (() => z.nullable(Datum))();

export const DdasRecord = /* @__PURE__ */ (() =>
  z.object({
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
    'WSNP-traject': z.nullable(z.object({ datumVerzoek: D, datumGoedkeuring: D, startdatum: D, einddatum: D })),
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
        crisissignaal: z.nullable(z.boolean()),
        warmeOverdracht: z.nullable(z.boolean()),
        Signaalpartner: z.object({ type: EnumSignaalpartner }),
        Contactpoging: z.array(z.object({ datum: Datum, bereikt: z.boolean(), soort: z.nullable(EnumContactsoort) })),
      }),
    ),
  }))();
export type DdasRecord = z.infer<typeof DdasRecord>;

/**
 * Every field of the model this projection cannot fill yet, with the issue that will fill it. The export lists them
 * (`nietGevuld`), and docs/ddas.md is generated from this list. Issue 16 marks a gap this issue found and leaves for a
 * follow-up (no other issue covers it yet).
 */
export const NIET_GEVULD: readonly { veld: string; issue: number; waarom: string }[] = [
  { veld: 'Stabilisatie.*', issue: 12, waarom: 'de stabilisatiefase (Kennisgeving, incassopauze) bestaat nog niet' },
  {
    veld: 'Moratorium.datumGoedkeuring, Moratorium.startdatum, Moratorium.einddatum',
    issue: 12,
    waarom: 'alleen de aanvraag (schuldenpauze gevraagd) staat in de historie',
  },
  {
    veld: 'WSNP-traject.datumGoedkeuring',
    issue: 16,
    waarom: 'de uitspraak van de rechtbank wordt niet vastgelegd; de WSNP-fase start op de overdracht',
  },
  {
    veld: 'Uitstroom.datumBeeindigingsbeschikking',
    issue: 16,
    waarom: 'POST /trajecten/{id}/beeindigingen stelt geen beëindigingsbeschikking op; alleen de datum van beëindiging',
  },
  {
    veld: 'Begeleiding.einddatum van een afgeronde of gestopte module',
    issue: 16,
    waarom: 'de historie kent alleen het geplande einde van een module; dat wordt geleverd, niet de werkelijke datum',
  },
  {
    veld: 'Vroegsignaal.crisissignaal, Vroegsignaal.warmeOverdracht',
    issue: 16,
    waarom: 'de terugval op het traject bewaart bron en partner, niet de soort van het signaal',
  },
  {
    veld: 'Vroegsignaal (signalen op de outreachlijst, met of zonder aanmelding), Contactpoging.soort, Contactpoging.dagdeel',
    issue: 16,
    waarom:
      'een signaal buiten een traject en de uitkomst van de outreach staan alleen bij het signaal (eigen bewaartermijn); een Vroegsignaalzaak-record per signaal ontbreekt nog; de wijze en het dagdeel van een contact worden niet vastgelegd',
  },
];

function euros(cent: number): number {
  return Math.round(cent / 100);
}

type BegeleidingRecord = DdasRecord['Begeleiding'][number];

/**
 * Begeleiding per module. With a begeleiding phase (begeleiding, crisisinterventie, a doorverwijzing that did not
 * help): each module from its own start (or the phase's start while it is still only planned) to the phase's end; a
 * module recorded as afgerond or gestopt ends on its planned end (the only date the history has). Without one (a
 * schuldregeling whose plan names modules): from the toelating to the end of the case.
 */
function begeleidingVan(t: Traject, vastgesteld: string | null, einde: string | null): BegeleidingRecord[] {
  const b = t.begeleiding;
  const lijst: BegeleidingRecord[] = [];
  if (b) {
    const faseEinde = b.einde?.datum ?? einde;
    for (const m of b.modules) {
      const klaar = m.status === 'afgerond' || m.status === 'gestopt';
      lijst.push({
        startdatum: m.start ?? b.sinds,
        einddatum: klaar && m.geplandEinde ? m.geplandEinde : faseEinde,
        soort: BEGELEIDINGSSOORT[m.module],
      });
    }
  } else if (vastgesteld) {
    const plan = t.intake?.plan as { begeleidingsmodules?: { module: Begeleidingsmodule }[] } | undefined;
    for (const m of plan?.begeleidingsmodules ?? []) {
      lijst.push({ startdatum: vastgesteld, einddatum: einde, soort: BEGELEIDINGSSOORT[m.module] });
    }
  }
  // Two modules of one soort over the same days (coaching and training: Budgetbegeleiding) are one Begeleiding.
  const gezien = new Set<string>();
  return lijst.filter((x) => {
    const k = JSON.stringify(x);
    if (gezien.has(k)) return false;
    gezien.add(k);
    return true;
  });
}

/** The DDAS record of a case as it stands: pure, from the fold of its history. */
export function ddasRecordVan(t: Traject): DdasRecord {
  const stap = (s: string) => t.stappen.find((x) => x.stap === s);
  const gesprek = stap('eerste-gesprek')?.voltooidOp ?? null;
  const vastgesteld = t.beschikking?.vastgesteldOp ?? null;
  const soort = t.beschikking?.soort;
  const toelating = vastgesteld !== null && soort === 'toelating';
  const einde = t.afgesloten?.op ?? null;
  const schuldenpauze = t.koppelingen.find((k) => k.koppeling === 'schuldenpauze');
  const crisisRoute = t.triage?.route === 'crisisinterventie' || t.begeleiding?.aanleiding === 'crisisinterventie';
  const overdracht = (naar: string) => t.overdrachten.find((o) => o.naar === naar);
  const voorstel = t.betaalvoorstel;
  const uitkomst = t.schulden?.uitkomst;
  const keuze = t.schulden?.keuze;
  const akkoord = uitkomst?.uitkomst === 'akkoord' ? uitkomst : undefined;
  const regeling = t.regeling;
  // A regeling that stops before its term is over (the case ended while it ran) is a schuldregeling withdrawn.
  const regelingGestopt = regeling && regeling.beeindigdOp === undefined && t.afgesloten ? t.afgesloten.op : null;
  const nazorgOverdracht = overdracht('nazorg');
  const wsnpOverdracht = overdracht('wsnp');
  const wsnpStart = t.wsnp?.start ?? wsnpOverdracht?.datum;
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
    Begeleiding: toelating ? begeleidingVan(t, vastgesteld, einde) : [],
    // A crisis at the aanmelding starts the intervention at once; the crisisinterventie route starts it with the
    // begeleiding phase it is handed to. Either ends with that phase, or with the case.
    Crisisinterventie:
      t.crisis !== undefined || (crisisRoute && vastgesteld)
        ? {
            startdatum: t.crisis !== undefined ? t.ontvangenOp : (t.begeleiding?.sinds ?? vastgesteld ?? t.ontvangenOp),
            einddatum: (crisisRoute ? t.begeleiding?.einde?.datum : undefined) ?? einde,
          }
        : null,
    Moratorium: schuldenpauze
      ? { datumAanvraag: schuldenpauze.op, datumGoedkeuring: null, startdatum: null, einddatum: null }
      : null,
    Stabilisatie: null,
    // The schuldregeling is ingediend when the betaalvoorstel goes to the creditors (Schuldenknooppunt); toegekend on
    // their akkoord, afgewezen when a refusal stands after the heroverweging; the dwangakkoord is the consulent's
    // choice after that (art. 287a Fw). Withdrawn: the person ended the case (ingetrokken) before an akkoord, or the
    // case ended while the regeling after the akkoord still ran (tussentijds beëindigd, no finale kwijting).
    Schuldregeling: voorstel
      ? {
          datum: voorstel.datum,
          toegekend: akkoord?.op ?? null,
          afgewezen: uitkomst?.uitkomst === 'afgewezen' ? uitkomst.op : null,
          ingetrokken: t.afgesloten?.reden === 'ingetrokken' && !akkoord ? t.afgesloten.op : (regelingGestopt ?? null),
          dwangakkoord: keuze?.keuze === 'dwangakkoord',
          datumVerzoekDwangakkoord: keuze?.keuze === 'dwangakkoord' ? keuze.op : null,
        }
      : null,
    Oplossing: voorstel
      ? {
          // The regeling after the akkoord (regeling-gestart): from its start to the finale kwijting
          // (schuldregeling-beeindigd), or to the end of the case when it stopped before its term was over. The
          // planned end (start + 18 months) is not an einddatum: a running oplossing has none yet.
          startdatum: regeling?.start ?? null,
          einddatum: regeling?.beeindigdOp ?? regelingGestopt,
          // The regeling (and before it the creditors' akkoord) names the oplossing; before an akkoord the krediet
          // Task proposes a saneringskrediet, and with no afloscapaciteit the offer is a 0%-aanbod.
          soort:
            (regeling ? OPLOSSINGSSOORT[regeling.oplossing] : undefined) ??
            (akkoord?.oplossing ? OPLOSSINGSSOORT[akkoord.oplossing] : undefined) ??
            (voorstel.aanbodCent === 0 ? '0%-aanbod' : 'Saneringskrediet'),
          vtlb: t.vtlbCent === undefined ? null : euros(t.vtlbCent),
        }
      : null,
    // The six-month window (nazorg-gestart); a case ended during it ends its nazorg on the same day.
    Nazorg: t.nazorg
      ? { startdatum: t.nazorg.start, einddatum: t.nazorg.afgerondOp ?? einde }
      : nazorgOverdracht
        ? { startdatum: nazorgOverdracht.datum, einddatum: einde }
        : null,
    // The request is the consulent's choice after a refusal (a verzoek dwangakkoord goes with the WSNP request,
    // art. 287a and 284 Fw); the phase starts on the hand-over and ends with the term (wsnp-afgerond) or the case.
    'WSNP-traject':
      wsnpStart !== undefined || keuze
        ? {
            datumVerzoek: keuze?.op ?? null,
            datumGoedkeuring: null,
            startdatum: wsnpStart ?? null,
            einddatum: t.wsnp?.afgerondOp ?? (wsnpStart !== undefined ? einde : null),
          }
        : null,
    Uitstroom: t.afgesloten
      ? { datum: t.afgesloten.op, ...uitstroomredenVan(t.afgesloten.reden), datumBeeindigingsbeschikking: null }
      : null,
    // Model Vroegsignalering: a signal for this person during the nazorg window (a terugval) and the personal contact
    // that followed it. An outcome with contact (contact gemaakt, nieuwe aanmelding) is a Contactpoging that reached
    // the person; "geen actie" records no attempt.
    Vroegsignaal: (t.nazorg?.terugvallen ?? []).flatMap((tv) =>
      tv.bron.soort === 'vroegsignaal'
        ? [
            {
              signaaldatum: tv.datum,
              crisissignaal: null,
              warmeOverdracht: null,
              Signaalpartner: { type: SIGNAALPARTNER[tv.bron.partner] },
              Contactpoging:
                tv.afgehandeldOp && tv.uitkomst && tv.uitkomst !== 'geen-actie'
                  ? [{ datum: tv.afgehandeldOp, bereikt: true, soort: null }]
                  : [],
            },
          ]
        : [],
    ),
  };
}
/** Whether a record belongs to the period [van, tot]: the case ran on at least one day of it. */
export function inPeriode(r: DdasRecord, van: string, tot: string): boolean {
  return r.Schuldhulptraject.startdatum <= tot && (r.Schuldhulptraject.einddatum ?? '9999-12-31') >= van;
}
