// Contracts: request and response bodies of the HTTP API. The OpenAPI document is generated from these.
import * as z from 'zod/mini';
import { Actie, Contactmoment, ModuleKeuze } from '../domain/beschikking/beschikking-invoer';
import { GemeenteConfiguratie } from '../domain/gemeente/configuratie';
import { PersoonGegevens } from '../domain/persoon/persoon-gebeurtenissen';
import { AfsluitReden, BeeindigingsReden } from '../domain/traject/afsluiting';
import {
  Actor,
  Betaalvoorstel,
  bereikbaar,
  ContactVelden,
  CrisisSituatie,
  Datum,
  Fase,
  Rol,
  Stap,
  Verwijzer,
  VerwijzerSoort,
  Verwijzing,
  Wijziging,
} from '../domain/traject/gebeurtenissen';
import { MAX_ANTWOORDEN, MAX_PLAN, VerzoekDatum, VerzoekEmail, VerzoekTekst } from './invoer-grenzen';
import { JournaalWeergave } from './journaal-weergave';
import { EvaluatieWeergave, NazorgWeergave } from './nazorg-api';
import { RegelingWeergave } from './regeling-api';

/** Contact fields of a request: as stored (ContactVelden), with the e-mail bounded too. */
const VerzoekContactVelden = { ...ContactVelden, email: z.optional(VerzoekEmail) };

/** Who referred, in a request body: strict, every field bounded. */
const VerzoekVerwijzer = z.strictObject({ ...Verwijzer.shape, email: z.optional(VerzoekEmail) });

export const AanmeldingVerzoek = z
  .strictObject({
    ...VerzoekContactVelden,
    /** The day the hulpvraag was received; the term to the eerste gesprek starts here (Wgs art. 4). */
    ontvangenOp: z.optional(VerzoekDatum),
    crisis: z.optional(CrisisSituatie),
    verwijzer: z.optional(VerzoekVerwijzer),
  })
  .check(z.refine(...bereikbaar));
export type AanmeldingVerzoek = z.infer<typeof AanmeldingVerzoek>;

export const AanmeldingAntwoord = z.object({ id: z.string() });

export const EersteGesprekVerzoek = z.strictObject({ datum: VerzoekDatum });

export const DeadlineWeergave = z.object({
  stap: Stap,
  start: Datum,
  deadline: Datum,
  servicenormDeadline: Datum,
  status: z.enum(['open', 'voltooid', 'overschreden']),
  voltooidOp: z.optional(Datum),
  binnenTermijn: z.nullable(z.boolean()),
  binnenServicenorm: z.nullable(z.boolean()),
  opgeschortDagen: z.int(),
  verlengingen: z.array(z.string()),
  norm: z.object({ id: z.string(), versie: z.string(), bron: z.string(), omschrijving: z.string() }),
});

/** One audit entry: who, when, what, and the changed process fields (never contact details). */
export const HistorieRegel = z.object({
  volgnummer: z.int(),
  op: z.iso.datetime(),
  actor: Actor,
  type: z.string(),
  wijzigingen: z.array(Wijziging),
});

