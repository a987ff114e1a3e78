// Application layer: the ports the use cases need. Adapters (DynamoDB, EventBridge, Step Functions, local) implement them.
import type { DomeinEvent } from '../contracts/domein-events';
import type { OverzichtRij } from '../domain/consulent/projecties';
import type { DdasRecord } from '../domain/ddas/ddas-record';
import type { GemeenteConfiguratie } from '../domain/gemeente/configuratie';
import type { Ronde, UitgaandBericht } from '../domain/schulden/schuld-gebeurtenissen';
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
  /**
   * The latest history events, oldest first: as many as `laad` was asked for (none by default), never the whole
   * history. Older events: `TrajectOpslag.historie` (paged) or `gebeurtenis` (one by volgnummer).
   */
  recent: OpgeslagenGebeurtenis[];
  /** Volgnummers of the loaded events not yet confirmed as published on the bus (the outbox). */
  ongepubliceerd: number[];
}

export interface LaadOpties {
  /** How many of the latest history events to return in `recent` (the case view shows a few). Default 0. */
  recent?: number;
}

/** A page of a list: `volgende` is the opaque cursor of the next page, absent on the last. */
export interface Pagina<T> {
  items: T[];
  volgende?: string;
}

export interface TrajectOpslag {
  /**
   * The case from a bounded number of items whatever the length of its history: the snapshot and the events after
   * its version (normally none), in one parallel round trip. Undefined when there is no such case.
   */
  laad(id: string, opties?: LaadOpties): Promise<GeladenTraject | undefined>;
  /** One history event by its volgnummer (one GetItem), with its outbox state. */
  gebeurtenis(
    id: string,
    volgnummer: number,
  ): Promise<{ gebeurtenis: OpgeslagenGebeurtenis; ongepubliceerd: boolean } | undefined>;
  /**
   * Appends one event at `gebeurtenis.volgnummer` (conditional: fails with ConflictFout VERSIE_CONFLICT when that
   * number is taken) and then brings the snapshot to `na`.
   */
  voegToe(id: string, gebeurtenis: OpgeslagenGebeurtenis, na: Traject, projecties: Projecties): Promise<void>;
  markeerGepubliceerd(id: string, volgnummer: number): Promise<void>;
  /** The gemeente and begeleider of a case, for the write-permission check (one GetItem of the snapshot). */
  schrijfInfo(id: string): Promise<{ gemeente: string; begeleider?: string } | undefined>;
  /** Stores the task token of the workflow waiting on `stap`; tells whether the step was completed already. */
  registreerWachttoken(id: string, gemeente: string, stap: Stap, token: string): Promise<{ voltooid: boolean }>;
  /** Marks `stap` completed for the waiting workflow; returns the token it waits with, if it registered one. */
  markeerStapVoltooid(id: string, gemeente: string, stap: Stap): Promise<{ token?: string }>;
  /**
   * The wait of one creditor in one round of the exchange (`WACHT#SE#<nr>#<ronde>`): stores its task token and tells
   * whether an answer came in already (then the waiting workflow resumes itself), as for a step.
   */
  registreerSchuldeiserWacht(
    id: string,
    gemeente: string,
    wacht: { nr: number; ronde: Ronde },
    token: string,
  ): Promise<{ voltooid: boolean }>;
  /** Marks that this creditor answered in this round; returns the token its wait parked, if any. */
  markeerSchuldeiserBeantwoord(
    id: string,
    gemeente: string,
    wacht: { nr: number; ronde: Ronde },
  ): Promise<{ token?: string }>;
  /** Tokens of workflows waiting on steps of this case that are not completed (only those of `stappen`, if given). */
  wachtendeTokens(id: string, stappen?: readonly Stap[]): Promise<string[]>;
  /**
   * Forgets the completion mark of `stap` (a step that opens again, as the personal contact on a second terugval),
   * so the next wait on it parks its token instead of resuming at once.
   */
  heropenWachtstap(id: string, stap: Stap): Promise<void>;
}

/** The outbox of the case store, for the republisher: entries whose writer's publication did not go out. */
export interface OutboxOpslag {
  /**
   * Claims one outbox entry for publication until `tot` (one conditional UpdateItem): it succeeds only while the
   * event is unpublished, was written before `geschrevenVoor` (its writer's own publication is no longer in flight)
   * and no other claim runs at `nu`. Returns the event to the one caller that won, undefined to every other.
   */
  claimOutbox(
    id: string,
    volgnummer: number,
    claim: { nu: Date; tot: Date; geschrevenVoor: Date },
  ): Promise<OpgeslagenGebeurtenis | undefined>;
  /** Lets go of a claim whose publication failed, so the next sweep tries again at once. */
  geefOutboxVrij(id: string, volgnummer: number): Promise<void>;
  /** Outbox entries older than `voor`, for the republisher. */
  ongepubliceerdeVoor(voor: Date, max: number): Promise<{ id: string; volgnummer: number }[]>;
}

