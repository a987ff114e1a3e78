// Contracts: request and query bodies of the HTTP API (the responses: api-weergaven.ts). The OpenAPI document is
// generated from these; a handler bundles only the request schemas, not the views.
import * as z from 'zod/mini';
import { Actie, Contactmoment, ModuleKeuze } from '../domain/beschikking/beschikking-invoer';
import { BeeindigingsReden } from '../domain/traject/afsluiting';
import {
  bereikbaar,
  ContactVelden,
  CrisisSituatie,
  Datum,
  Rol,
  Stap,
  Verwijzer,
  VerwijzerSoort,
} from '../domain/traject/gebeurtenissen';
import { MAX_ANTWOORDEN, MAX_PLAN, VerzoekDatum, VerzoekEmail, VerzoekTekst } from './invoer-grenzen';

/** Contact fields of a request: as stored (ContactVelden), with the e-mail bounded too. */
const VerzoekContactVelden = /* @__PURE__ */ (() => ({ ...ContactVelden, email: z.optional(VerzoekEmail) }))();

/** Who referred, in a request body: strict, every field bounded. */
const VerzoekVerwijzer = /* @__PURE__ */ (() =>
  z.strictObject({ ...Verwijzer.shape, email: z.optional(VerzoekEmail) }))();

export const AanmeldingVerzoek = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ...VerzoekContactVelden,
      /** The day the hulpvraag was received; the term to the eerste gesprek starts here (Wgs art. 4). */
      ontvangenOp: z.optional(VerzoekDatum),
      crisis: z.optional(CrisisSituatie),
      verwijzer: z.optional(VerzoekVerwijzer),
    })
    .check(z.refine(...bereikbaar)))();
export type AanmeldingVerzoek = z.infer<typeof AanmeldingVerzoek>;

export const EersteGesprekVerzoek = /* @__PURE__ */ (() => z.strictObject({ datum: VerzoekDatum }))();

/** `GET /trajecten/{id}/historie`: the events after volgnummer `na`, oldest first, at most `limiet`. */
export const HistorieQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    na: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000)), 0),
    limiet: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
  }))();

/** An opaque page cursor from a previous answer of the same list. */
const Cursor = /* @__PURE__ */ (() =>
  z.string().check(z.minLength(1), z.maxLength(2000), z.regex(/^[A-Za-z0-9_-]+$/)))();

export const TokenVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    gemeente: z.string().check(z.regex(/^\d{4}$/, { error: 'verwacht een CBS-gemeentecode van 4 cijfers' })),
    rol: Rol,
    sub: z.string().check(z.minLength(1), z.maxLength(200)),
    /** The display name the IdP passes (Cognito's `name`), optional. */
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  }))();

export const OpschortingVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    start: VerzoekDatum,
    verwachtEinde: VerzoekDatum,
    reden: z.string().check(z.trim(), z.minLength(1, { error: 'reden is verplicht' }), z.maxLength(500)),
  }))();

export const OpschortingEindeVerzoek = /* @__PURE__ */ (() => z.strictObject({ datum: VerzoekDatum }))();

export const VerlengingVerzoek = /* @__PURE__ */ (() =>
  z
    .strictObject({
      stap: Stap,
      dagen: z.optional(z.int().check(z.positive(), z.maximum(366))),
      weken: z.optional(z.int().check(z.positive(), z.maximum(52))),
      reden: z.string().check(z.trim(), z.minLength(1, { error: 'reden is verplicht' }), z.maxLength(500)),
    })
    .check(
      z.refine((v) => (v.dagen === undefined) !== (v.weken === undefined), {
        error: 'geef de verlenging in dagen of in weken (precies één van beide)',
        path: ['dagen'],
      }),
    ))();

export const WerkvoorraadQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    status: z._default(z.enum(['open', 'binnenkort', 'overschreden']), 'open'),
    max: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
    /** `me`: the caller's own cases; otherwise the `sub` of a begeleider of the same gemeente. */
    begeleider: z.optional(z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^#]+$/))),
    cursor: z.optional(Cursor),
  }))();

export const DoorlooptijdenQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    van: Datum,
    tot: Datum,
    /** Months per page (the report is kept per month). */
    maanden: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(36)), 12),
    cursor: z.optional(Cursor),
  }))();

export const VerwijzingVerzoek = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ...VerzoekContactVelden,
      organisatie: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      soort: VerwijzerSoort,
      /** Wgs art. 3a / AVG: a referral needs the resident's consent, recorded by the verwijzer. */
      toestemming: z.strictObject({
        gegeven: z.literal(true, { error: 'een verwijzing kan alleen met toestemming van de inwoner' }),
        datum: VerzoekDatum,
      }),
      crisis: z.optional(CrisisSituatie),
    })
    .check(z.refine(...bereikbaar)))();
