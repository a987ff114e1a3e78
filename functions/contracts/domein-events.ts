// Contracts: the events schuldhulp-flow publishes on its bus. The detail carries ids, step names and dates only:
// never a name, BSN, address or amount tied to a person (DESIGN.md 2.2).
import * as z from 'zod/mini';
import { TerugvalUitkomst } from '../domain/nazorg/nazorg-gebeurtenissen';
import { AntwoordSoort, Ronde, UitgaandBericht } from '../domain/schulden/schuld-gebeurtenissen';
import { AfsluitReden, OverdrachtNaar } from '../domain/traject/afsluiting';
import { Datum, Stap } from '../domain/traject/gebeurtenissen';
import { DoorverwijzingNaar } from '../domain/triage/triage-uitkomst';
import {
  Code,
  CorrelatieId,
  EventId,
  EventTrajectId,
  Gemeentecode,
  MAX_SCHULDEISERS,
  Tijdstip,
} from './invoer-grenzen';

/**
 * A bound on the month and period numbers of a regeling in events: a guard against nonsense input, not the term
 * (the 18 months are the norm `schuldregeling` in the catalogue, with their source; an extension may lengthen them).
 */
const MAX_REGELING_MAANDEN = 120;

export const TRAJECT_BRON = 'nl.schuldhulp.traject';

/** Strict and bounded (invoer-grenzen): Lambdas consume these, and a consumer must not break on an oversized one. */
export const Metadata = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Unique per event and stable across redeliveries: `<trajectId>/<volgnummer>`; consumers deduplicate on it. */
    id: EventId,
    occurredAt: Tijdstip,
    gemeente: Gemeentecode,
    correlationId: CorrelatieId,
    version: z.literal(1),
  }))();

function detail<T extends z.core.$ZodShape>(data: T) {
  return z.strictObject({ metadata: Metadata, data: z.strictObject({ trajectId: EventTrajectId, ...data }) });
}

