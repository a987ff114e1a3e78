// Domain layer: the case history. Every change to a traject is one of these events; the current view is a fold.
import * as z from 'zod/mini';
import { Begeleidingsmodule } from '../beschikking/begeleidingsmodule';
import { BegeleiderOvergedragen } from '../consulent/begeleider';
import { FeitGecorrigeerd } from '../correctie/correctie-gebeurtenissen';
import { isoDatum, isoTijdstip } from '../iso-formaten';
import { ContactmomentGehouden, DocumentToegevoegd, NotitieGemaakt } from '../journaal/journaal-gebeurtenissen';
import { NAZORG_GEBEURTENISSEN } from '../nazorg/nazorg-gebeurtenissen';
import { PersoonGewijzigd } from '../persoon/persoon-gebeurtenissen';
import { REGELING_GEBEURTENISSEN } from '../regeling/regeling-gebeurtenissen';
import { SchuldGebeurtenissen } from '../schulden/schuld-gebeurtenissen';
import { DoorverwijzingNaar } from '../triage/triage-uitkomst';
import { AfsluitReden, OverdrachtNaar } from './afsluiting';

export const Datum = /* @__PURE__ */ (() => isoDatum({ error: 'verwacht een datum als JJJJ-MM-DD' }))();

// privacy: the gemeente's privacy officer (functionaris gegevensbescherming, AVG art. 37–39), who checks who read
// which dossier (GET /audit/inzage) and sees no dossier itself.
export const Rol = /* @__PURE__ */ z.enum(['consulent', 'teamleider', 'verwijzer', 'loket', 'privacy']);
export type Rol = z.infer<typeof Rol>;

/** The bedreigende situaties of Wgs art. 4 lid 2 that shorten the term to the eerste gesprek to 3 werkdagen. */
export const CrisisSituatie = /* @__PURE__ */ z.enum([
  'huisuitzetting',
  'afsluiting-energie',
  'afsluiting-water',
  'beeindiging-zorgverzekering',
]);
export type CrisisSituatie = z.infer<typeof CrisisSituatie>;

export const Fase = /* @__PURE__ */ z.enum([
  'in-beeld',
  'in-contact',
  'in-gesprek',
  'rust-en-overzicht',
  'plaatje-compleet',
  'met-vertrouwen-verder',
]);
export type Fase = z.infer<typeof Fase>;

/** Process steps that carry a deadline. */
export const Stap = /* @__PURE__ */ z.enum([
  'eerste-gesprek',
  'intake',
  'beschikking',
  'vaststelling',
  'betaalvoorstel',
  /** The bezwaar window after an afwijzing: a term that runs out, not a duty (Awb 6:7). */
  'bezwaar',
  /** The beslistermijn on a bezwaar received (Awb 7:10). */
  'bezwaar-beslissing',
  /** The begeleiding (or crisisinterventie) phase: ends by the planned end of its modules. */
  'begeleiding',
  /** The follow-up of a warm hand-over to another organisation: is the person helped there? */
  'doorverwijzing',
  'schuldregeling-akkoord',
  'nazorg',
  'persoonlijk-contact',
  'wsnp',
  /** One month of the regeling: the payment due on its vervaldag, missed after the respijt. */
  'regeling-betaling',
  /** The periodic evaluation of the plan during the regeling. */
  'regeling-evaluatie',
]);
export type Stap = z.infer<typeof Stap>;

const Telefoon = /* @__PURE__ */ (() =>
  z
    .string()
    .check(z.trim(), z.regex(/^\+?[0-9 ()-]{8,20}$/, { error: 'verwacht een telefoonnummer van 8 tot 20 cijfers' })))();

export const ContactVelden = /* @__PURE__ */ (() => ({
  naam: z.string().check(z.trim(), z.minLength(1, { error: 'naam is verplicht' }), z.maxLength(200)),
  telefoon: z.optional(Telefoon),
  email: z.optional(z.email({ error: 'verwacht een geldig e-mailadres' })),
}))();

