// Application layer: use case "wacht op een stap" (the Lambda behind a workflow's .waitForTaskToken Task).
import type { Stap } from '../domain/traject/gebeurtenissen';
import { hervatVoltooid } from './behandelaar';
import type { Afhankelijkheden } from './poorten';

/**
 * Stores the task token on the case so the API can resume the workflow when the step is done. When the step was
 * completed before the token arrived (completion and timeout at the same moment), it resumes the workflow itself:
 * the single-item update orders the two writers, and whichever comes second sees both.
 */
export async function registreerWachtstap(
  deps: Pick<Afhankelijkheden, 'opslag' | 'workflow' | 'klok'>,
  opdracht: { trajectId: string; gemeente: string; stap: Stap; taakToken: string },
): Promise<void> {
  const { voltooid } = await deps.opslag.registreerWachttoken(
    opdracht.trajectId,
    opdracht.gemeente,
    opdracht.stap,
    opdracht.taakToken,
  );
  if (voltooid) await hervatVoltooid(deps, opdracht.taakToken, opdracht.trajectId, opdracht.stap);
}
