// Application layer: use case "controleer de deadline van een stap" (a Task of every workflow's wait pattern).

import { TRAJECT_BRON } from '../contracts/domein-events';
import { vandaagInAmsterdam, verschilInDagen } from '../domain/kalender/kalender';
import { ESCALATIE_DAGEN, volgendeHerinnering } from '../domain/normen/wachtmoment';
import { controleerStap, naastTermijnen } from '../domain/traject/deadlines';
import { Stap } from '../domain/traject/gebeurtenissen';
import type { Traject } from '../domain/traject/traject';
import { laadTraject } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden, Klok } from './poorten';

export { ESCALATIE_DAGEN } from '../domain/normen/wachtmoment';

const DEADLINEBEWAKING = { soort: 'systeem', naam: 'deadlinebewaking' } as const;

export interface ControleResultaat {
  stap: Stap;
  status: 'open' | 'voltooid' | 'overschreden' | 'afgesloten' | 'verstreken';
  deadline?: string;
  /** Whole wall-clock seconds the workflow waits before it checks again (TimeoutSecondsPath). */
  wachtSeconden: number;
  /** The wait of every step from now (see `termijnenVoorWorkflow`), this step's being `wachtSeconden`. */
  termijnen: Termijnen;
  /** For the metrics (codes only): the case's gemeente and what was reported (a completion is counted at its write). */
  meting?: { gemeente: string; gemeld: 'overschrijding' | 'herinnering' };
}

/** Seconds per step, keyed by `termijnSleutel(stap)`: what a workflow's next `WachtOp<Stap>` waits. */
export type Termijnen = Record<string, number>;

/** The key of a step in `termijnen`: camel case, so the ASL reads it in JSONPath dot notation (`eersteGesprek`). */
export const termijnSleutel = (stap: Stap): string => stap.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/**
 * How long each step's wait lasts from now: until the step's own moment after its deadline date while it is open;
 * 1 second for any other step (completed, breached, not opened yet, or the case closed), so that such a wait times
 * out at once into `Controleer<Stap>`, which decides. Every completion and every check hands this to the workflow,
 * so its next wait starts without a check first (one state transition per human step on the happy path).
 */
export function termijnenVoorWorkflow(traject: Traject, nu: Date, klok: Klok): Termijnen {
  const vandaag = vandaagInAmsterdam(nu);
  const termijnen: Termijnen = {};
  for (const stap of Stap.options) {
    let seconden = 1;
    if (!traject.afgesloten && traject.stappen.some((s) => s.stap === stap)) {
      const c = controleerStap(traject, stap, nu, vandaag);
      if (c.status === 'open')
        seconden = klok.wachtSeconden((eerder(c.wachtTot, traject, stap, nu).getTime() - nu.getTime()) / 1000);
    }
    termijnen[termijnSleutel(stap)] = seconden;
  }
  return termijnen;
}

/** `tot`, or sooner when a term beside the step (BEWAAKT_NAAST) must be checked first; at once when one passed. */
function eerder(tot: Date, traject: Traject, stap: Stap, nu: Date): Date {
  const naast = naastTermijnen(traject, stap, nu, vandaagInAmsterdam(nu));
  if (naast.overschreden.length > 0) return nu;
  return new Date(Math.min(tot.getTime(), ...naast.open.map((n) => n.wachtTot.getTime())));
}

/**
 * Input: traject id and step (no personal data: this is workflow input). Output: what the workflow does next.
 *
 * Primary course:
 * 1. Load the case and recompute the step's deadline (an opschorting or verlenging may have moved it).
 * 2. Completed: tell the workflow to move on. Still open: wait until the deadline date has ended.
 * 3. Passed: record the breach once per deadline (`deadline-overschreden`, published on the bus), then wait one
 *    escalation interval and check again, so the case keeps waiting for the step. A term that runs beside the step
 *    (BEWAAKT_NAAST: the beschikking beside the intake) is checked too: its breach is recorded, and an open one
 *    ends the wait sooner when its moment comes first.
 * 4. With every answer, the wait of every step from now (`termijnen`): on `voltooid` the workflow's next wait reads its
 *    own, without a check of its own first.
 */
