// Domain layer: every step's deadline and status, derived from the history and the norm catalogue at read time.
import { type ConsulentProjecties, consulentProjectiesVan } from '../consulent/projecties';
import { type DdasRecord, ddasRecordVan } from '../ddas/ddas-record';
import { verschilInDagen } from '../kalender/kalender';
import { normVoor } from '../normen/catalogus';
import { berekenDeadline } from '../normen/deadline';
import { wachtmomentNaDeadline } from '../normen/wachtmoment';
import type { Stap } from './gebeurtenissen';
import type { StapVoortgang, Traject } from './traject';

export type DeadlineStatusWaarde = 'open' | 'voltooid' | 'overschreden';

/**
 * Terms that run out rather than duties with a deadline: when the bezwaar window ends without a bezwaar, that is the
 * expected course, not a breach.
 */
export const VERSTRIJKENDE_TERMIJNEN: ReadonlySet<Stap> = new Set<Stap>(['bezwaar']);

/**
 * Terms with no wait of their own, because they run beside a human step: the wait of that step watches them too, so
 * their breach is recorded on its day (`deadline-overschreden`, once per deadline; no weekly reminder, the worklist
 * shows them overdue). The beschikking (Wgs art. 4a: 8 weeks after the eerste gesprek) runs beside the intake and the
 * vaststelling; the 120 days to the akkoord (NVVK Module Schuldregeling) beside the stabilisatie (the berekening for
 * the betaalvoorstel). After the exchange the akkoord step has its own wait (plaatje-compleet).
 */
export const BEWAAKT_NAAST: Partial<Record<Stap, readonly Stap[]>> = {
  intake: ['beschikking'],
  vaststelling: ['beschikking'],
  betaalvoorstel: ['schuldregeling-akkoord'],
};

/** The terms beside `stap` that run now: open (with the moment to check them) or passed and not reported yet. */
export function naastTermijnen(
  traject: Traject,
  stap: Stap,
  nu: Date,
  vandaag: string,
): { open: { stap: Stap; wachtTot: Date }[]; overschreden: { stap: Stap; deadline: string }[] } {
  const open: { stap: Stap; wachtTot: Date }[] = [];
  const overschreden: { stap: Stap; deadline: string }[] = [];
  for (const naast of BEWAAKT_NAAST[stap] ?? []) {
    if (!traject.stappen.some((s) => s.stap === naast)) continue;
    const c = controleerStap(traject, naast, nu, vandaag);
    if (c.status === 'open') open.push({ stap: naast, wachtTot: c.wachtTot });
    if (c.status === 'overschreden' && !c.reedsGemeld) overschreden.push({ stap: naast, deadline: c.deadline });
  }
  return { open, overschreden };
}

export interface DeadlineStatus {
  stap: Stap;
  start: string;
  /** Legal (or, where no law sets one, agreed) deadline: on time when completed on or before this date. */
  deadline: string;
  servicenormDeadline: string;
  status: DeadlineStatusWaarde;
  voltooidOp?: string;
  /** Completed on or before the deadline; null while open. */
  binnenTermijn: boolean | null;
  /** Completed on or before the service norm; null while open. */
  binnenServicenorm: boolean | null;
  /** Calendar days the term did not run because of opschortingen. */
  opgeschortDagen: number;
  verlengingen: string[];
  /** The norm's texts only where the catalogue data brings its own: shown with `metNormtekst` (normteksten.ts). */
  norm: { id: string; versie: string; bron?: string; omschrijving?: string };
}

/**
 * The deadline of one step with the case's opschortingen and verlengingen. An opschorting applies to the steps whose
 * norm allows it (Awb 4:15 for the beslistermijn) and that were still open when it began.
 */
