// Contracts: the events schuldhulp-flow publishes on its bus. The detail carries ids, step names and dates only:
// never a name, BSN, address or amount tied to a person (DESIGN.md 2.2).
import * as z from 'zod/mini';
import { TerugvalUitkomst } from '../domain/nazorg/nazorg-gebeurtenissen';
import { AfsluitReden, OverdrachtNaar } from '../domain/traject/afsluiting';
import { Datum, Stap } from '../domain/traject/gebeurtenissen';

export const TRAJECT_BRON = 'nl.schuldhulp.traject';

export const Metadata = z.object({
  /** Unique per event and stable across redeliveries: `<trajectId>/<volgnummer>`; consumers deduplicate on it. */
  id: z.string(),
  occurredAt: z.iso.datetime(),
  gemeente: z.string(),
  correlationId: z.string(),
  version: z.literal(1),
});

function detail<T extends z.core.$ZodShape>(data: T) {
  return z.object({ metadata: Metadata, data: z.object({ trajectId: z.string(), ...data }) });
}

/** Every event type: its detail-type and detail schema. The event catalogue in the README is generated from this. */
export const DomeinEvents = {
  'aanmelding-ontvangen': detail({}),
  'stap-voltooid': detail({ stap: Stap, datum: Datum }),
  'deadline-overschreden': detail({ stap: Stap, deadline: Datum }),
  /** Each escalation interval after a breach while the step stays open: the teamleider is reminded again. */
  'deadline-herinnering': detail({ stap: Stap, deadline: Datum, dagenOverschreden: z.int().check(z.positive()) }),
  /** An opschorting or verlenging moved the terms of the case; the deadlines are in the case view, not here. */
  'termijn-gewijzigd': detail({}),
  'berekening-vastgelegd': detail({}),
  /** A further referral joined an existing case. */
  'verwijzing-ontvangen': detail({}),
  'triage-bepaald': detail({}),
  'beschikking-opgesteld': detail({}),
  /** The hand-over to the next phase (Rust en overzicht → Plaatje compleet). */
  'beschikking-vastgesteld': detail({ datum: Datum }),
  /** The krediet Task computed the offer per creditor (Plaatje compleet); the amounts stay in the case store. */
  'betaalvoorstel-opgesteld': detail({}),
  /** The case ended; the reason is a code (no personal data), mapped to the DDAS uitstroomreden in the export. */
  'traject-afgesloten': detail({ reden: AfsluitReden, datum: Datum }),
  /** The case moves on to another phase; the workflow of that phase starts on this event (rules on `naar`). */
  'fase-overgedragen': detail({ naar: OverdrachtNaar, datum: Datum }),
  /** Outbound to partner systems: an integration delivers these (VISH, the schuldenpauze); locally a simulator. */
  'vish-registratie-gevraagd': detail({}),
  'vish-afmelding-gevraagd': detail({}),
  'schuldenpauze-gevraagd': detail({}),
  /** Met vertrouwen verder: the nazorg window opened; `einde` is its last day. */
  'nazorg-gestart': detail({ einde: Datum }),
  /** A vroegsignaal or missed payment inside the nazorg window: the personal-contact workflow starts on this. */
  'terugval-gesignaleerd': detail({ terugvalId: z.string(), datum: Datum }),
  'terugval-afgehandeld': detail({ terugvalId: z.string(), uitkomst: TerugvalUitkomst }),
  /** An evaluation of the plan; the scores stay in the case store. `escaleren` asks the teamleider to look. */
  'evaluatie-vastgelegd': detail({ besluit: z.enum(['voortzetten', 'bijstellen', 'escaleren']), datum: Datum }),
} as const;

export type DetailType = keyof typeof DomeinEvents;
export type Detail<T extends DetailType> = z.infer<(typeof DomeinEvents)[T]>;

export interface DomeinEvent<T extends DetailType = DetailType> {
  source: typeof TRAJECT_BRON;
  detailType: T;
  detail: Detail<T>;
}
