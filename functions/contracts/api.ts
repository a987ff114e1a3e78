// Contracts: request and response bodies of the HTTP API. The OpenAPI document is generated from these.
import * as z from 'zod/mini';
import { Actie, Contactmoment, ModuleKeuze } from '../domain/beschikking/beschikking-invoer';
import { AfsluitReden } from '../domain/traject/afsluiting';
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
import { IntakeAntwoordenVerzoek } from '../domain/triage/instrument-schema';

export const AanmeldingVerzoek = z
  .strictObject({
    ...ContactVelden,
    /** The day the hulpvraag was received; the term to the eerste gesprek starts here (Wgs art. 4). */
    ontvangenOp: z.optional(Datum),
    crisis: z.optional(CrisisSituatie),
    verwijzer: z.optional(Verwijzer),
  })
  .check(z.refine(...bereikbaar));
export type AanmeldingVerzoek = z.infer<typeof AanmeldingVerzoek>;

export const AanmeldingAntwoord = z.object({ id: z.string() });

export const EersteGesprekVerzoek = z.strictObject({ datum: Datum });

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
  historie: z.array(
    z.object({
      volgnummer: z.int(),
      op: z.iso.datetime(),
      actor: Actor,
      type: z.string(),
      wijzigingen: z.array(Wijziging),
    }),
  ),
  versie: z.int(),
});
export type TrajectWeergave = z.infer<typeof TrajectWeergave>;

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
  start: Datum,
  verwachtEinde: Datum,
  reden: z.string().check(z.trim(), z.minLength(1, { error: 'reden is verplicht' }), z.maxLength(500)),
});

export const OpschortingEindeVerzoek = z.strictObject({ datum: Datum });

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
});

export const WerkvoorraadAntwoord = z.object({
  items: z.array(
    z.object({
      trajectId: z.string(),
      stap: Stap,
      deadline: Datum,
      status: z.enum(['open', 'binnenkort', 'overschreden']),
    }),
  ),
});

export const DoorlooptijdenQuery = z.strictObject({ van: Datum, tot: Datum });

export const DoorlooptijdenAntwoord = z.object({
  van: Datum,
  tot: Datum,
  stappen: z.array(
    z.object({
      stap: Stap,
      aantal: z.int(),
      mediaanDagen: z.number(),
      p90Dagen: z.number(),
      aandeelBinnenServicenorm: z.number(),
      aandeelBinnenTermijn: z.number(),
    }),
  ),
});

export const VerwijzingVerzoek = z
  .strictObject({
    ...ContactVelden,
    organisatie: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    soort: VerwijzerSoort,
    /** Wgs art. 3a / AVG: a referral needs the resident's consent, recorded by the verwijzer. */
    toestemming: z.object({
      gegeven: z.literal(true, { error: 'een verwijzing kan alleen met toestemming van de inwoner' }),
      datum: Datum,
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
export const PlanVerzoek = z.strictObject({
  /** In the person's own words. */
  doelen: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)))
    .check(z.minLength(1, { error: 'noem minstens één doel van de hulpvrager' })),
  acties: z.array(Actie).check(z.minLength(1, { error: 'een plan van aanpak heeft minstens één actie' })),
  begeleidingsmodules: z._default(z.array(ModuleKeuze), []),
  contactmomenten: z.array(Contactmoment).check(z.minLength(1, { error: 'noem minstens het volgende contactmoment' })),
  voorwaarden: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))), []),
  /** Ask the landelijke schuldenpauze (moratorium) for this case once the beschikking is vastgesteld. */
  schuldenpauze: z._default(z.boolean(), false),
  /** Only when the gemeente refuses: the grounds (Awb 3:46); otherwise every route but advies is a toelating. */
  afwijzing: z.optional(
    z.object({
      gronden: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000))).check(z.minLength(1)),
    }),
  ),
});
export type PlanVerzoek = z.infer<typeof PlanVerzoek>;

export const IntakeVerzoek = z.strictObject({
  instrument: IntakeAntwoordenVerzoek.shape.instrument,
  antwoorden: IntakeAntwoordenVerzoek.shape.antwoorden,
  /** Day of the intake; default today. */
  datum: z.optional(Datum),
  plan: PlanVerzoek,
});
export type IntakeVerzoek = z.infer<typeof IntakeVerzoek>;

export const VaststellingVerzoek = z.strictObject({ datum: z.optional(Datum) });