/** Every event type: its detail-type and detail schema. The event catalogue (GET /asyncapi.json, docs/events.md) is generated from this through contracts/event-catalogus.ts. */
export const DomeinEvents = /* @__PURE__ */ (() =>
  ({
    'aanmelding-ontvangen': detail({}),
    'stap-voltooid': detail({ stap: Stap, datum: Datum }),
    'deadline-overschreden': detail({ stap: Stap, deadline: Datum }),
    /** Each escalation interval after a breach while the step stays open: the teamleider is reminded again. */
    'deadline-herinnering': detail({
      stap: Stap,
      deadline: Datum,
      dagenOverschreden: z.int().check(z.positive(), z.maximum(100_000)),
    }),
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
    /** A bezwaar against an afwijzing came in: the beslistermijn (Awb 7:10) runs. */
    'bezwaar-ontvangen': detail({}),
    /** A warm hand-over to another organisation (a code: beschermingsbewind, ggz, bbz); its follow-up runs. */
    'doorverwijzing-overgedragen': detail({ naar: DoorverwijzingNaar, datum: Datum }),
    /** A workflow stopped on a failed Task: ops and the teamleider see it; `POST /trajecten/{id}/herstart` restarts. */
    'workflow-gestopt': detail({ workflow: Code(50), staat: Code(80) }),
    /** Outbound to partner systems: an integration delivers these (VISH, the schuldenpauze); locally a simulator. */
    'vish-registratie-gevraagd': detail({}),
    'vish-afmelding-gevraagd': detail({}),
    'schuldenpauze-gevraagd': detail({}),
    /**
     * Schuldenknooppunt, outbound: one message to one creditor (`schuldeiser` is its number on the case, never its
     * name or the claim's reference). The integration that speaks the hub's protocol (SOAP, PKIoverheid) reads the
     * content through the API and delivers it; it deduplicates on `berichtId`. The answer comes back as an
     * `nl.schuldhulp.schuldenknooppunt` event (functions/contracts/schuldenknooppunt-berichten.ts).
     */
    'schuldenknooppunt-bericht-gevraagd': detail({
      schuldeiser: z.int().check(z.positive(), z.maximum(MAX_SCHULDEISERS)),
      bericht: UitgaandBericht,
      berichtId: Code(200),
    }),
    /** A round of messages went out (saldoverzoeken, betaalvoorstel, heroverweging): how many, and by when. */
    'schuldeisers-aangeschreven': detail({
      ronde: Ronde,
      aantal: z.int().check(z.nonnegative(), z.maximum(MAX_SCHULDEISERS)),
      deadline: Datum,
    }),
    /** A creditor's message was applied to the case (what kind only; the content stays in the case store). */
    'schuldeiser-antwoord-verwerkt': detail({
      schuldeiser: z.int().check(z.positive(), z.maximum(MAX_SCHULDEISERS)),
      soort: AntwoordSoort,
    }),
    /** A creditor let its 10 werkdagen pass: `herinnering` (a reminder went out) or `geen-reactie` (we went on). */
    'schuldeiser-termijn-overschreden': detail({
      schuldeiser: z.int().check(z.positive(), z.maximum(MAX_SCHULDEISERS)),
      ronde: Ronde,
      deadline: Datum,
      gevolg: z.enum(['herinnering', 'geen-reactie']),
    }),
    /** The outcome of the offer; on `akkoord` the schuldregeling workflow (the 18 months) starts. */
    'schuldregeling-uitkomst': detail({ uitkomst: z.enum(['akkoord', 'afgewezen']), datum: Datum }),
    /** After a refusal that stands: the consulent chose a verzoek dwangakkoord (art. 287a Fw) or a WSNP request. */
    'dwangakkoord-wsnp-gekozen': detail({ keuze: z.enum(['dwangakkoord', 'wsnp']), datum: Datum }),
    /** The 18-month regeling started (saneringskrediet or schuldbemiddeling); `einde` is its last vervaldag. */
    'regeling-gestart': detail({
      einde: Datum,
      looptijdMaanden: z.int().check(z.positive(), z.maximum(MAX_REGELING_MAANDEN)),
    }),
    /** A month of the regeling was paid (the amount stays in the case store). */
    'betaling-ontvangen': detail({ maand: z.int().check(z.positive(), z.maximum(MAX_REGELING_MAANDEN)) }),
    /**
     * A monthly payment of the 18-month regeling was missed (reported, or nothing came in by the vervaldag plus the
     * respijt): a terugval during the regeling and the nazorg (rule GemisteBetalingIsTerugval).
     */
    'betaling-gemist': detail({ maand: z.int().check(z.positive(), z.maximum(MAX_REGELING_MAANDEN)) }),
    /** A period of the regeling ended; the next workflow execution (`<trajectId>-r<volgende>`) starts on this event. */
    'regeling-periode-afgerond': detail({
      periode: z.int().check(z.positive(), z.maximum(MAX_REGELING_MAANDEN)),
      volgende: z.int().check(z.positive(), z.maximum(MAX_REGELING_MAANDEN)),
    }),
    /** The end of the regeling: finale kwijting; how many months were paid and missed. The nazorg hand-over follows. */
    'schuldregeling-beeindigd': detail({
      datum: Datum,
      maandenOntvangen: z.int().check(z.nonnegative(), z.maximum(MAX_REGELING_MAANDEN)),
      maandenGemist: z.int().check(z.nonnegative(), z.maximum(MAX_REGELING_MAANDEN)),
    }),
    /** Met vertrouwen verder: the nazorg window opened; `einde` is its last day. */
    'nazorg-gestart': detail({ einde: Datum }),
    /** A vroegsignaal or missed payment inside the nazorg window: the personal-contact workflow starts on this. */
    'terugval-gesignaleerd': detail({ terugvalId: Code(100), datum: Datum }),
    'terugval-afgehandeld': detail({ terugvalId: Code(100), uitkomst: TerugvalUitkomst }),
    /** An evaluation of the plan; the scores stay in the case store. `escaleren` asks the teamleider to look. */
    'evaluatie-vastgelegd': detail({ besluit: z.enum(['voortzetten', 'bijstellen', 'escaleren']), datum: Datum }),
  }) as const)();

export type DetailType = keyof typeof DomeinEvents;
export type Detail<T extends DetailType> = z.infer<(typeof DomeinEvents)[T]>;

export interface DomeinEvent<T extends DetailType = DetailType> {
  source: typeof TRAJECT_BRON;
  detailType: T;
  detail: Detail<T>;
}
