// Application layer: a failed workflow is never silent: its cause is recorded on the case, and a teamleider restarts
// the phase's workflow from the store once the cause is fixed.
import { ConflictFout, GeenToegangFout } from '../domain/fouten';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { laadTraject, laadVoorWijziging } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden, WorkflowNaam } from './poorten';

const SYSTEEM: Actor = { soort: 'systeem', naam: 'workflow' };

/** `$.fout` as Step Functions puts it: `Error` and a `Cause` that for a Lambda is JSON with errorType/errorMessage. */
export interface FoutInvoer {
  Error?: string;
  Cause?: string;
}

/**
 * What we keep of a failure: the error type and its message, bounded. Our own errors carry codes and field names,
 * never the values of personal data; the bound keeps a pathological message from filling the case item.
 */
export function oorzaakVan(fout: FoutInvoer | undefined): { type: string; melding: string } {
  let type = fout?.Error ?? 'onbekend';
  let melding = fout?.Cause ?? '';
  try {
    const cause = JSON.parse(melding) as { errorType?: string; errorMessage?: string };
    if (typeof cause.errorType === 'string') type = cause.errorType;
    if (typeof cause.errorMessage === 'string') melding = cause.errorMessage;
  } catch {
    // not JSON: the Cause text as it is
  }
  return { type: type.slice(0, 200), melding: melding.slice(0, 500) };
}

/**
 * Task LegFoutVast (the Catch of every Task leads here). Input: the case, the workflow and execution, `$.fout`.
 *
 * Primary course:
 * 1. Find the state that failed (the execution's last Task before this one).
 * 2. Append `workflow-gestopt` with the cause (no personal data): the case view and the worklist show it, the bus
 *    carries it to ops; the handler logs it as a structured error.
 */
export async function legWorkflowFoutVast(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; workflow: WorkflowNaam; executie: string; executieNaam: string; fout?: FoutInvoer },
): Promise<{ staat: string; type: string; melding: string }> {
  const staat = (await deps.workflow.mislukteStaat(opdracht.executie)) ?? 'onbekend';
  const oorzaak = oorzaakVan(opdracht.fout);
  await metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    if (geladen.traject.workflowFouten.some((f) => f.executie === opdracht.executieNaam && !f.herstartOp)) return;
    if (geladen.traject.afgesloten) return; // nothing to restart: the case ended while the Task failed
    await legVast(
      deps,
      opdracht.trajectId,
      geladen,
      {
        type: 'workflow-gestopt',
        data: { workflow: opdracht.workflow, executie: opdracht.executieNaam, staat, fout: oorzaak },
      },
      { actor: SYSTEEM, gemeente: geladen.traject.gemeente, correlatieId: opdracht.executie },
    );
  });
  return { staat, ...oorzaak };
}

/**
 * Use case "herstart de workflow" (teamleider). Output: the executions started.
 *
 * Primary course:
 * 1. The case must have a failed workflow that was not restarted (409 otherwise).
 * 2. Start the phase's workflow again under a new execution name (`<naam>-h<versie>`): it begins with its deadline
 *    checks, which read the store, and every Task is idempotent, so what was done is not done twice.
 * 3. Append `workflow-herstart`: the case view and the worklist no longer show the failure.
 */
export async function herstartWorkflow(
  deps: Afhankelijkheden,
  opdracht: { id: string; gemeente: string; rol: Rol; actor: Actor; correlatieId: string },
): Promise<{ gestart: { workflow: string; executie: string }[] }> {
  if (opdracht.rol !== 'teamleider') {
    throw new GeenToegangFout('ALLEEN_TEAMLEIDER', 'alleen een teamleider herstart een workflow');
  }
  const gestart: { workflow: string; executie: string }[] = [];
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorWijziging(deps, opdracht.id, opdracht.gemeente);
    const open = geladen.traject.workflowFouten.filter((f) => f.herstartOp === undefined);
    const fout = open.at(-1);
    if (!fout) throw new ConflictFout('GEEN_GESTOPTE_WORKFLOW', 'er is geen gestopte workflow om te herstarten');
    const executie = `${fout.executie.replace(/-h\d+$/, '')}-h${geladen.traject.versie + 1}`;
    await deps.workflow.start(fout.workflow as WorkflowNaam, executie, {
      trajectId: opdracht.id,
      gemeente: geladen.traject.gemeente,
    });
    await legVast(
      deps,
      opdracht.id,
      geladen,
      { type: 'workflow-herstart', data: { workflow: fout.workflow, executie: fout.executie } },
      opdracht,
    );
    gestart.push({ workflow: fout.workflow, executie });
  });
  return { gestart };
}
