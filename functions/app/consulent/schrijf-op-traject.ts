// Application layer: the course every journal, person, correction and hand-over command shares.

import { vandaagInAmsterdam } from '../../domain/kalender/kalender';
import type { Actor, Rol, TrajectGebeurtenis } from '../../domain/traject/gebeurtenissen';
import type { Traject } from '../../domain/traject/traject';
import { eisBehandelaar, wekWachtenden } from '../behandelaar';
import { laadVoorGemeente } from '../bekijk-traject';
import { legVast, metHerhalingBijConflict } from '../leg-vast';
import type { Afhankelijkheden } from '../poorten';

export interface OpdrachtContext {
  id: string;
  gemeente: string;
  rol: Rol;
  actor: Actor;
  correlatieId: string;
}

/**
 * 1. Load the case of the caller's gemeente (another gemeente's case is a 404) and decide the event; a replay decides
 *    nothing.
 * 2. Append it through legVast (which refuses a closed case and writes the indexes), again on a version conflict.
 * 3. With `herbereken`: wake every waiting workflow so its deadline check runs on the changed facts (as opschorting).
 * Who may write to this case was checked at the HTTP edge (the permission matrix, functions/handlers/http/schrijfrechten.ts).
 */
export async function schrijfOpTraject(
  deps: Afhankelijkheden,
  ctx: OpdrachtContext,
  besluit: (traject: Traject, vandaag: string) => TrajectGebeurtenis | undefined,
  opties: { herbereken?: boolean } = {},
): Promise<{ traject: Traject; gebeurtenis?: TrajectGebeurtenis }> {
  eisBehandelaar(ctx.rol, 'schrijft in een traject');
  const uitkomst = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, ctx.id, ctx.gemeente);
    const gebeurtenis = besluit(geladen.traject, vandaagInAmsterdam(deps.klok.nu()));
    if (!gebeurtenis) return { traject: geladen.traject };
    const { traject } = await legVast(deps, ctx.id, geladen, gebeurtenis, ctx);
    return { traject, gebeurtenis };
  });
  if (opties.herbereken && uitkomst.gebeurtenis) {
    await wekWachtenden(deps, ctx.id, 'TermijnGewijzigd');
  }
  return uitkomst;
}