/** A person must be reachable one way at least: the aanmelding is form-free, but not contactless. */
export const bereikbaar: [
  (c: { telefoon?: string | undefined; email?: string | undefined }) => boolean,
  { error: string; path: string[] },
] = [
  (c) => c.telefoon !== undefined || c.email !== undefined,
  { error: 'geef ten minste één manier om de persoon te bereiken: telefoon of email', path: ['telefoon'] },
];

export const Contactgegevens = /* @__PURE__ */ (() => z.object(ContactVelden).check(z.refine(...bereikbaar)))();
export type Contactgegevens = z.infer<typeof Contactgegevens>;

export const Verwijzer = /* @__PURE__ */ (() =>
  z.object({
    organisatie: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    naam: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    telefoon: z.optional(Telefoon),
    email: z.optional(z.email()),
  }))();

/** The kinds of partners that refer residents (In beeld). */
export const VerwijzerSoort = /* @__PURE__ */ z.enum([
  'wijkteam',
  'woningcorporatie',
  'energieleverancier',
  'drinkwaterbedrijf',
  'zorgverzekeraar',
  'ggd',
  'huisarts',
  'werkgever',
  'maatschappelijk-werk',
  'overig',
]);

/** A referral by a partner, made with the resident's recorded consent; the verwijzer later sees only its status. */
export const Verwijzing = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    organisatie: z.string(),
    soort: VerwijzerSoort,
    /** The `sub` of the verwijzer's token: only this verwijzer sees the status of this referral. */
    verwijzerSub: z.string(),
    toestemmingOp: Datum,
    ontvangenOp: Datum,
  }))();
export type Verwijzing = z.infer<typeof Verwijzing>;

export const Actor = /* @__PURE__ */ (() =>
  z.discriminatedUnion('soort', [
    z.object({
      soort: z.literal('medewerker'),
      sub: z.string(),
      rol: Rol,
      /** Display name from the token's `name` claim, for letters ("Behandeld door"); never used for access. */
      naam: z.optional(z.string().check(z.maxLength(200))),
    }),
    z.object({ soort: z.literal('systeem'), naam: z.string() }),
  ]))();
export type Actor = z.infer<typeof Actor>;

/**
 * The offer to the creditors, computed by the krediet Task from the stored berekening (its volgnummer), with the norm
 * table it used. Amounts tied to the person stay in the encrypted case store, never in the workflow or on the bus.
 */
export const Betaalvoorstel = /* @__PURE__ */ (() =>
  z.object({
    berekening: z.int().check(z.positive()),
    datum: Datum,
    normtabel: z.object({ geldigVanaf: Datum, regeling: z.string() }),
    looptijdMaanden: z.int().check(z.positive()),
    jaarrenteBasispunten: z.int().check(z.nonnegative()),
    totaalSchuldCent: z.int().check(z.nonnegative()),
    aanbodCent: z.int().check(z.nonnegative()),
    kredietCent: z.int().check(z.nonnegative()),
    percentageConcurrent: z.nullable(z.number()),
    percentagePreferent: z.nullable(z.number()),
    voorstellen: z.array(
      z.object({
        schuldeiserId: z.string(),
        naam: z.string(),
        soort: z.enum(['preferent', 'concurrent']),
        lokaleOverheid: z.boolean(),
        bedragCent: z.int().check(z.nonnegative()),
        aanbodCent: z.int().check(z.nonnegative()),
        percentage: z.number(),
      }),
    ),
    aflosschema: z.array(
      z.object({
        maand: z.int().check(z.positive()),
        termijnCent: z.int().check(z.nonnegative()),
        renteCent: z.int().check(z.nonnegative()),
        aflossingCent: z.int().check(z.nonnegative()),
        restschuldCent: z.int().check(z.nonnegative()),
      }),
    ),
  }))();
export type Betaalvoorstel = z.infer<typeof Betaalvoorstel>;

/** A beschikking drawn up (the draft, then the definitive letter): its content as JSON (functions/domain/beschikking)
 * and the PDF in the document store under `document`. */
const Beschikkingsstuk = /* @__PURE__ */ (() =>
  z.object({
    datum: Datum,
    inhoud: z.record(z.string(), z.unknown()),
    document: z.object({ sleutel: z.string(), sha256: z.string(), bytes: z.int() }),
  }))();