export async function controleerStapVoorWorkflow(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; stap: Stap; correlatieId: string },
): Promise<ControleResultaat> {
  return metHerhalingBijConflict(async () => {
    let geladen = await laadTraject(deps, opdracht.trajectId);
    const nu = deps.klok.nu();
    // A term beside this step that has passed: its breach is recorded now, before this step's own check.
    for (const naast of naastTermijnen(geladen.traject, opdracht.stap, nu, vandaagInAmsterdam(nu)).overschreden) {
      const na = await legVast(
        deps,
        opdracht.trajectId,
        geladen,
        { type: 'deadline-overschreden', data: naast },
        { actor: DEADLINEBEWAKING, gemeente: geladen.traject.gemeente, correlatieId: opdracht.correlatieId },
      );
      geladen = { ...geladen, traject: na.traject };
    }
    const controle = controleerStap(geladen.traject, opdracht.stap, nu, vandaagInAmsterdam(nu));
    const termijnen = termijnenVoorWorkflow(geladen.traject, nu, deps.klok);
    const met = (r: Omit<ControleResultaat, 'termijnen'>): ControleResultaat => ({
      ...r,
      termijnen: { ...termijnen, [termijnSleutel(r.stap)]: r.wachtSeconden },
    });
    switch (controle.status) {
      case 'voltooid':
        return met({ stap: controle.stap, status: 'voltooid', wachtSeconden: 1 });
      case 'afgesloten':
        return met({ stap: controle.stap, status: 'afgesloten', wachtSeconden: 1 });
      case 'verstreken':
        return met({ stap: controle.stap, status: 'verstreken', deadline: controle.deadline, wachtSeconden: 1 });
      case 'open':
        return met({
          stap: controle.stap,
          status: 'open',
          deadline: controle.deadline,
          wachtSeconden: deps.klok.wachtSeconden(
            (eerder(controle.wachtTot, geladen.traject, controle.stap, nu).getTime() - nu.getTime()) / 1000,
          ),
        });
      case 'overschreden':
        if (controle.reedsGemeld) {
          await herinner(
            deps,
            geladen.traject.id,
            geladen.traject.gemeente,
            controle.stap,
            controle.deadline,
            opdracht.correlatieId,
          );
        } else {
          await legVast(
            deps,
            opdracht.trajectId,
            geladen,
            { type: 'deadline-overschreden', data: { stap: controle.stap, deadline: controle.deadline } },
            {
              actor: DEADLINEBEWAKING,
              gemeente: geladen.traject.gemeente,
              correlatieId: opdracht.correlatieId,
            },
          );
        }
        return met({
          stap: controle.stap,
          status: 'overschreden',
          deadline: controle.deadline,
          // The next reminder at the case's own moment, a whole number of intervals after the deadline (not now + 7
          // days, which drifts, nor midnight, which herds).
          wachtSeconden: deps.klok.wachtSeconden(
            (volgendeHerinnering(controle.deadline, geladen.traject.id, controle.stap, nu).getTime() - nu.getTime()) /
              1000,
          ),
          meting: {
            gemeente: geladen.traject.gemeente,
            gemeld: controle.reedsGemeld ? 'herinnering' : 'overschrijding',
          },
        });
    }
  });
}

/**
 * A reminder per escalation interval while a breached step stays open. Not a change to the case, so not in its
 * history; the event id is stable per interval, so a retried check does not remind twice.
 */
async function herinner(
  deps: Afhankelijkheden,
  trajectId: string,
  gemeente: string,
  stap: Stap,
  deadline: string,
  correlationId: string,
): Promise<void> {
  const nu = deps.klok.nu();
  const dagenOverschreden = Math.max(1, verschilInDagen(deadline, vandaagInAmsterdam(nu)));
  const interval = Math.floor(dagenOverschreden / ESCALATIE_DAGEN);
  await deps.events.publiceer([
    {
      source: TRAJECT_BRON,
      detailType: 'deadline-herinnering',
      detail: {
        metadata: {
          id: `${trajectId}/${stap}/${deadline}/herinnering-${interval}`,
          occurredAt: nu.toISOString(),
          gemeente,
          correlationId,
          version: 1,
        },
        data: { trajectId, stap, deadline, dagenOverschreden },
      },
    },
  ]);
}