function deadlineVan(traject: Traject, s: StapVoortgang, vandaag: string) {
  const crisis = s.stap === 'eerste-gesprek' && traject.crisis !== undefined;
  const norm = normVoor(s.stap, { op: s.start, gemeente: traject.gemeente, crisis });
  // A date the plan sets (the planned end of the begeleiding's modules) replaces the norm's default term.
  if (s.tot !== undefined) {
    const uitNorm = berekenDeadline({ stap: s.stap, start: s.start, gemeente: traject.gemeente, vandaag });
    return { ...uitNorm, deadline: s.tot, servicenormDeadline: s.tot };
  }
  return berekenDeadline({
    stap: s.stap,
    start: s.start,
    gemeente: traject.gemeente,
    crisis,
    vandaag,
    opschortingen: norm.opschorting.toegestaan
      ? traject.opschortingen.filter((o) => s.voltooidOp === undefined || o.start <= s.voltooidOp)
      : [],
    verlengingen: traject.verlengingen.filter((v) => v.stap === s.stap),
  });
}

/** Whether a step's norm allows an opschorting (the API refuses one no open step allows). */
export function opschortingToegestaan(traject: Traject, stap: Stap): boolean {
  const s = traject.stappen.find((x) => x.stap === stap);
  if (!s) return false;
  const crisis = stap === 'eerste-gesprek' && traject.crisis !== undefined;
  return normVoor(stap, { op: s.start, gemeente: traject.gemeente, crisis }).opschorting.toegestaan;
}

export function deadlinesVan(traject: Traject, vandaag: string): DeadlineStatus[] {
  return traject.stappen.map((s) => {
    const d = deadlineVan(traject, s, vandaag);
    const status: DeadlineStatusWaarde =
      s.voltooidOp !== undefined
        ? 'voltooid'
        : VERSTRIJKENDE_TERMIJNEN.has(s.stap)
          ? 'open'
          : vandaag > d.deadline || s.gemeldeOverschrijdingen.includes(d.deadline)
            ? 'overschreden'
            : 'open';
    return {
      stap: s.stap,
      start: s.start,
      deadline: d.deadline,
      servicenormDeadline: d.servicenormDeadline,
      status,
      ...(s.voltooidOp !== undefined ? { voltooidOp: s.voltooidOp } : {}),
      binnenTermijn: s.voltooidOp === undefined ? null : s.voltooidOp <= d.deadline,
      binnenServicenorm: s.voltooidOp === undefined ? null : s.voltooidOp <= d.servicenormDeadline,
      opgeschortDagen: d.opgeschortDagen,
      verlengingen: traject.verlengingen.filter((v) => v.stap === s.stap).map((v) => v.id),
      norm: {
        id: d.norm.id,
        versie: d.norm.versie,
        ...(d.norm.bron !== undefined ? { bron: d.norm.bron } : {}),
        ...(d.norm.omschrijving !== undefined ? { omschrijving: d.norm.omschrijving } : {}),
      },
    };
  });
}

/** What the store indexes besides the history: open steps for worklists, completed steps for lead-time reports. */
export interface Projecties {
  open: { stap: Stap; deadline: string }[];
  afgerond: {
    stap: Stap;
    start: string;
    voltooidOp: string;
    doorlooptijdDagen: number;
    binnenTermijn: boolean;
    binnenServicenorm: boolean;
  }[];
  /** Steps that were open before this event and no longer run (the case closed): off the worklist. */
  vervallen: Stap[];
  /** Lookup of this case by the person's keyed hash (joining referrals), keyed by the aanmelding date. */
  persoon?: { sleutel: string; ontvangenOp: string };
  /** The case's anonymous DDAS record, when it changed: kept apart from the case, so it outlives the purge. */
  ddas?: DdasRecord;
  /** My cases, the team view, the contact worklist and the search hashes (functions/domain/consulent/projecties.ts). */
  consulent?: ConsulentProjecties;
}

/**
 * The index items to write for `traject`. With `voor` (the state before the event) only what changed: a new or moved
 * open deadline, a newly completed step, a step that no longer runs; without it, everything (a rebuild).
 */