export const TrajectWeergave = z.object({
  id: z.string(),
  gemeente: z.string(),
  fase: Fase,
  stap: z.nullable(Stap),
  ontvangenOp: Datum,
  crisis: z.optional(CrisisSituatie),
  aanvrager: z.object(ContactVelden),
  verwijzer: z.optional(Verwijzer),
  verwijzingen: z.array(Verwijzing),
  begeleider: z.optional(z.string()),
  deadlines: z.array(DeadlineWeergave),
  opschortingen: z.array(
    z.object({
      id: z.string(),
      start: Datum,
      verwachtEinde: Datum,
      werkelijkEinde: z.optional(Datum),
      reden: z.string(),
    }),
  ),
  verlengingen: z.array(
    z.object({
      id: z.string(),
      stap: Stap,
      op: Datum,
      dagen: z.optional(z.int()),
      weken: z.optional(z.int()),
      reden: z.string(),
    }),
  ),
  volgende: z.nullable(z.object({ stap: Stap, deadline: Datum, wat: z.string() })),
  /** The triage outcome with its reasons, readable by the consulent and the resident. */
  triage: z.optional(z.record(z.string(), z.unknown())),
  beschikking: z.optional(z.object({ datum: Datum, vastgesteldOp: z.nullable(Datum), href: z.string() })),
  /** From the eerste gesprek on: the next planned contact, or the latest moment of the next one. */
  volgendContactmoment: z.nullable(z.object({ datum: Datum, wat: z.string(), gepland: z.boolean() })),
  koppelingen: z.array(z.object({ koppeling: z.string(), op: Datum })),
  /** The offer per creditor with the saneringskrediet and its repayment schedule (Plaatje compleet). */
  betaalvoorstel: z.optional(Betaalvoorstel),
  afgesloten: z.optional(z.object({ reden: AfsluitReden, op: Datum, toelichting: z.optional(z.string()) })),
  /** Met vertrouwen verder: the nazorg window and every terugval with its outcome. */
  nazorg: z.optional(NazorgWeergave),
  /** The 18-month regeling: months paid and missed, the next vervaldag, the end date, evaluations, terugvallen. */
  regeling: z.optional(RegelingWeergave),
  /** Evaluations with the measurement instrument: the change per life domain since the intake and the previous one. */
  evaluaties: z.optional(z.array(EvaluatieWeergave)),
  /** The journal: contact moments held, notes, documents (with href), each with who recorded it and when. */
  journaal: z.optional(JournaalWeergave),
  /** The planned contact moments of the plan van aanpak, each with the held one that fulfilled it. */
  geplandeContactmomenten: z.optional(
    z.array(
      z.object({ nummer: z.int(), datum: Datum, vorm: z.string(), met: z.string(), gehouden: z.optional(z.string()) }),
    ),
  ),
  persoon: z.optional(PersoonGegevens),
  /** Corrections of recorded facts: old and new value, reason, who and when. */
  correcties: z.optional(
    z.array(
      z.object({
        feit: z.string(),
        vraag: z.optional(z.string()),
        oud: z.unknown(),
        nieuw: z.unknown(),
        reden: z.string(),
        door: z.string(),
        op: z.iso.datetime(),
      }),
    ),
  ),
  /** The begeleiding phase: its modules with provider, start, planned end and status. */
  begeleiding: z.optional(
    z.object({
      sinds: Datum,
      aanleiding: z.string(),
      modules: z.array(
        z.object({
          module: z.string(),
          status: z.enum(['gepland', 'lopend', 'afgerond', 'gestopt']),
          aanbieder: z.optional(z.string()),
          start: z.optional(Datum),
          geplandEinde: z.optional(Datum),
        }),
      ),
      einde: z.optional(z.object({ datum: Datum, nazorg: z.boolean() })),
    }),
  ),
  /** The warm hand-over to another organisation and its follow-up. */
  doorverwijzing: z.optional(
    z.object({
      naar: z.string(),
      organisatie: z.string(),
      datum: Datum,
      opvolging: z.optional(z.object({ datum: Datum, geholpen: z.boolean() })),
    }),
  ),
  bezwaren: z.array(
    z.object({
      id: z.string(),
      ontvangenOp: Datum,
      uitkomst: z.optional(z.string()),
      beslistOp: z.optional(Datum),
    }),
  ),
  /** Hand-overs to a next phase, oldest first. */
  overdrachten: z.array(z.object({ naar: z.string(), datum: Datum, aanleiding: z.string() })),
  /** A workflow that stopped on a failed Task and was not restarted yet (no personal data: type, message, state). */
  workflowFout: z.nullable(
    z.object({
      workflow: z.string(),
      staat: z.string(),
      fout: z.object({ type: z.string(), melding: z.string() }),
      op: z.iso.datetime(),
    }),
  ),
  /** The latest history events (at most 10), oldest first; the whole history is paged at `historieHref`. */
  historie: z.array(HistorieRegel),
  /** Whether there are older events than those in `historie`. */
  historieIngekort: z.boolean(),
  historieHref: z.string(),
  versie: z.int(),
});
export type TrajectWeergave = z.infer<typeof TrajectWeergave>;