/**
 * The lists and reports on the case store's items (the history by page, the worklist, a person's cases, lead times,
 * DDAS, the inzage log), apart from the store itself: only the functions that list read them, and the referral that
 * joins a person's earlier case.
 */
export interface LijstOpslag {
  /** A page of the history, oldest first: the events after volgnummer `na`, at most `limiet`. */
  historie(id: string, na: number, limiet: number): Promise<{ gebeurtenissen: OpgeslagenGebeurtenis[]; meer: boolean }>;
  /** The inzage log of a gemeente (one case, or the days of a period), one page from `cursor`. */
  inzage(filter: InzageFilter, max: number, cursor?: string): Promise<{ items: InzageRecord[]; cursor?: string }>;
  /**
   * Open steps of a gemeente (or of one begeleider in it) with a deadline in [van, tot] (either bound optional),
   * earliest deadline first, one page of at most `max` after `cursor` (ValidatieFout CURSOR_ONGELDIG for a cursor
   * this query did not give out).
   */
  werkvoorraad(
    gemeente: string,
    bereik: { van?: string; tot?: string },
    pagina: { max: number; cursor?: string; begeleider?: string },
  ): Promise<Pagina<WerkvoorraadItem>>;
  /** Cases of a gemeente for this person (keyed hash) with an aanmelding on or after `vanaf`, newest first. */
  zoekOpPersoon(gemeente: string, sleutel: string, vanaf: string): Promise<string[]>;
  /** The anonymous DDAS records of a gemeente's cases that had not ended before `vanaf` (they outlive the purge). */
  ddasRecords(gemeente: string, vanaf: string): Promise<DdasRecord[]>;
  /**
   * The lead-time aggregate of a gemeente for the months [vanMaand, totMaand] (`yyyy-mm`): one item per month and
   * step, kept up to date on every completed step (no range read over cases), at most `max` after `cursor`.
   */
  doorlooptijdAggregaten(
    gemeente: string,
    vanMaand: string,
    totMaand: string,
    pagina: { max: number; cursor?: string },
  ): Promise<Pagina<DoorlooptijdAggregaat>>;
}

/** Completed steps of one gemeente, step and month (by completion date), counted as they complete. */
export interface DoorlooptijdAggregaat {
  maand: string;
  stap: Stap;
  aantal: number;
  binnenTermijn: number;
  binnenServicenorm: number;
  /** How many completed in exactly n calendar days (the histogram for median and p90). */
  dagen: Record<number, number>;
}

export interface WerkvoorraadItem {
  trajectId: string;
  stap: Stap;
  deadline: string;
  /** The consulent who guides the case (from the eerste gesprek on). */
  begeleider?: string;
}

export interface EventPublicatie {
  publiceer(events: DomeinEvent[]): Promise<void>;
}

export type WorkflowNaam =
  | 'in-contact'
  | 'plaatje-compleet'
  | 'begeleiding'
  | 'nazorg'
  | 'terugval'
  | 'wsnp'
  | 'regeling';

/**
 * Why a wait ends without a next wait: its term changed (check again), the case was closed, or the regeling's period
 * or the regeling itself ended when its last step was resumed (the regeling's wait loops on itself otherwise).
 */
export type WachtFout = 'TermijnGewijzigd' | 'TrajectAfgeslotenFout' | 'RegelingPeriodeAfgerond' | 'RegelingBeeindigd';
/** The cause a woken wait carries into its execution history (no personal data: codes only). */
export const WACHT_OORZAAK: Record<WachtFout, string> = {
  TermijnGewijzigd: 'een termijn van het traject is gewijzigd: de stap wordt opnieuw gecontroleerd',
  TrajectAfgeslotenFout: 'het traject is afgesloten',
  RegelingPeriodeAfgerond:
    'de periode van de regeling is afgerond: de volgende periode start op regeling-periode-afgerond',
  RegelingBeeindigd: 'de regeling is beëindigd: de nazorg start op de overdracht',
};

