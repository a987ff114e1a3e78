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

export interface ConsulentProjecties {
  overzicht: OverzichtRij;
  /** The open steps of a running case for the team view; `null` when the case is closed (the item goes). */
  team: { begeleider: string | null; open: { stap: Stap; deadline: string }[] } | null;
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

/** `deadlines` are those of `na` for today (deadlinesVan); with `voor` only the contact and search items that changed. */
export function consulentProjectiesVan(na: Traject, deadlines: DeadlineStatus[], voor?: Traject): ConsulentProjecties {
  const huidige = deadlines.find((d) => d.stap === na.stap && d.voltooidOp === undefined);
  const nu = geplandeItems(na);
  const eerder = geplandeItems(voor);
  const volgend = [...nu.values()][0];
  const zoekNu = new Set(na.zoeksleutels ?? []);
  const zoekEerder = new Set(voor?.zoeksleutels ?? []);
  return {
    overzicht: {
      trajectId: na.id,
      naam: na.aanvrager.naam,
      fase: na.fase,
      stap: na.stap,
      deadline: huidige?.deadline ?? null,
      begeleider: na.begeleider ?? null,
      ontvangenOp: na.ontvangenOp,
      afgesloten: na.afgesloten !== undefined,
      volgendContactmoment: volgend ? { nummer: volgend.nummer, datum: volgend.datum, wat: volgend.wat } : null,
    },
    team: na.afgesloten
      ? null
      : {
          begeleider: na.begeleider ?? null,
          open: deadlines
            .filter((d) => d.voltooidOp === undefined)
            .map((d) => ({ stap: d.stap, deadline: d.deadline })),
        },
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
