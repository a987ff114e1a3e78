// Domain layer: every step's deadline and status, derived from the history and the norm catalogue at read time.
import { eindeVanDagInAmsterdam } from '../kalender/kalender';
import { berekenDeadline } from '../normen/deadline';
import type { Stap } from './gebeurtenissen';
import type { StapVoortgang, Traject } from './traject';

export type DeadlineStatusWaarde = 'open' | 'voltooid' | 'overschreden';

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
  norm: { id: string; versie: string; bron: string; omschrijving: string };
}

function deadlineVan(traject: Traject, s: StapVoortgang, vandaag: string) {
  return berekenDeadline({
    stap: s.stap,
    start: s.start,
    gemeente: traject.gemeente,
    crisis: s.stap === 'eerste-gesprek' && traject.crisis !== undefined,
    vandaag,
  });
}

export function deadlinesVan(traject: Traject, vandaag: string): DeadlineStatus[] {
  return traject.stappen.map((s) => {
    const d = deadlineVan(traject, s, vandaag);
    const status: DeadlineStatusWaarde =
      s.voltooidOp !== undefined
        ? 'voltooid'
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
      norm: { id: d.norm.id, versie: d.norm.versie, bron: d.norm.bron, omschrijving: d.norm.omschrijving },
    };
  });
}

export type StapControle =
  | { status: 'voltooid'; stap: Stap }
  | { status: 'open'; stap: Stap; deadline: string; wachtTot: Date }
  | { status: 'overschreden'; stap: Stap; deadline: string; reedsGemeld: boolean };

/**
 * The deadline check the workflow runs when it starts waiting and whenever a wait times out: the deadline is
 * recomputed every time, because an opschorting or verlenging may have moved it since the wait began.
 */
export function controleerStap(traject: Traject, stap: Stap, nu: Date, vandaag: string): StapControle {
  const s = traject.stappen.find((x) => x.stap === stap);
  if (!s) throw new Error(`traject ${traject.id} has no step ${stap}`);
  if (s.voltooidOp !== undefined) return { status: 'voltooid', stap };
  const { deadline } = deadlineVan(traject, s, vandaag);
  const wachtTot = eindeVanDagInAmsterdam(deadline);
  if (nu < wachtTot) return { status: 'open', stap, deadline, wachtTot };
  return { status: 'overschreden', stap, deadline, reedsGemeld: s.gemeldeOverschrijdingen.includes(deadline) };
}
