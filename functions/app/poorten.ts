// Application layer: the ports the use cases need. Adapters (DynamoDB, EventBridge, Step Functions, local) implement them.
import type { DomeinEvent } from '../contracts/domein-events';
import type { Projecties } from '../domain/traject/deadlines';
import type { OpgeslagenGebeurtenis, Stap } from '../domain/traject/gebeurtenissen';
import type { Traject } from '../domain/traject/traject';

export interface Klok {
  nu(): Date;
  /**
   * Wall-clock seconds a workflow must wait for `seconden` of simulated time (>= 1, whole seconds as Step Functions
   * requires). Identity in AWS; the local fast clock divides by its speed.
   */
  wachtSeconden(seconden: number): number;
}

export interface GeladenTraject {
  traject: Traject;
  historie: OpgeslagenGebeurtenis[];
  /** Volgnummers of history events not yet confirmed as published on the bus (the outbox). */
  ongepubliceerd: number[];
}

export interface TrajectOpslag {
  /** The whole case in one round trip: history, outbox state. Undefined when there is no such case. */
  laad(id: string): Promise<GeladenTraject | undefined>;
  /**
   * Appends one event at `gebeurtenis.volgnummer` (conditional: fails with ConflictFout VERSIE_CONFLICT when that
   * number is taken) and then brings the snapshot to `na`.
   */
  voegToe(id: string, gebeurtenis: OpgeslagenGebeurtenis, na: Traject, projecties: Projecties): Promise<void>;
  markeerGepubliceerd(id: string, volgnummer: number): Promise<void>;
  /** Outbox entries older than `voor`, for the republisher. */
  ongepubliceerdeVoor(voor: Date, max: number): Promise<{ id: string; volgnummer: number }[]>;
  /** Stores the task token of the workflow waiting on `stap`; tells whether the step was completed already. */
  registreerWachttoken(id: string, gemeente: string, stap: Stap, token: string): Promise<{ voltooid: boolean }>;
  /** Marks `stap` completed for the waiting workflow; returns the token it waits with, if it registered one. */
  markeerStapVoltooid(id: string, gemeente: string, stap: Stap): Promise<{ token?: string }>;
  /** Tokens of workflows waiting on steps of this case that are not completed. */
  wachtendeTokens(id: string): Promise<string[]>;
  /** Open steps of a gemeente with a deadline in [van, tot] (either bound optional), earliest deadline first. */
  werkvoorraad(gemeente: string, bereik: { van?: string; tot?: string }, max: number): Promise<WerkvoorraadItem[]>;
  /** Cases of a gemeente for this person (keyed hash) with an aanmelding on or after `vanaf`, newest first. */
  zoekOpPersoon(gemeente: string, sleutel: string, vanaf: string): Promise<string[]>;
  /** Completed steps of a gemeente with their completion date in [van, tot]. */
  doorlooptijden(gemeente: string, van: string, tot: string): Promise<DoorlooptijdItem[]>;
}

export interface WerkvoorraadItem {
  trajectId: string;
  stap: Stap;
  deadline: string;
}

export interface DoorlooptijdItem extends Omit<Projecties['afgerond'][number], 'start'> {
  trajectId: string;
}

export interface EventPublicatie {
  publiceer(events: DomeinEvent[]): Promise<void>;
}

export type WorkflowNaam = 'in-contact' | 'plaatje-compleet';

export interface WorkflowPoort {
  /** Idempotent on `naam`: starting an execution that exists already does nothing. */
  start(workflow: WorkflowNaam, naam: string, input: { trajectId: string; gemeente: string }): Promise<void>;
  /** Resolves a waiting Task. A token that expired or was used already is not an error: the store is the truth. */
  taakVoltooid(token: string, output: Record<string, unknown>): Promise<void>;
}

/** Keyed hash of a person's identifier (HMAC; KMS in AWS): lookups by person without storing the identifier in a key. */
export interface Pseudonimisering {
  sleutel(gemeente: string, waarde: string): Promise<string>;
}

/** Documents (the beschikking PDF): S3 with the CMK in AWS, a folder (or memory) locally. */
export interface DocumentOpslag {
  bewaar(sleutel: string, inhoud: Uint8Array, contentType: string): Promise<void>;
  haal(sleutel: string): Promise<Uint8Array>;
}

export type KoppelingSoort = 'vish-registratie' | 'vish-afmelding' | 'schuldenpauze';

/**
 * Partner systems (VISH, the landelijke schuldenpauze): a message per case. In AWS an outbound event that an
 * integration delivers; locally a simulator that records what it received.
 */
export interface Koppelingen {
  meld(soort: KoppelingSoort, trajectId: string, gemeente: string): Promise<void>;
}

export interface IdGenerator {
  nieuwId(): string;
}

export interface Afhankelijkheden {
  opslag: TrajectOpslag;
  events: EventPublicatie;
  workflow: WorkflowPoort;
  klok: Klok;
  ids: IdGenerator;
  pseudoniem: Pseudonimisering;
  documenten: DocumentOpslag;
  koppelingen: Koppelingen;
  /**
   * The record of every read of personal data (AVG accountability), kept apart from the case history. Optional in
   * the type only so that wirings without reads (workflow tests) need not name it: a read of personal data without
   * an inzage log fails (functions/app/inzage.ts), it is never answered unrecorded.
   */
  inzage?: InzageLog;
}

/** One read of personal data: who, in which role and gemeente, what (a case or a query), when, how. Ids only. */
export interface InzageRecord {
  gemeente: string;
  sub: string;
  rol: string;
  /** The route key (`GET /trajecten/{id}`). */
  route: string;
  /** The case read, when one case was read. */
  trajectId?: string;
  /** The query of a list or search, as codes and ids (never a name typed into a search box). */
  zoekvraag?: string;
  /** The instant of the read (ISO 8601, UTC). */
  op: string;
  requestId: string;
}

export interface InzageFilter {
  gemeente: string;
  trajectId?: string;
  sub?: string;
  /** First and last day (Europe/Amsterdam), inclusive. */
  van: string;
  tot: string;
}

export interface InzageLog {
  /** Resolves only once the record is stored: a read whose record could not be written must fail. */
  leg(record: InzageRecord): Promise<void>;
  zoek(filter: InzageFilter, max: number, cursor?: string): Promise<{ items: InzageRecord[]; cursor?: string }>;
}
