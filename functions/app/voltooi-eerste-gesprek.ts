import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { voerEersteGesprek } from '../domain/traject/traject';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorWijziging } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

/**
 * Input: traject id, the date of the gesprek, the consulent (from the token).
 * Output: nothing; the case view shows the new step.
 *
 * Primary course:
 * 1. Load the case of the caller's gemeente and decide (a replay with the same date changes nothing).
 * 2. Append `eerste-gesprek-gevoerd`: the consulent becomes begeleider, intake and beschikking terms start.
 * 3. Mark the step completed for the workflow and resolve its task token, if it is waiting. If the wait timed out
 *    at the same moment, the workflow's deadline check reads the completion from the store: nothing is lost.
 */
export async function voltooiEersteGesprek(
  deps: Afhankelijkheden,
  opdracht: { id: string; gemeente: string; rol: Rol; actor: Actor; datum: string; correlatieId: string },
): Promise<void> {
  eisBehandelaar(opdracht.rol, 'legt een gesprek vast');
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorWijziging(deps, opdracht.id, opdracht.gemeente);
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const gebeurtenis = voerEersteGesprek(geladen.traject, { datum: opdracht.datum, actor: opdracht.actor }, vandaag);
    if (gebeurtenis) {
      await legVast(deps, opdracht.id, geladen, gebeurtenis, {
        actor: opdracht.actor,
        gemeente: opdracht.gemeente,
        correlatieId: opdracht.correlatieId,
      });
    }
  });
  await hervatStap(deps, opdracht.id, opdracht.gemeente, 'eerste-gesprek');
}
