// Application layer: use case "leg een evaluatie vast" (Met vertrouwen verder: evaluate and revise the plan).
import { legEvaluatieVast, type Verandering, veranderingen } from '../domain/evaluatie/evaluatie';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';
import { hervatRegeling } from './regeling-voortgang';

/**
 * Input: case id, the evaluation (id, date, instrument version, scores 1–5 per life domain, decision: voortzetten,
 * bijstellen with the new plan, escaleren), the caller. Output: the change per domain since the intake and since the
 * previous evaluation, and the plan version.
 *
 * Primary course:
 * 1. Only a consulent or teamleider evaluates; another gemeente's case does not exist for them.
 * 2. Decide `evaluatie-vastgelegd` (validated against the instrument version; a replay changes nothing, the same id
 *    with other content is a 409). With `bijstellen` the plan gets the next version; earlier versions stay in the
 *    history.
 * 3. Append it through legVast (a closed case refuses it) and answer the changes.
 */
export async function evalueer(
  deps: Afhankelijkheden,
  opdracht: {
    id: string;
    gemeente: string;
    rol: Rol;
    actor: Actor;
    correlatieId: string;
    evaluatie: {
      id: string;
      datum?: string;
      instrument: { id: string; versie: string };
      scores: Record<string, number>;
      besluit: 'voortzetten' | 'bijstellen' | 'escaleren';
      plan?: Record<string, unknown>;
      toelichting?: string;
    };
  },
): Promise<{ id: string; planVersie: number | null; veranderingen: Verandering[] }> {
  eisBehandelaar(opdracht.rol, 'legt een evaluatie vast');
  const antwoord = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const { datum, ...rest } = opdracht.evaluatie;
    const gebeurtenis = legEvaluatieVast(geladen.traject, { ...rest, datum: datum ?? vandaag }, vandaag);
    const traject = gebeurtenis
      ? (
          await legVast(deps, opdracht.id, geladen, gebeurtenis, {
            actor: opdracht.actor,
            gemeente: opdracht.gemeente,
            correlatieId: opdracht.correlatieId,
          })
        ).traject
      : geladen.traject;
    const vastgelegd = traject.evaluaties?.find((e) => e.id === opdracht.evaluatie.id);
    if (!vastgelegd) throw new Error(`evaluatie ${opdracht.evaluatie.id} not in the fold`);
    return {
      traject,
      id: vastgelegd.id,
      planVersie: vastgelegd.planVersie ?? null,
      veranderingen: veranderingen(traject, vastgelegd),
    };
  });
  const { traject, ...resultaat } = antwoord;
  // The regeling's evaluation moment: the evaluation completes its step, so resume the wait (also on a replay).
  if (traject.stappen.some((s) => s.stap === 'regeling-evaluatie' && s.voltooidOp !== undefined)) {
    await hervatStap(deps, opdracht.id, opdracht.gemeente, 'regeling-evaluatie', hervatRegeling);
  }
  return resultaat;
}
