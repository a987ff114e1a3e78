// Contracts: request and response bodies of the HTTP API. The OpenAPI document is generated from these.
import * as z from 'zod';
import {
  Actor,
  bereikbaar,
  ContactVelden,
  CrisisSituatie,
  Datum,
  Fase,
  Rol,
  Stap,
  Verwijzer,
  Wijziging,
} from '../domain/traject/gebeurtenissen';

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

export const TrajectId = z.string().regex(/^[a-z0-9-]{8,64}$/, { error: 'onbekend trajectnummer' });

export const DeadlineWeergave = z.object({
  stap: Stap,
  start: Datum,
  deadline: Datum,
  servicenormDeadline: Datum,
  status: z.enum(['open', 'voltooid', 'overschreden']),
  voltooidOp: Datum.optional(),
  binnenTermijn: z.boolean().nullable(),
  norm: z.object({ id: z.string(), versie: z.string(), bron: z.string(), omschrijving: z.string() }),
});

export const TrajectWeergave = z.object({
  id: z.string(),
  gemeente: z.string(),
  fase: Fase,
  stap: Stap,
  ontvangenOp: Datum,
  crisis: CrisisSituatie.optional(),
  aanvrager: z.object(ContactVelden),
  verwijzer: Verwijzer.optional(),
  begeleider: z.string().optional(),
  deadlines: z.array(DeadlineWeergave),
  volgende: z.object({ stap: Stap, deadline: Datum, wat: z.string() }),
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
