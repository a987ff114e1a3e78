// Application layer: use case "wacht op een stap" (the Lambda behind a workflow's .waitForTaskToken Task).
import type { Stap } from '../domain/traject/gebeurtenissen';
import { hervatVoltooid, REGELING_STAPPEN } from './behandelaar';
import { laadTraject } from './bekijk-traject';
import type { Afhankelijkheden } from './poorten';
import { hervatRegeling } from './regeling-voortgang';

/**
 * Stores the task token on the case so the API can resume the workflow when the step is done. When the step was
 * completed before the token arrived (completion and timeout at the same moment), it resumes the workflow itself:
 * the single-item update orders the two writers, and whichever comes second sees both. The same holds for a close:
 * the closure is written before it wakes the stored tokens, and the token is stored before the case is read here,
 * so a wait parked while the case closes (a retried wait Task) is woken by one of the two.
 */
export async function registreerWachtstap(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; gemeente: string; stap: Stap; taakToken: string },
): Promise<void> {
  const { voltooid } = await deps.opslag.registreerWachttoken(
    opdracht.trajectId,
    opdracht.gemeente,
    opdracht.stap,
    opdracht.taakToken,
  );
  if (voltooid) {
    return REGELING_STAPPEN.includes(opdracht.stap)
      ? hervatRegeling(deps, opdracht.taakToken, opdracht.trajectId)
      : hervatVoltooid(deps, opdracht.taakToken, opdracht.trajectId, opdracht.stap);
  }
  await wekAlsAfgesloten(deps, opdracht.trajectId, opdracht.taakToken);
}

/** After a token is stored: a case closed meanwhile ends the wait at once (its execution ends in `Afgesloten`). */
export async function wekAlsAfgesloten(
  deps: Pick<Afhankelijkheden, 'opslag' | 'workflow'>,
  trajectId: string,
  taakToken: string,
): Promise<void> {
  const { traject } = await laadTraject(deps, trajectId);
  if (traject.afgesloten) await deps.workflow.taakMislukt(taakToken, 'TrajectAfgeslotenFout');
}