export const TrajectGebeurtenis = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('aanmelding-ontvangen'),
      data: z.object({
        ontvangenOp: Datum,
        crisis: z.optional(CrisisSituatie),
        aanvrager: Contactgegevens,
        verwijzer: z.optional(Verwijzer),
        /** Hash of the request behind an Idempotency-Key, to tell a replay from a different request. */
        verzoekHash: z.optional(z.string()),
        /** Keyed hash of the person's contact (never the contact itself), to join referrals of one person. */
        persoonSleutel: z.optional(z.string()),
        verwijzing: z.optional(Verwijzing),
        /** Keyed hashes of the person's search tokens (functions/domain/persoon/zoektokens.ts), never the tokens. */
        zoeksleutels: z.optional(z.array(z.string())),
      }),
    }),
    z.object({
      type: z.literal('intake-afgenomen'),
      data: z.object({
        datum: Datum,
        instrument: z.object({ id: z.string(), versie: z.string() }),
        /** The screening answers, validated against the instrument version. */
        antwoorden: z.record(z.string(), z.unknown()),
        /** The consulent's draft of the plan van aanpak (goals in the person's own words, actions, modules, contacts). */
        plan: z.record(z.string(), z.unknown()),
      }),
    }),
    z.object({
      type: z.literal('triage-bepaald'),
      /** The triage outcome (functions/domain/triage: route, rule, reasons, target groups, instrument version). */
      data: z.object({ route: z.string(), uitkomst: z.record(z.string(), z.unknown()) }),
    }),
    z.object({
      type: z.literal('beschikking-opgesteld'),
      data: Beschikkingsstuk,
    }),
    z.object({
      type: z.literal('beschikking-vastgesteld'),
      data: z.object({ datum: Datum, door: z.string() }),
    }),
    z.object({
      type: z.literal('koppeling-gemeld'),
      /** A message to a partner system went out (VISH registration, schuldenpauze request). */
      data: z.object({ koppeling: z.enum(['vish-registratie', 'vish-afmelding', 'schuldenpauze']), op: Datum }),
    }),
    z.object({
      type: z.literal('traject-afgesloten'),
      data: z.object({ reden: AfsluitReden, op: Datum, toelichting: z.optional(z.string().check(z.maxLength(2000))) }),
    }),
    z.object({
      type: z.literal('fase-overgedragen'),
      /** The case moves on to the phase named (its workflow starts on the bus event); `aanleiding` says why. */
      data: z.object({ naar: OverdrachtNaar, datum: Datum, aanleiding: z.string().check(z.maxLength(200)) }),
    }),
    z.object({
      type: z.literal('verwijzing-ontvangen'),
      data: z.object({ verwijzing: Verwijzing }),
    }),
    z.object({
      type: z.literal('eerste-gesprek-gevoerd'),
      /** `begeleiderNaam`: the display name from the token, for the letter ("Behandeld door"). */
      data: z.object({
        datum: Datum,
        begeleider: z.string(),
        begeleiderNaam: z.optional(z.string().check(z.maxLength(200))),
      }),
    }),
    z.object({
      type: z.literal('deadline-overschreden'),
      data: z.object({ stap: Stap, deadline: Datum }),
    }),
    z.object({
      type: z.literal('opschorting-gestart'),
      data: z.object({ id: z.string(), start: Datum, verwachtEinde: Datum, reden: z.string() }),
    }),
    z.object({
      type: z.literal('opschorting-beeindigd'),
      data: z.object({ id: z.string(), einde: Datum }),
    }),
    z.object({
      type: z.literal('verlenging-vastgelegd'),
      data: z.object({
        id: z.string(),
        stap: Stap,
        op: Datum,
        dagen: z.optional(z.int().check(z.positive())),
        weken: z.optional(z.int().check(z.positive())),
        reden: z.string(),
      }),
    }),
    z.object({
      type: z.literal('berekening-vastgelegd'),
      data: z.object({
        /** The request as given (inputs of the VTLB, income, schulden): the krediet Task recomputes from it. */
        invoer: z.record(z.string(), z.unknown()),
        /** The norm table the amounts came from, so a later reader knows which version applied. */
        normtabel: z.object({ geldigVanaf: Datum, regeling: z.string() }),
        samenvatting: z.object({
          vtlbCent: z.int(),
          afloscapaciteitTotaalCent: z.int(),
          kredietCent: z.int(),
          aanbodCent: z.int(),
        }),
      }),
    }),
    z.object({ type: z.literal('betaalvoorstel-opgesteld'), data: Betaalvoorstel }),
    z.object({
      type: z.literal('beschikking-bekendgemaakt'),
      /**
       * The definitive letter, drawn up again on the day of the vaststelling: dagtekening and verzenddatum are that
       * day, so the bezwaartermijn counts from the bekendmaking (Awb 6:8 lid 1), and the process overview follows the
       * case as it is then.
       */
      data: Beschikkingsstuk,
    }),
    z.object({
      type: z.literal('bezwaar-ontvangen'),
      /** `termijnVanaf`: the last day of the bezwaartermijn (or the receipt, if later): the beslistermijn runs from it. */
      data: z.object({ id: z.string(), ontvangenOp: Datum, termijnVanaf: Datum }),
    }),
    z.object({
      type: z.literal('bezwaar-beslist'),
      data: z.object({
        id: z.string(),
        datum: Datum,
        uitkomst: z.enum(['ongegrond', 'niet-ontvankelijk', 'ingetrokken']),
      }),
    }),
    z.object({
      type: z.literal('begeleidingsmodule-bijgewerkt'),
      data: z.object({
        module: Begeleidingsmodule,
        aanbieder: z.string().check(z.maxLength(200)),
        start: Datum,
        geplandEinde: Datum,
        status: z.enum(['gepland', 'lopend', 'afgerond', 'gestopt']),
      }),
    }),
    z.object({
      type: z.literal('begeleiding-beeindigd'),
      data: z.object({ datum: Datum, nazorg: z.boolean() }),
    }),
    z.object({
      type: z.literal('triage-herzien'),
      /** The consulent decides the case moves to another route (begeleiding → schuldregeling), with a reason. */
      data: z.object({ route: z.literal('schuldregeling'), reden: z.string().check(z.maxLength(2000)), datum: Datum }),
    }),
    z.object({
      type: z.literal('doorverwijzing-overgedragen'),
      data: z.object({
        naar: DoorverwijzingNaar,
        organisatie: z.string().check(z.maxLength(200)),
        datum: Datum,
      }),
    }),
    z.object({
      type: z.literal('doorverwijzing-opgevolgd'),
      data: z.object({ datum: Datum, geholpen: z.boolean() }),
    }),
    z.object({
      type: z.literal('workflow-gestopt'),
      /** A Task failed after its retries: the cause without personal data (error type, a bounded message, the state). */
      data: z.object({
        workflow: z.string(),
        executie: z.string(),
        staat: z.string(),
        fout: z.object({ type: z.string().check(z.maxLength(200)), melding: z.string().check(z.maxLength(500)) }),
      }),
    }),
    z.object({
      type: z.literal('workflow-herstart'),
      data: z.object({ workflow: z.string(), executie: z.string() }),
    }),
    ContactmomentGehouden,
    NotitieGemaakt,
    DocumentToegevoegd,
    PersoonGewijzigd,
    FeitGecorrigeerd,
    BegeleiderOvergedragen,
    ...SchuldGebeurtenissen,
    ...NAZORG_GEBEURTENISSEN,
    ...REGELING_GEBEURTENISSEN,
  ]))();
