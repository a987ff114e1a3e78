// Application layer: use case "controleer de deadline van een stap" (a Task of every workflow's wait pattern).

import { TRAJECT_BRON } from '../contracts/domein-events';
import { vandaagInAmsterdam, verschilInDagen } from '../domain/kalender/kalender';
import { ESCALATIE_DAGEN, volgendeHerinnering } from '../domain/normen/wachtmoment';
import { controleerStap } from '../domain/traject/deadlines';
import { Stap } from '../domain/traject/gebeurtenissen';
import type { Traject } from '../domain/traject/traject';
import { laadTraject } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden, Klok } from './poorten';

export { ESCALATIE_DAGEN } from '../domain/normen/wachtmoment';

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
      if (c.status === 'open') seconden = klok.wachtSeconden((c.wachtTot.getTime() - nu.getTime()) / 1000);
    }
    termijnen[termijnSleutel(stap)] = seconden;
  }
  return termijnen;
}

/**
 * Input: traject id and step (no personal data: this is workflow input). Output: what the workflow does next.
 *
 * Primary course:
 * 1. Load the case and recompute the step's deadline (an opschorting or verlenging may have moved it).
 * 2. Completed: tell the workflow to move on. Still open: wait until the deadline date has ended.
 * 3. Passed: record the breach once per deadline (`deadline-overschreden`, published on the bus), then wait one
 *    escalation interval and check again, so the case keeps waiting for the step.
 * 4. With every answer, the wait of every step from now (`termijnen`): on `voltooid` the workflow's next wait reads its
 *    own, without a check of its own first.
 */
export async function controleerStapVoorWorkflow(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; stap: Stap; correlatieId: string },
): Promise<ControleResultaat> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const nu = deps.klok.nu();
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
          wachtSeconden: deps.klok.wachtSeconden((controle.wachtTot.getTime() - nu.getTime()) / 1000),
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
              actor: { soort: 'systeem', naam: 'deadlinebewaking' },
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
