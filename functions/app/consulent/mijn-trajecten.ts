// Application layer: use cases "mijn trajecten" (a begeleider's cases), "het team" (the teamleider's view of the load
// per consulent) and "geplande contactmomenten" (the contact worklist).
import type { OverzichtRij } from '../../domain/consulent/projecties';
import { GeenToegangFout } from '../../domain/fouten';
import { plusKalenderdagen, plusWerkdagen, vandaagInAmsterdam, weekdag } from '../../domain/kalender/kalender';
import type { Rol, Stap } from '../../domain/traject/gebeurtenissen';
import type { Afhankelijkheden } from '../poorten';
import { BINNENKORT_WERKDAGEN } from '../werkvoorraad';

export type TermijnStatus = 'open' | 'binnenkort' | 'overschreden';

function termijnStatus(deadline: string, vandaag: string): TermijnStatus {
  if (deadline < vandaag) return 'overschreden';
  return deadline <= plusWerkdagen(vandaag, BINNENKORT_WERKDAGEN) ? 'binnenkort' : 'open';
}

export type TrajectRij = OverzichtRij & { termijn: TermijnStatus | null };

/** `me` is the caller; `niemand` the cases that have no begeleider yet (before the eerste gesprek). */
function begeleiderVoor(begeleider: string, sub: string): string | null {
  return begeleider === 'me' ? sub : begeleider === 'niemand' ? null : begeleider;
}

/**
 * Input: gemeente, the caller's sub and rol, `begeleider` (`me`, a sub, or `niemand`), status, optional fase, page
 * size and cursor. Output: one page of rows (name, phase, current step with its deadline and its status today, the next
 * planned contact moment) and the cursor of the next page.
 *
 * Primary course:
 * 1. Only a consulent or teamleider lists cases (every consulent of the team may read the team's cases).
 * 2. One Query on the index partition of this gemeente and begeleider, on the status and fase prefix of the sort key.
 * 3. The deadline status follows from today's date (Europe/Amsterdam), as in the worklist.
 */
export async function lijstTrajecten(
  deps: Pick<Afhankelijkheden, 'consulent' | 'klok'>,
  o: {
    gemeente: string;
    sub: string;
    rol: Rol;
    begeleider: string;
    status: 'lopend' | 'afgesloten';
    fase?: string | undefined;
    max: number;
    cursor?: string | undefined;
  },
): Promise<{ items: TrajectRij[]; cursor?: string }> {
  eisLezer(o.rol);
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const pagina = await deps.consulent.trajectenVan(
    o.gemeente,
    begeleiderVoor(o.begeleider, o.sub),
    { status: o.status, fase: o.fase },
    o.max,
    o.cursor,
  );
  return {
    items: pagina.rijen.map((r) => metTermijn(r, vandaag)),
    ...(pagina.cursor ? { cursor: pagina.cursor } : {}),
  };
}

export function metTermijn(r: OverzichtRij, vandaag: string): TrajectRij {
  return { ...r, termijn: r.deadline && !r.afgesloten ? termijnStatus(r.deadline, vandaag) : null };
}

function eisLezer(rol: Rol): void {
  if (rol !== 'consulent' && rol !== 'teamleider') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', 'alleen een consulent of teamleider ziet de trajecten');
  }
}

export interface TeamRegel {
  begeleider: string | null;
  openTrajecten: number;
  /** Open steps whose deadline falls from today through this Sunday. */
  stappenDezeWeek: number;
  overschredenStappen: number;
  oudsteOverschrijding: { trajectId: string; stap: Stap; deadline: string } | null;
}

/**
 * Input: gemeente, the caller's rol (teamleider). Output: per begeleider (and the cases without one) the open cases,
 * the steps due this week, the breached steps and the oldest breach.
 *
 * Primary course:
 * 1. Only the teamleider sees the load per consulent.
 * 2. One Query (all pages) on the team partition of the gemeente: one small item per running case.
 * 3. Count per begeleider against today and the end of this week (Sunday), Europe/Amsterdam.
 */
export async function bekijkTeam(
  deps: Pick<Afhankelijkheden, 'consulent' | 'klok'>,
  o: { gemeente: string; rol: Rol },
): Promise<{ vandaag: string; weekTot: string; consulenten: TeamRegel[] }> {
  if (o.rol !== 'teamleider') {
    throw new GeenToegangFout('ALLEEN_TEAMLEIDER', 'alleen een teamleider ziet de werklast per consulent');
  }
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const weekTot = plusKalenderdagen(vandaag, 7 - weekdag(vandaag));
  const regels = new Map<string, TeamRegel>();
  for (const t of await deps.consulent.team(o.gemeente)) {
    const sleutel = t.begeleider ?? '';
    const r = regels.get(sleutel) ?? {
      begeleider: t.begeleider,
      openTrajecten: 0,
      stappenDezeWeek: 0,
      overschredenStappen: 0,
      oudsteOverschrijding: null,
    };
    r.openTrajecten++;
    for (const s of t.open) {
      if (s.deadline < vandaag) {
        r.overschredenStappen++;
        if (!r.oudsteOverschrijding || s.deadline < r.oudsteOverschrijding.deadline) {
          r.oudsteOverschrijding = { trajectId: t.trajectId, stap: s.stap, deadline: s.deadline };
        }
      } else if (s.deadline <= weekTot) {
        r.stappenDezeWeek++;
      }
    }
    regels.set(sleutel, r);
  }
  // By begeleider, the cases without one last.
  const consulenten = [...regels.values()].sort((a, b) =>
    a.begeleider === null ? 1 : b.begeleider === null ? -1 : a.begeleider.localeCompare(b.begeleider),
  );
  return { vandaag, weekTot, consulenten };
}

/**
 * Input: gemeente, rol, begeleider (`me`, a sub or `niemand`), optional `tot` date. Output: the planned contact
 * moments of that begeleider's plans van aanpak not yet held, earliest first; a held one has left this list. One Query
 * on the index partition of the gemeente and begeleider.
 */
export async function geplandeContactmomenten(
  deps: Pick<Afhankelijkheden, 'consulent' | 'klok'>,
  o: { gemeente: string; sub: string; rol: Rol; begeleider: string; tot?: string | undefined; max: number },
) {
  eisLezer(o.rol);
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const items = await deps.consulent.geplandeContactmomenten(
    o.gemeente,
    begeleiderVoor(o.begeleider, o.sub),
    o.tot,
    o.max,
  );
  return items.map((i) => ({ ...i, status: i.datum < vandaag ? ('verstreken' as const) : ('gepland' as const) }));
}