export interface WorkflowPoort {
  /** Idempotent on `naam`: starting an execution that exists already does nothing. */
  start(workflow: WorkflowNaam, naam: string, input: { trajectId: string; gemeente: string }): Promise<void>;
  /** Resolves a waiting Task. A token that expired or was used already is not an error: the store is the truth. */
  taakVoltooid(token: string, output: Record<string, unknown>): Promise<void>;
  /** Fails a waiting Task with `fout`, which its Catch routes (SendTaskFailure); a spent token is not an error. */
  taakMislukt(token: string, fout: WachtFout): Promise<void>;
  /** The last Task state an execution entered before the current one: where a failed execution failed. */
  mislukteStaat(executieId: string): Promise<string | undefined>;
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

/** The per-gemeente configuration (name, addresses, signatory) with its version and who changed it last. */
export interface OpgeslagenConfiguratie {
  configuratie: GemeenteConfiguratie;
  versie: number;
  gewijzigdOp: string;
  gewijzigdDoor: string;
}

export interface GemeenteConfiguratieOpslag {
  haal(gemeente: string): Promise<OpgeslagenConfiguratie | undefined>;
  /** Conditional on `vorigeVersie` (0: none yet); returns the new version. A lost race is a ConflictFout. */
  bewaar(gemeente: string, nieuw: Omit<OpgeslagenConfiguratie, 'versie'>, vorigeVersie: number): Promise<number>;
}

/** One message to one creditor through the Schuldenknooppunt; ids and the creditor's number on the case only. */
export interface UitgaandKnooppuntBericht {
  trajectId: string;
  gemeente: string;
  /** The creditor's number on the case (`nr`), never its name or the claim's reference. */
  schuldeiser: number;
  bericht: UitgaandBericht;
  /** Stable per case, round, creditor and message: the integration sends a message once. */
  berichtId: string;
}

/**
 * The Schuldenknooppunt: Kennisgeving, saldoverzoek, betaalvoorstel, heroverweging, herinnering, statusbericht. In
 * AWS an outbound event for the integration that speaks the hub's protocol; locally the simulator, which also
 * plays the creditors and answers on the bus as the integration would.
 */
export interface Schuldenknooppunt {
  verstuur(berichten: UitgaandKnooppuntBericht[]): Promise<void>;
}

export interface IdGenerator {
  nieuwId(): string;
}

/** The counsellor's indexes (my cases, the team, the contact worklist, search): Queries on keys, never a Scan. */
export interface ConsulentOpslag {
  /** Rows of the cases of one begeleider (`null`: cases without one) of a gemeente, one page from `cursor`. */
  trajectenVan(
    gemeente: string,
    begeleider: string | null,
    filter: { status: 'lopend' | 'afgesloten'; fase?: string | undefined },
    max: number,
    cursor?: string,
  ): Promise<{ rijen: OverzichtRij[]; cursor?: string }>;
  /** Every running case of a gemeente with its begeleider and open steps (the teamleider's view). */
  team(
    gemeente: string,
  ): Promise<{ trajectId: string; begeleider: string | null; open: { stap: Stap; deadline: string }[] }[]>;
  /** Planned contact moments of one begeleider (`null`: none yet) not yet held, earliest first, up to `tot`. */
  geplandeContactmomenten(
    gemeente: string,
    begeleider: string | null,
    tot: string | undefined,
    max: number,
  ): Promise<{ trajectId: string; nummer: number; datum: string; wat: string; begeleider: string | null }[]>;
  /** Cases of a gemeente carrying every one of these keyed hashes, as rows. */
  zoek(gemeente: string, sleutels: string[], max: number): Promise<OverzichtRij[]>;
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
  lijsten: LijstOpslag;
  outbox: OutboxOpslag;
  consulent: ConsulentOpslag;
  events: EventPublicatie;
  workflow: WorkflowPoort;
  klok: Klok;
  ids: IdGenerator;
  pseudoniem: Pseudonimisering;
  documenten: DocumentOpslag;
  koppelingen: Koppelingen;
  configuratie: GemeenteConfiguratieOpslag;
  schuldenknooppunt: Schuldenknooppunt;
  /**
   * Vroegsignalen (Met vertrouwen verder). Optional only so that the composition roots of other tests need no change;
   * both real roots (Lambda, local runtime) set it, and the use cases that need it say so when it is missing.
   */
  signalen?: SignaalOpslag;
  /** Retention; optional for the same reason as `signalen`. */
  bewaring?: Bewaring;
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
}