/** `GET /trajecten/{id}/historie`: the events after volgnummer `na`, oldest first, at most `limiet`. */
export const HistorieQuery = z.strictObject({
  na: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000)), 0),
  limiet: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
});

export const HistorieAntwoord = z.object({
  items: z.array(HistorieRegel),
  /** The `na` of the next page; null on the last page. */
  volgendeNa: z.nullable(z.int()),
});
export type HistorieAntwoord = z.infer<typeof HistorieAntwoord>;

/** An opaque page cursor from a previous answer of the same list. */
const Cursor = z.string().check(z.minLength(1), z.maxLength(2000), z.regex(/^[A-Za-z0-9_-]+$/));

export const TokenVerzoek = z.strictObject({
  gemeente: z.string().check(z.regex(/^\d{4}$/, { error: 'verwacht een CBS-gemeentecode van 4 cijfers' })),
  rol: Rol,
  sub: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The display name the IdP passes (Cognito's `name`), optional. */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

export const Probleem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ pointer: z.string(), field: z.string(), detail: z.string() }))),
});

export const OpschortingVerzoek = z.strictObject({
  start: VerzoekDatum,
  verwachtEinde: VerzoekDatum,
  reden: z.string().check(z.trim(), z.minLength(1, { error: 'reden is verplicht' }), z.maxLength(500)),
});

export const OpschortingEindeVerzoek = z.strictObject({ datum: VerzoekDatum });

export const VerlengingVerzoek = z
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
  );

export const IdAntwoord = z.object({ id: z.string() });

export const WerkvoorraadQuery = z.strictObject({
  status: z._default(z.enum(['open', 'binnenkort', 'overschreden']), 'open'),
  max: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
  /** `me`: the caller's own cases; otherwise the `sub` of a begeleider of the same gemeente. */
  begeleider: z.optional(z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^#]+$/))),
  cursor: z.optional(Cursor),
});

export const WerkvoorraadAntwoord = z.object({
  items: z.array(
    z.object({
      trajectId: z.string(),
      stap: Stap,
      deadline: Datum,
      status: z.enum(['open', 'binnenkort', 'overschreden']),
      begeleider: z.optional(z.string()),
    }),
  ),
  /** The cursor of the next page; null on the last page. */
  volgende: z.nullable(z.string()),
});

export const DoorlooptijdenQuery = z.strictObject({
  van: Datum,
  tot: Datum,
  /** Months per page (the report is kept per month). */
  maanden: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(36)), 12),
  cursor: z.optional(Cursor),
});

const DoorlooptijdStatistiekSchema = z.object({
  stap: Stap,
  aantal: z.int(),
  mediaanDagen: z.number(),
  p90Dagen: z.number(),
  aandeelBinnenServicenorm: z.number(),
  aandeelBinnenTermijn: z.number(),
});

export const DoorlooptijdenAntwoord = z.object({
  /** The whole months this page covers (the report is kept per month of completion). */
  van: Datum,
  tot: Datum,
  /** Per step over the months of this page. */
  stappen: z.array(DoorlooptijdStatistiekSchema),
  maanden: z.array(z.object({ maand: z.string(), stappen: z.array(DoorlooptijdStatistiekSchema) })),
  /** The cursor of the next months; null on the last page. */
  volgende: z.nullable(z.string()),
});

export const VerwijzingVerzoek = z
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
  .check(z.refine(...bereikbaar));
export type VerwijzingVerzoek = z.infer<typeof VerwijzingVerzoek>;

