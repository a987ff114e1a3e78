// Application layer: the use case of the 18-month regeling a consulent drives: a payment reported. The regeling's
// own next step is in regeling-voortgang.ts.
import { ConflictFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { registreerBetaling as beslisBetaling } from '../domain/regeling/regeling';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';
import { hervatRegeling } from './regeling-voortgang';

/**
 * Input: case id, the month, the date received or `gemist`, the caller. Output: the month as recorded and whether
 * this request changed it.
 *
 * Primary course:
 * 1. Only a consulent or teamleider records it (the kredietbank's statement reaches them); another gemeente's case
 *    does not exist for them.
 * 2. Decide `betaling-ontvangen` or `betaling-gemist` (the same report again changes nothing; a different one for a
 *    month already recorded is a 409) and append it. A missed month goes on the bus as `betaling-gemist`: a terugval,
 *    whose personal contact the terugval workflow waits for.
 * 3. When it settles the month the workflow waits for, resume that wait: the regeling takes its next step (the next
 *    month, the evaluation, or the end of the period or the regeling) and the wait goes on to it.
 */
export async function legBetalingVast(
  deps: Afhankelijkheden,
  opdracht: {
    id: string;
    gemeente: string;
    rol: Rol;
    actor: Actor;
    correlatieId: string;
    maand: number;
    ontvangenOp?: string;
    gemist?: boolean;
  },
): Promise<{ maand: number; status: 'ontvangen' | 'gemist'; op: string; vastgelegd: boolean }> {
  eisBehandelaar(opdracht.rol, 'legt een betaling van de regeling vast');
  const { traject, vastgelegd } = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
    const gebeurtenis = beslisBetaling(
      geladen.traject,
      {
        maand: opdracht.maand,
        ...(opdracht.ontvangenOp ? { ontvangenOp: opdracht.ontvangenOp } : {}),
        ...(opdracht.gemist ? { gemist: true } : {}),
      },
      vandaagInAmsterdam(deps.klok.nu()),
    );
    if (!gebeurtenis) return { traject: geladen.traject, vastgelegd: false };
    const na = await legVast(deps, opdracht.id, geladen, gebeurtenis, {
      actor: opdracht.actor,
      gemeente: opdracht.gemeente,
      correlatieId: opdracht.correlatieId,
    });
    return { traject: na.traject, vastgelegd: true };
  });
  const betaling = traject.regeling?.betalingen.find((b) => b.maand === opdracht.maand);
  if (!betaling) throw new ConflictFout('BETALING_NIET_VASTGELEGD', `maand ${opdracht.maand} is niet vastgelegd`);
  // Also on a replay: the first request may have failed between its append and this resume.
  const stap = traject.stappen.find((s) => s.stap === 'regeling-betaling');
  if (traject.regeling?.maand === opdracht.maand && stap?.voltooidOp !== undefined) {
    await hervatStap(deps, opdracht.id, opdracht.gemeente, 'regeling-betaling', hervatRegeling);
  }
  return { maand: betaling.maand, status: betaling.status, op: betaling.op, vastgelegd };
}
