// Application layer: use case "controleer de deadline van een stap" (a Task of every workflow's wait pattern).

import { TRAJECT_BRON } from '../contracts/domein-events';
import { vandaagInAmsterdam, verschilInDagen } from '../domain/kalender/kalender';
import { ESCALATIE_DAGEN, volgendeHerinnering } from '../domain/normen/wachtmoment';
import { controleerStap } from '../domain/traject/deadlines';
import type { Stap } from '../domain/traject/gebeurtenissen';
import { laadTraject } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

export { ESCALATIE_DAGEN } from '../domain/normen/wachtmoment';

export interface ControleResultaat {
  stap: Stap;
  status: 'open' | 'voltooid' | 'overschreden' | 'afgesloten' | 'verstreken';
  deadline?: string;
  /** Whole wall-clock seconds the workflow waits before it checks again (TimeoutSecondsPath). */
  wachtSeconden: number;
  /** For the metrics (codes only): the case's gemeente, whether a completed step met its deadline, what was reported. */
  meting?: { gemeente: string; binnenNorm?: boolean; gemeld?: 'overschrijding' | 'herinnering' };
}

/**
 * Input: traject id and step (no personal data: this is workflow input). Output: what the workflow does next.
 *
 * Primary course:
 * 1. Load the case and recompute the step's deadline (an opschorting or verlenging may have moved it).
 * 2. Completed: tell the workflow to move on. Still open: wait until the deadline date has ended.
 * 3. Passed: record the breach once per deadline (`deadline-overschreden`, published on the bus), then wait one
 *    escalation interval and check again, so the case keeps waiting for the step.
 */
export async function controleerStapVoorWorkflow(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; stap: Stap; correlatieId: string },
): Promise<ControleResultaat> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const nu = deps.klok.nu();
    const controle = controleerStap(geladen.traject, opdracht.stap, nu, vandaagInAmsterdam(nu));
    switch (controle.status) {
      case 'voltooid':
        return {
          stap: controle.stap,
          status: 'voltooid',
          wachtSeconden: 1,
          meting: { gemeente: geladen.traject.gemeente, binnenNorm: controle.binnenNorm },
        };
      case 'afgesloten':
        return { stap: controle.stap, status: 'afgesloten', wachtSeconden: 1 };
      case 'verstreken':
        return { stap: controle.stap, status: 'verstreken', deadline: controle.deadline, wachtSeconden: 1 };
      case 'open':
        return {
          stap: controle.stap,
          status: 'open',
          deadline: controle.deadline,
          wachtSeconden: deps.klok.wachtSeconden((controle.wachtTot.getTime() - nu.getTime()) / 1000),
        };
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
        return {
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
        };
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