export type TrajectGebeurtenis = z.infer<typeof TrajectGebeurtenis>;

export const Wijziging = /* @__PURE__ */ (() => z.object({ veld: z.string(), oud: z.unknown(), nieuw: z.unknown() }))();
export type Wijziging = z.infer<typeof Wijziging>;

const envelopVelden = /* @__PURE__ */ (() => ({
  volgnummer: z.int().check(z.positive()),
  op: isoTijdstip(),
  actor: Actor,
  gemeente: z.string(),
  wijzigingen: z.array(Wijziging),
  /** The request or execution that caused it, carried into the published event. */
  correlatieId: z.string(),
}))();

/** An event as it stands in the history: what, who, when, and what it changed (ZGW audit trail). */
export const OpgeslagenGebeurtenis = /* @__PURE__ */ (() =>
  z.object({ ...envelopVelden, gebeurtenis: TrajectGebeurtenis }))();
export type OpgeslagenGebeurtenis = z.infer<typeof OpgeslagenGebeurtenis>;

/**
 * Every event type of `TrajectGebeurtenis`, in its order (test/domain/traject/gebeurtenis-envelop.test.ts keeps the two
 * equal). The store checks a stored event's type against this list, not its data against the whole union.
 */
export const GEBEURTENIS_TYPES = [
  'aanmelding-ontvangen',
  'intake-afgenomen',
  'triage-bepaald',
  'beschikking-opgesteld',
  'beschikking-vastgesteld',
  'koppeling-gemeld',
  'traject-afgesloten',
  'fase-overgedragen',
  'verwijzing-ontvangen',
  'eerste-gesprek-gevoerd',
  'deadline-overschreden',
  'opschorting-gestart',
  'opschorting-beeindigd',
  'verlenging-vastgelegd',
  'berekening-vastgelegd',
  'betaalvoorstel-opgesteld',
  'beschikking-bekendgemaakt',
  'bezwaar-ontvangen',
  'bezwaar-beslist',
  'begeleidingsmodule-bijgewerkt',
  'begeleiding-beeindigd',
  'triage-herzien',
  'doorverwijzing-overgedragen',
  'doorverwijzing-opgevolgd',
  'workflow-gestopt',
  'workflow-herstart',
  'contactmoment-gehouden',
  'notitie-gemaakt',
  'document-toegevoegd',
  'persoon-gewijzigd',
  'feit-gecorrigeerd',
  'begeleider-overgedragen',
  'schuld-geregistreerd',
  'schuldeisers-aangeschreven',
  'schuldeiser-antwoord-ontvangen',
  'schuldeiser-termijn-verstreken',
  'schuldregeling-uitkomst',
  'dwangakkoord-wsnp-keuze',
  'nazorg-gestart',
  'bsn-vastgelegd',
  'terugval-gesignaleerd',
  'terugval-afgehandeld',
  'nazorg-afgerond',
  'wsnp-gestart',
  'wsnp-afgerond',
  'evaluatie-vastgelegd',
  'regeling-gestart',
  'regeling-maand-geopend',
  'betaling-ontvangen',
  'betaling-gemist',
  'regeling-evaluatie-geopend',
  'regeling-periode-afgerond',
  'schuldregeling-beeindigd',
] as const satisfies readonly TrajectGebeurtenis['type'][];