export function projectiesVan(traject: Traject, vandaag: string, voor?: Traject): Projecties {
  const eerder = new Map((voor ? deadlinesVan(voor, vandaag) : []).map((d) => [d.stap, d]));
  const nu = new Set(traject.stappen.map((s) => s.stap));
  const projecties: Projecties = {
    open: [],
    afgerond: [],
    vervallen: (voor?.stappen ?? []).filter((s) => s.voltooidOp === undefined && !nu.has(s.stap)).map((s) => s.stap),
    ...(traject.persoonSleutel && !voor?.persoonSleutel
      ? { persoon: { sleutel: traject.persoonSleutel, ontvangenOp: traject.ontvangenOp } }
      : {}),
    ...ddasAls(traject, voor),
    consulent: consulentProjectiesVan(
      traject,
      deadlinesVan(traject, vandaag),
      voor,
      voor ? deadlinesVan(voor, vandaag) : undefined,
    ),
  };
  // Worklist rows carry the begeleider: a new begeleider rewrites every open row (into their own worklist too).
  const nieuweBegeleider = voor !== undefined && voor.begeleider !== traject.begeleider;
  for (const d of deadlinesVan(traject, vandaag)) {
    const vorig = eerder.get(d.stap);
    if (d.voltooidOp === undefined) {
      if (!nieuweBegeleider && vorig?.voltooidOp === undefined && vorig?.deadline === d.deadline) continue;
      projecties.open.push({ stap: d.stap, deadline: d.deadline });
    } else if (vorig?.voltooidOp === undefined) {
      projecties.afgerond.push({
        stap: d.stap,
        start: d.start,
        voltooidOp: d.voltooidOp,
        doorlooptijdDagen: verschilInDagen(d.start, d.voltooidOp),
        binnenTermijn: d.binnenTermijn === true,
        binnenServicenorm: d.binnenServicenorm === true,
      });
    }
  }
  return projecties;
}

/** The DDAS record when it differs from the one before the event (every relevant change rewrites it). */
function ddasAls(traject: Traject, voor: Traject | undefined): { ddas?: DdasRecord } {
  const ddas = ddasRecordVan(traject);
  return voor && JSON.stringify(ddasRecordVan(voor)) === JSON.stringify(ddas) ? {} : { ddas };
}

export type StapControle =
  | {
      status: 'voltooid';
      stap: Stap /** Completed on or before its deadline (for the metrics). */;
      binnenNorm: boolean;
    }
  /** The case was closed (ended on purpose, or its route ended): every wait of the workflow ends. */
  | { status: 'afgesloten'; stap: Stap }
  /** A term that runs out (the bezwaar window) has run out: the workflow goes on. */
  | { status: 'verstreken'; stap: Stap; deadline: string }
  | { status: 'open'; stap: Stap; deadline: string; wachtTot: Date }
  | { status: 'overschreden'; stap: Stap; deadline: string; reedsGemeld: boolean };

/**
 * The deadline check the workflow runs when it starts waiting and whenever a wait ends: the deadline is recomputed
 * every time, because an opschorting or verlenging may have moved it since the wait began.
 */
export function controleerStap(traject: Traject, stap: Stap, nu: Date, vandaag: string): StapControle {
  if (traject.afgesloten) return { status: 'afgesloten', stap };
  const s = traject.stappen.find((x) => x.stap === stap);
  if (!s) throw new Error(`traject ${traject.id} has no step ${stap}`);
  if (s.voltooidOp !== undefined) {
    return { status: 'voltooid', stap, binnenNorm: s.voltooidOp <= deadlineVan(traject, s, s.voltooidOp).deadline };
  }
  const { deadline } = deadlineVan(traject, s, vandaag);
  // The date rule stays (on time when completed on or before the date); the check itself comes at the case's own
  // moment in the night after it (wachtmoment.ts), so thousands of deadlines on one date do not fire at once.
  const wachtTot = wachtmomentNaDeadline(deadline, traject.id, stap);
  if (nu < wachtTot) return { status: 'open', stap, deadline, wachtTot };
  if (VERSTRIJKENDE_TERMIJNEN.has(stap)) return { status: 'verstreken', stap, deadline };
  return { status: 'overschreden', stap, deadline, reedsGemeld: s.gemeldeOverschrijdingen.includes(deadline) };
}