export type VerwijzingVerzoek = z.infer<typeof VerwijzingVerzoek>;

/** The consulent's draft of the plan van aanpak, given with the intake (Wgs art. 4a). */
const hoogstens = (n: number, wat: string) => z.maxLength(n, { error: `hoogstens ${n} ${wat}` });

export const PlanVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    /** In the person's own words. */
    doelen: z
      .array(VerzoekTekst(1000))
      .check(
        z.minLength(1, { error: 'noem minstens één doel van de hulpvrager' }),
        hoogstens(MAX_PLAN.doelen, 'doelen'),
      ),
    acties: z
      .array(z.strictObject({ ...Actie.shape, wanneer: VerzoekDatum }))
      .check(
        z.minLength(1, { error: 'een plan van aanpak heeft minstens één actie' }),
        hoogstens(MAX_PLAN.acties, 'acties'),
      ),
    begeleidingsmodules: z._default(
      z.array(z.strictObject(ModuleKeuze.shape)).check(hoogstens(MAX_PLAN.begeleidingsmodules, 'modules')),
      [],
    ),
    contactmomenten: z
      .array(z.strictObject({ ...Contactmoment.shape, datum: VerzoekDatum }))
      .check(
        z.minLength(1, { error: 'noem minstens het volgende contactmoment' }),
        hoogstens(MAX_PLAN.contactmomenten, 'contactmomenten'),
      ),
    voorwaarden: z._default(z.array(VerzoekTekst(500)).check(hoogstens(MAX_PLAN.voorwaarden, 'voorwaarden')), []),
    /** Ask the landelijke schuldenpauze (moratorium) for this case once the beschikking is vastgesteld. */
    schuldenpauze: z._default(z.boolean(), false),
    /** Only when the gemeente refuses: the grounds (Awb 3:46); otherwise every route but advies is a toelating. */
    afwijzing: z.optional(
      z.strictObject({
        gronden: z.array(VerzoekTekst(1000)).check(z.minLength(1), hoogstens(10, 'gronden')),
      }),
    ),
  }))();
export type PlanVerzoek = z.infer<typeof PlanVerzoek>;

export const IntakeVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    instrument: z.strictObject({ id: VerzoekTekst(100), versie: VerzoekTekst(50) }),
    /** The answers by question id; `valideerAntwoorden` then checks each against the instrument version. */
    antwoorden: z
      .record(
        z.string().check(z.minLength(1), z.maxLength(100)),
        z.union([z.number(), z.boolean(), z.string().check(z.maxLength(1000))]),
      )
      .check(
        z.refine((a) => Object.keys(a).length <= MAX_ANTWOORDEN, {
          error: `hoogstens ${MAX_ANTWOORDEN} antwoorden`,
        }),
      ),
    /** Day of the intake; default today; never after today. */
    datum: z.optional(VerzoekDatum),
    plan: PlanVerzoek,
  }))();
export type IntakeVerzoek = z.infer<typeof IntakeVerzoek>;

export const VaststellingVerzoek = /* @__PURE__ */ (() => z.strictObject({ datum: z.optional(VerzoekDatum) }))();

/** GET /audit/inzage: who read personal data, for the gemeente's privacy officer (AVG art. 5 lid 2: accountability). */
export const InzageQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    traject: z.optional(z.string().check(z.regex(/^[a-z0-9-]{8,64}$/, { error: 'onbekend trajectnummer' }))),
    gebruiker: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    van: VerzoekDatum,
    tot: VerzoekDatum,
    max: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  }))();

const Toelichting = /* @__PURE__ */ (() => z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)))();

export const BeeindigingVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    reden: BeeindigingsReden,
    toelichting: z.optional(Toelichting),
  }))();

export const BezwaarVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The day the bezwaarschrift came in; default today. */
    ontvangenOp: z.optional(Datum),
  }))();

export const BezwaarBeslissingVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    datum: z.optional(Datum),
    /** A gegrond bezwaar needs a new beschikking: not yet supported here. */
    uitkomst: z.enum(['ongegrond', 'niet-ontvankelijk', 'ingetrokken']),
  }))();

export const ModuleVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    module: ModuleKeuze.shape.module,
    aanbieder: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    start: Datum,
    geplandEinde: Datum,
    status: z.enum(['gepland', 'lopend', 'afgerond', 'gestopt']),
  }))();

export const BegeleidingEindeVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    datum: z.optional(Datum),
    /** The nazorgplan of the beschikking applies unless the consulent says otherwise. */
    nazorg: z._default(z.boolean(), true),
  }))();

export const TriageHerzieningVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    route: z.literal('schuldregeling'),
    reden: Toelichting,
  }))();

export const OpvolgingVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    datum: z.optional(Datum),
    geholpen: z.boolean(),
  }))();