/**
 * A stored event as the case store reads it back: the envelope in full and the event's type from the known list, its
 * data kept as it was written. The data was built by the use cases against `TrajectGebeurtenis`'s type (and checked
 * against the whole schema on every write in the local runtime and the tests, local/runtime.ts); the snapshot that
 * normally stands in for all earlier events is trusted the same way. Reading it back against the whole union would
 * put every event schema (about 20 kB) into every function that loads a case. An unknown type (an event written by a
 * newer deployment) is refused, never folded as something else.
 */
export const OpgeslagenEnvelop = /* @__PURE__ */ (() =>
  z.object({
    volgnummer: z.int().check(z.positive()),
    op: z.string(),
    actor: z.looseObject({ soort: z.enum(['medewerker', 'systeem']) }),
    gemeente: z.string(),
    wijzigingen: z.array(z.looseObject({ veld: z.string() })),
    correlatieId: z.string(),
    gebeurtenis: z.looseObject({ type: z.enum(GEBEURTENIS_TYPES), data: z.looseObject({}) }),
  }))();

/** The stored event with its envelope checked (see `OpgeslagenEnvelop`). */
export function leesOpgeslagen(item: unknown): OpgeslagenGebeurtenis {
  return OpgeslagenEnvelop.parse(item) as unknown as OpgeslagenGebeurtenis;
}