export const VerwijzingAntwoord = z.object({ id: z.string(), samengevoegd: z.boolean() });

export const VerwijzingStatus = z.object({
  id: z.string(),
  opgepakt: z.boolean(),
  eersteGesprekOp: z.nullable(Datum),
});

/** The consulent's draft of the plan van aanpak, given with the intake (Wgs art. 4a). */
const hoogstens = (n: number, wat: string) => z.maxLength(n, { error: `hoogstens ${n} ${wat}` });

export const PlanVerzoek = z.strictObject({
  /** In the person's own words. */
  doelen: z
    .array(VerzoekTekst(1000))
    .check(z.minLength(1, { error: 'noem minstens één doel van de hulpvrager' }), hoogstens(MAX_PLAN.doelen, 'doelen')),
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
});
export type PlanVerzoek = z.infer<typeof PlanVerzoek>;

export const IntakeVerzoek = z.strictObject({
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
});
export type IntakeVerzoek = z.infer<typeof IntakeVerzoek>;

export const VaststellingVerzoek = z.strictObject({ datum: z.optional(VerzoekDatum) });

/** GET /audit/inzage: who read personal data, for the gemeente's privacy officer (AVG art. 5 lid 2: accountability). */
export const InzageQuery = z.strictObject({
  traject: z.optional(z.string().check(z.regex(/^[a-z0-9-]{8,64}$/, { error: 'onbekend trajectnummer' }))),
  gebruiker: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  van: VerzoekDatum,
  tot: VerzoekDatum,
  max: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
});

export const InzageAntwoord = z.object({
  items: z.array(
    z.object({
      gemeente: z.string(),
      sub: z.string(),
      rol: z.string(),
      route: z.string(),
      trajectId: z.optional(z.string()),
      zoekvraag: z.optional(z.string()),
      op: z.iso.datetime(),
      requestId: z.string(),
    }),
  ),
  cursor: z.optional(z.string()),
});

const Toelichting = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

export const BeeindigingVerzoek = z.strictObject({
  reden: BeeindigingsReden,
  toelichting: z.optional(Toelichting),
});

export const AfsluitingAntwoord = z.object({
  id: z.string(),
  afgesloten: z.object({ reden: AfsluitReden, op: Datum, toelichting: z.optional(z.string()) }),
});

export const HerstartAntwoord = z.object({
  gestart: z.array(z.object({ workflow: z.string(), executie: z.string() })),
});

export const BezwaarVerzoek = z.strictObject({
  /** The day the bezwaarschrift came in; default today. */
  ontvangenOp: z.optional(Datum),
});

export const BezwaarBeslissingVerzoek = z.strictObject({
  datum: z.optional(Datum),
  /** A gegrond bezwaar needs a new beschikking: not yet supported here. */
  uitkomst: z.enum(['ongegrond', 'niet-ontvankelijk', 'ingetrokken']),
});

export const ModuleVerzoek = z.strictObject({
  module: ModuleKeuze.shape.module,
  aanbieder: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  start: Datum,
  geplandEinde: Datum,
  status: z.enum(['gepland', 'lopend', 'afgerond', 'gestopt']),
});

export const BegeleidingEindeVerzoek = z.strictObject({
  datum: z.optional(Datum),
  /** The nazorgplan of the beschikking applies unless the consulent says otherwise. */
  nazorg: z._default(z.boolean(), true),
});

export const TriageHerzieningVerzoek = z.strictObject({
  route: z.literal('schuldregeling'),
  reden: Toelichting,
});

export const OpvolgingVerzoek = z.strictObject({
  datum: z.optional(Datum),
  geholpen: z.boolean(),
});

export const ConfiguratieAntwoord = z.object({
  configuratie: GemeenteConfiguratie,
  versie: z.int(),
  gewijzigdOp: z.iso.datetime(),
  gewijzigdDoor: z.string(),
});
