// Contracts: response bodies of the HTTP API (the requests: api.ts). The OpenAPI document is generated from these;
// handlers use their types only, so no Lambda bundles the schemas.
import * as z from 'zod/mini';
import { GemeenteConfiguratie } from '../domain/gemeente/configuratie';
import { isoTijdstip } from '../domain/iso-formaten';
import { PersoonGegevens } from '../domain/persoon/persoon-gebeurtenissen';
import { AfsluitReden } from '../domain/traject/afsluiting';
import {
  Actor,
  Betaalvoorstel,
  ContactVelden,
  CrisisSituatie,
  Datum,
  Fase,
  Stap,
  Verwijzer,
  Verwijzing,
  Wijziging,
} from '../domain/traject/gebeurtenissen';
import { JournaalWeergave } from './journaal-weergave';
import { EvaluatieWeergave, NazorgWeergave } from './nazorg-api';
import { RegelingWeergave } from './regeling-api';

export const AanmeldingAntwoord = z.object({ id: z.string() });

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
  op: isoTijdstip(),
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
        op: isoTijdstip(),
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
      op: isoTijdstip(),
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

export const HistorieAntwoord = z.object({
  items: z.array(HistorieRegel),
  /** The `na` of the next page; null on the last page. */
  volgendeNa: z.nullable(z.int()),
});
export type HistorieAntwoord = z.infer<typeof HistorieAntwoord>;

export const Probleem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ pointer: z.string(), field: z.string(), detail: z.string() }))),
});

export const IdAntwoord = z.object({ id: z.string() });

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

export const VerwijzingAntwoord = z.object({ id: z.string(), samengevoegd: z.boolean() });

export const VerwijzingStatus = z.object({
  id: z.string(),
  opgepakt: z.boolean(),
  eersteGesprekOp: z.nullable(Datum),
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
      op: isoTijdstip(),
      requestId: z.string(),
    }),
  ),
  cursor: z.optional(z.string()),
});

export const AfsluitingAntwoord = z.object({
  id: z.string(),
  afgesloten: z.object({ reden: AfsluitReden, op: Datum, toelichting: z.optional(z.string()) }),
});

export const HerstartAntwoord = z.object({
  gestart: z.array(z.object({ workflow: z.string(), executie: z.string() })),
});

export const ConfiguratieAntwoord = z.object({
  configuratie: GemeenteConfiguratie,
  versie: z.int(),
  gewijzigdOp: isoTijdstip(),
  gewijzigdDoor: z.string(),
});
