// Contracts: request and response bodies of the HTTP API. The OpenAPI document is generated from these.
import * as z from 'zod';
import { Actie, Contactmoment, ModuleKeuze } from '../domain/beschikking/beschikking-invoer';
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
  .object({
    ...ContactVelden,
    /** The day the hulpvraag was received; the term to the eerste gesprek starts here (Wgs art. 4). */
    ontvangenOp: Datum.optional(),
    crisis: CrisisSituatie.optional(),
    verwijzer: Verwijzer.optional(),
  })
  .strict()
  .refine(...bereikbaar);
export type AanmeldingVerzoek = z.infer<typeof AanmeldingVerzoek>;

export const AanmeldingAntwoord = z.object({ id: z.string() });

export const EersteGesprekVerzoek = z.object({ datum: Datum }).strict();

export const DeadlineWeergave = z.object({
  stap: Stap,
  start: Datum,
  deadline: Datum,
  servicenormDeadline: Datum,
  status: z.enum(['open', 'voltooid', 'overschreden']),
  voltooidOp: Datum.optional(),
  binnenTermijn: z.boolean().nullable(),
  binnenServicenorm: z.boolean().nullable(),
  opgeschortDagen: z.number().int(),
  verlengingen: z.array(z.string()),
  norm: z.object({ id: z.string(), versie: z.string(), bron: z.string(), omschrijving: z.string() }),
});

export const TrajectWeergave = z.object({
  id: z.string(),
  gemeente: z.string(),
  fase: Fase,
  stap: Stap.nullable(),
  ontvangenOp: Datum,
  crisis: CrisisSituatie.optional(),
  aanvrager: z.object(ContactVelden),
  verwijzer: Verwijzer.optional(),
  verwijzingen: z.array(Verwijzing),
  begeleider: z.string().optional(),
  deadlines: z.array(DeadlineWeergave),
  opschortingen: z.array(
    z.object({
      id: z.string(),
      start: Datum,
      verwachtEinde: Datum,
      werkelijkEinde: Datum.optional(),
      reden: z.string(),
    }),
  ),
  verlengingen: z.array(
    z.object({
      id: z.string(),
      stap: Stap,
      op: Datum,
      dagen: z.number().int().optional(),
      weken: z.number().int().optional(),
      reden: z.string(),
    }),
  ),
  volgende: z.object({ stap: Stap, deadline: Datum, wat: z.string() }).nullable(),
  /** The triage outcome with its reasons, readable by the consulent and the resident. */
  triage: z.record(z.string(), z.unknown()).optional(),
  beschikking: z.object({ datum: Datum, vastgesteldOp: Datum.nullable(), href: z.string() }).optional(),
  /** From the eerste gesprek on: the next planned contact, or the latest moment of the next one. */
  volgendContactmoment: z.object({ datum: Datum, wat: z.string(), gepland: z.boolean() }).nullable(),
  koppelingen: z.array(z.object({ koppeling: z.string(), op: Datum })),
  /** The offer per creditor with the saneringskrediet and its repayment schedule (Plaatje compleet). */
  betaalvoorstel: Betaalvoorstel.optional(),
  afgesloten: z.object({ reden: z.string(), op: Datum }).optional(),
  historie: z.array(
    z.object({
      volgnummer: z.number().int(),
      op: z.iso.datetime(),
      actor: Actor,
      type: z.string(),
      wijzigingen: z.array(Wijziging),
    }),
  ),
  versie: z.number().int(),
});
export type TrajectWeergave = z.infer<typeof TrajectWeergave>;

export const TokenVerzoek = z
  .object({
    gemeente: z.string().regex(/^\d{4}$/, { error: 'verwacht een CBS-gemeentecode van 4 cijfers' }),
    rol: Rol,
    sub: z.string().min(1).max(200),
  })
  .strict();

export const Probleem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().optional(),
  errors: z.array(z.object({ pointer: z.string(), field: z.string(), detail: z.string() })).optional(),
});

