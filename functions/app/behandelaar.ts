// Application layer: what the use cases of a case's own handlers share: who may act, and resuming a waiting workflow.
import { GeenToegangFout } from '../domain/fouten';
import type { Rol, Stap } from '../domain/traject/gebeurtenissen';
import type { Afhankelijkheden } from './poorten';

/** Only a consulent or a teamleider works on a case; `wat` completes the sentence "alleen … <wat>". */
export function eisBehandelaar(rol: Rol, wat: string): void {
  if (rol !== 'consulent' && rol !== 'teamleider') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', `alleen een consulent of teamleider ${wat}`);
  }
}

/**
 * After the completion of `stap` is in the history: marks it for the workflow and resumes the wait, if one is parked.
 * Also on a replay: the first request may have failed between its append and this resume.
 */
export async function hervatStap(
  deps: Pick<Afhankelijkheden, 'opslag' | 'workflow'>,
  id: string,
  gemeente: string,
  stap: Stap,
): Promise<void> {
  const { token } = await deps.opslag.markeerStapVoltooid(id, gemeente, stap);
  if (token) await deps.workflow.taakVoltooid(token, { stap, status: 'voltooid' });
}
