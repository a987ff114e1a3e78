// Application layer: what the use cases of a case's own handlers share: who may act, and resuming a waiting workflow.
import { GeenToegangFout } from '../domain/fouten';
import type { Rol, Stap } from '../domain/traject/gebeurtenissen';
import { laadTraject } from './bekijk-traject';
import { termijnenVoorWorkflow } from './controleer-stap';
import type { Afhankelijkheden, WachtFout } from './poorten';

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
  deps: Afhankelijkheden,
  id: string,
  gemeente: string,
  stap: Stap,
  hervat: Hervatter = hervatVoltooid,
): Promise<void> {
  const { token } = await deps.opslag.markeerStapVoltooid(id, gemeente, stap);
  if (token) await hervat(deps, token, id, stap);
}

/** Resumes a parked wait whose step is done: `hervatVoltooid`, or the regeling's own (`hervatRegeling`). */
export type Hervatter = (deps: Afhankelijkheden, token: string, id: string, stap: Stap) => Promise<void>;

/** The regeling's steps: their wait loops on itself and is resumed with the regeling's next step (hervatRegeling). */
export const REGELING_STAPPEN: readonly Stap[] = ['regeling-betaling', 'regeling-evaluatie'];

/**
 * Resumes a wait whose step is complete, with the wait of every step from now: the workflow's next `WachtOp<Stap>`
 * starts on it at once (the success of a wait always means its step is done).
 */
export async function hervatVoltooid(
  deps: Pick<Afhankelijkheden, 'opslag' | 'workflow' | 'klok'>,
  token: string,
  id: string,
  stap: Stap,
): Promise<void> {
  // The regeling's wait reads the step to wait for next from its resume: only hervatRegeling knows it.
  if (REGELING_STAPPEN.includes(stap)) throw new Error(`the wait on ${stap} is resumed by hervatRegeling`);
  const { traject } = await laadTraject(deps, id);
  const termijnen = termijnenVoorWorkflow(traject, deps.klok.nu(), deps.klok);
  await deps.workflow.taakVoltooid(token, { stap, status: 'voltooid', termijnen });
}

/**
 * Wakes the waits of the case after a change that is not a completion: a term moved (`TermijnGewijzigd`: the wait
 * checks again, `Controleer<Stap>`), or the case was closed (`TrajectAfgeslotenFout`: the execution ends closed).
 * `stappen`: only the waits on these steps (a change that concerns one step wakes no other wait: a claim registered
 * during the eerste gesprek costs that wait nothing).
 */
export async function wekWachtenden(
  deps: Pick<Afhankelijkheden, 'opslag' | 'workflow'>,
  id: string,
  fout: WachtFout,
  stappen?: readonly Stap[],
): Promise<void> {
  for (const token of await deps.opslag.wachtendeTokens(id, stappen)) await deps.workflow.taakMislukt(token, fout);
}