export const OpschortingVerzoek = z
  .object({
    start: Datum,
    verwachtEinde: Datum,
    reden: z.string().trim().min(1, { error: 'reden is verplicht' }).max(500),
  })
  .strict();

export const OpschortingEindeVerzoek = z.object({ datum: Datum }).strict();

export const VerlengingVerzoek = z
  .object({
    stap: Stap,
    dagen: z.number().int().positive().max(366).optional(),
    weken: z.number().int().positive().max(52).optional(),
    reden: z.string().trim().min(1, { error: 'reden is verplicht' }).max(500),
  })
  .strict()
  .refine((v) => (v.dagen === undefined) !== (v.weken === undefined), {
    error: 'geef de verlenging in dagen of in weken (precies één van beide)',
    path: ['dagen'],
  });

export const IdAntwoord = z.object({ id: z.string() });

export const WerkvoorraadQuery = z
  .object({
    status: z.enum(['open', 'binnenkort', 'overschreden']).default('open'),
    max: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

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

export const DoorlooptijdenQuery = z.object({ van: Datum, tot: Datum }).strict();

export const DoorlooptijdenAntwoord = z.object({
  van: Datum,
  tot: Datum,
  stappen: z.array(
    z.object({
      stap: Stap,
      aantal: z.number().int(),
      mediaanDagen: z.number(),
      p90Dagen: z.number(),
      aandeelBinnenServicenorm: z.number(),
      aandeelBinnenTermijn: z.number(),
    }),
  ),
});

export const VerwijzingVerzoek = z
  .object({
    ...ContactVelden,
    organisatie: z.string().trim().min(1).max(200),
    soort: VerwijzerSoort,
    /** Wgs art. 3a / AVG: a referral needs the resident's consent, recorded by the verwijzer. */
    toestemming: z.object({
      gegeven: z.literal(true, { error: 'een verwijzing kan alleen met toestemming van de inwoner' }),
      datum: Datum,
    }),
    crisis: CrisisSituatie.optional(),
  })
  .strict()
  .refine(...bereikbaar);
export type VerwijzingVerzoek = z.infer<typeof VerwijzingVerzoek>;

export const VerwijzingAntwoord = z.object({ id: z.string(), samengevoegd: z.boolean() });

export const VerwijzingStatus = z.object({
  id: z.string(),
  opgepakt: z.boolean(),
  eersteGesprekOp: Datum.nullable(),
});

/** The consulent's draft of the plan van aanpak, given with the intake (Wgs art. 4a). */
export const PlanVerzoek = z
  .object({
    /** In the person's own words. */
    doelen: z.array(z.string().trim().min(1).max(1000)).min(1, { error: 'noem minstens één doel van de hulpvrager' }),
    acties: z.array(Actie).min(1, { error: 'een plan van aanpak heeft minstens één actie' }),
    begeleidingsmodules: z.array(ModuleKeuze).default([]),
    contactmomenten: z.array(Contactmoment).min(1, { error: 'noem minstens het volgende contactmoment' }),
    voorwaarden: z.array(z.string().trim().min(1).max(500)).default([]),
    /** Ask the landelijke schuldenpauze (moratorium) for this case once the beschikking is vastgesteld. */
    schuldenpauze: z.boolean().default(false),
    /** Only when the gemeente refuses: the grounds (Awb 3:46); otherwise every route but advies is a toelating. */
    afwijzing: z.object({ gronden: z.array(z.string().trim().min(1).max(1000)).min(1) }).optional(),
  })
  .strict();
export type PlanVerzoek = z.infer<typeof PlanVerzoek>;

export const IntakeVerzoek = z
  .object({
    instrument: IntakeAntwoordenVerzoek.shape.instrument,
    antwoorden: IntakeAntwoordenVerzoek.shape.antwoorden,
    /** Day of the intake; default today. */
    datum: Datum.optional(),
    plan: PlanVerzoek,
  })
  .strict();
export type IntakeVerzoek = z.infer<typeof IntakeVerzoek>;

export const VaststellingVerzoek = z.object({ datum: Datum.optional() }).strict();
