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
  /**
   * Forgets the completion mark of `stap` (a step that opens again, as the personal contact on a second terugval),
   * so the next wait on it parks its token instead of resuming at once.
   */
  heropenWachtstap(id: string, stap: Stap): Promise<void>;
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

export type WorkflowNaam = 'in-contact' | 'plaatje-compleet' | 'nazorg' | 'terugval' | 'wsnp';

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

/** A vroegsignaal as the gemeente keeps it (the outreach list); its personal data stays in this item. */
export interface OpgeslagenSignaal {
  id: string;
  gemeente: string;
  ontvangenOp: string;
  /** Keyed hash of the person (BSN or the partner's pseudonym): the person index key, never the identifier. */
  persoonSleutel: string;
  /** What the ingest did with it: a terugval on a case in nazorg, linked to a running case, or the outreach list. */
  afhandeling: 'terugval' | 'lopend-traject' | 'outreach';
  trajectId?: string;
  /** The outreach attempt's deadline (outreach only). */
  deadline?: string;
  uitkomst?: 'contact' | 'aanmelding' | 'geen-contact' | 'geweigerd';
  uitkomstOp?: string;
  /** The validated signal itself (partner, type, dates, amount band, contact details, the BSN when given). */
  signaal: Record<string, unknown>;
  /** Epoch seconds after which the store may delete the item (TTL). */
  verlooptOp?: number;
}

/** The vroegsignalen store: idempotent on the signal id, the gemeente's outreach list, the BSN person index. */
export interface SignaalOpslag {
  /** Stores a new signal; false (and no write) when this id is stored already. */
  bewaar(signaal: OpgeslagenSignaal): Promise<boolean>;
  haal(gemeente: string, id: string): Promise<OpgeslagenSignaal | undefined>;
  /** Records the outcome of an outreach attempt; the signal leaves the open list. */
  legUitkomstVast(
    gemeente: string,
    id: string,
    uitkomst: NonNullable<OpgeslagenSignaal['uitkomst']>,
    op: string,
    extra: { trajectId?: string; verlooptOp?: number },
  ): Promise<void>;
  /** Open outreach signals of a gemeente, earliest deadline first. */
  outreach(gemeente: string, max: number): Promise<OpgeslagenSignaal[]>;
  /** The person index by BSN hash: which cases of the gemeente belong to this person. */
  koppelPersoon(gemeente: string, sleutel: string, trajectId: string, datum: string): Promise<void>;
  trajectenVanPersoon(gemeente: string, sleutel: string): Promise<string[]>;
}

/** Retention (functions/domain/bewaren): the per-gemeente periods, the expiry of a case's items, the anonymous figures. */
export interface Bewaring {
  /** The gemeente's configured periods; absent fields are not configured (there is no default). */
  termijnen(gemeente: string): Promise<import('../domain/bewaren/bewaartermijn').Bewaartermijnen>;
  /** Sets the TTL attribute on every item of the case's partition. */
  zetVerloop(trajectId: string, verlooptOp: number): Promise<number>;
  /** Stores the anonymous figure apart from the case (no case id in its key or body); idempotent per `sleutel`. */
  bewaarStatistiek(
    sleutel: string,
    statistiek: import('../domain/bewaren/bewaartermijn').AnoniemeStatistiek,
  ): Promise<void>;
  statistieken(gemeente: string, jaar: string): Promise<import('../domain/bewaren/bewaartermijn').AnoniemeStatistiek[]>;
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
   * Vroegsignalen (Met vertrouwen verder). Optional only so that the composition roots of other tests need no change;
   * both real roots (Lambda, local runtime) set it, and the use cases that need it say so when it is missing.
   */
  signalen?: SignaalOpslag;
  /** Retention; optional for the same reason as `signalen`. */
  bewaring?: Bewaring;
}
