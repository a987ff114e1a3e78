// Domain layer: what the store indexes for the counsellor's day: the row of "my cases" (per gemeente + begeleider),
// the case's open steps for the teamleider's view, the planned contact moments still to hold (the contact worklist)
// and the keyed hashes a case is found by. Derived from the case state, like the worklist projections.
import { openGeplandeContactmomenten } from '../journaal/journaal';
import type { DeadlineStatus } from '../traject/deadlines';
import type { Fase, Stap } from '../traject/gebeurtenissen';
import type { Traject } from '../traject/traject';

export interface OverzichtRij {
  trajectId: string;
  naam: string;
  fase: Fase;
  stap: Stap | null;
  /** The deadline of the current step; its status (open, binnenkort, overschreden) is derived at read time. */
  deadline: string | null;
  begeleider: string | null;
  ontvangenOp: string;
  afgesloten: boolean;
  /** The earliest planned contact moment not yet held (it may lie in the past: then it is overdue). */
  volgendContactmoment: { nummer: number; datum: string; wat: string } | null;
}

export interface GeplandContactItem {
  nummer: number;
  datum: string;
  wat: string;
  begeleider: string | null;
}

type TeamItem = { begeleider: string | null; open: { stap: Stap; deadline: string }[] };

export interface ConsulentProjecties {
  /** The row to write; absent when the event left it as it was. */
  overzicht?: OverzichtRij;
  /** The open steps of a running case for the team view; `null` when the case is closed (the item goes); absent when unchanged. */
  team?: TeamItem | null;
  /** Planned contact moments to (re)write, and the numbers of those that were held or no longer apply. */
  contactmomenten: { schrijf: GeplandContactItem[]; weg: number[] };
  zoeksleutels: { nieuw: string[]; weg: string[] };
}

function geplandeItems(t: Traject | undefined): Map<number, GeplandContactItem> {
  if (!t || t.afgesloten) return new Map();
  return new Map(
    openGeplandeContactmomenten(t).map((c) => [
      c.nummer,
      { nummer: c.nummer, datum: c.datum, wat: `${c.vorm} met ${c.met}`, begeleider: t.begeleider ?? null },
    ]),
  );
}

function rijVan(t: Traject, deadlines: DeadlineStatus[]): OverzichtRij {
  const huidige = deadlines.find((d) => d.stap === t.stap && d.voltooidOp === undefined);
  const volgend = [...geplandeItems(t).values()][0];
  return {
    trajectId: t.id,
    naam: t.aanvrager.naam,
    fase: t.fase,
    stap: t.stap,
    deadline: huidige?.deadline ?? null,
    begeleider: t.begeleider ?? null,
    ontvangenOp: t.ontvangenOp,
    afgesloten: t.afgesloten !== undefined,
    volgendContactmoment: volgend ? { nummer: volgend.nummer, datum: volgend.datum, wat: volgend.wat } : null,
  };
}

function teamVan(t: Traject, deadlines: DeadlineStatus[]): TeamItem | null {
  if (t.afgesloten) return null;
  return {
    begeleider: t.begeleider ?? null,
    open: deadlines.filter((d) => d.voltooidOp === undefined).map((d) => ({ stap: d.stap, deadline: d.deadline })),
  };
}

const gelijk = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `deadlines` are those of `na` for today (deadlinesVan). With `voor` and its deadlines (`deadlinesVoor`) only what
 * changed: most events (a note, a triage, a partner message) leave the row and the team item as they were.
 */
export function consulentProjectiesVan(
  na: Traject,
  deadlines: DeadlineStatus[],
  voor?: Traject,
  deadlinesVoor?: DeadlineStatus[],
): ConsulentProjecties {
  const nu = geplandeItems(na);
  const eerder = geplandeItems(voor);
  const zoekNu = new Set(na.zoeksleutels ?? []);
  const zoekEerder = new Set(voor?.zoeksleutels ?? []);
  const rij = rijVan(na, deadlines);
  const team = teamVan(na, deadlines);
  const vorig =
    voor && deadlinesVoor ? { rij: rijVan(voor, deadlinesVoor), team: teamVan(voor, deadlinesVoor) } : undefined;
  return {
    ...(vorig && gelijk(vorig.rij, rij) ? {} : { overzicht: rij }),
    ...(vorig && gelijk(vorig.team, team) ? {} : { team }),
    contactmomenten: {
      schrijf: [...nu.values()].filter((c) => JSON.stringify(eerder.get(c.nummer)) !== JSON.stringify(c)),
      weg: [...eerder.keys()].filter((n) => !nu.has(n)),
    },
    zoeksleutels: {
      nieuw: [...zoekNu].filter((s) => !zoekEerder.has(s)),
      weg: [...zoekEerder].filter((s) => !zoekNu.has(s)),
    },
  };
}
