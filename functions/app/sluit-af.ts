// Application layer: how a case ends: closing with a reason (every route's end, and ending on purpose at any phase).

import { ConflictFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { AfsluitReden, BeeindigingsReden } from '../domain/traject/afsluiting';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import type { Traject } from '../domain/traject/traject';
import { eisBehandelaar, wekWachtenden } from './behandelaar';
import { laadTraject, laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

interface Context {
  actor: Actor;
  correlatieId: string;
}

/** VISH knows the person is in schuldhulp from the plan van aanpak on; at the end the registration is withdrawn. */
function moetVishAfmelden(traject: Traject): boolean {
  const k = traject.koppelingen.map((x) => x.koppeling);
  return k.includes('vish-registratie') && !k.includes('vish-afmelding');
}

/**
 * Closes a case with a reason. Input: the case id, the reason (a code, mapped to the DDAS uitstroomreden), an
 * optional toelichting. Output: the closed case.
 *
 * Primary course:
 * 1. A case closed already with the same reason is a replay: nothing happens. Another reason: 409.
 * 2. A VISH registration is withdrawn first (the outbound message, then its record), because a closed case takes no
 *    further event.
 * 3. Append `traject-afgesloten`: every open step leaves the worklists (the projections), and the bus says so.
 * 4. Wake every waiting workflow of the case: its deadline check sees the case is closed and the execution ends.
 */
export async function sluitAf(
  deps: Afhankelijkheden,
  trajectId: string,
  afsluiting: { reden: AfsluitReden; toelichting?: string },
  ctx: Context,
): Promise<Traject> {
  await metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, trajectId);
    const { traject } = geladen;
    if (traject.afgesloten || !moetVishAfmelden(traject)) return;
    await deps.koppelingen.meld('vish-afmelding', traject.id, traject.gemeente);
    await legVast(
      deps,
      traject.id,
      geladen,
      { type: 'koppeling-gemeld', data: { koppeling: 'vish-afmelding', op: vandaagInAmsterdam(deps.klok.nu()) } },
      { ...ctx, gemeente: traject.gemeente },
    );
  });
  const gesloten = await metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, trajectId);
    const { traject } = geladen;
    if (traject.afgesloten) {
      if (traject.afgesloten.reden === afsluiting.reden) return traject;
      throw new ConflictFout(
        'TRAJECT_AFGESLOTEN',
        `het traject is al afgesloten op ${traject.afgesloten.op} (${traject.afgesloten.reden})`,
      );
    }
    const { traject: na } = await legVast(
      deps,
      traject.id,
      geladen,
      {
        type: 'traject-afgesloten',
        data: {
          reden: afsluiting.reden,
          op: vandaagInAmsterdam(deps.klok.nu()),
          ...(afsluiting.toelichting ? { toelichting: afsluiting.toelichting } : {}),
        },
      },
      { ...ctx, gemeente: traject.gemeente },
    );
    return na;
  });
  await wekWachtenden(deps, trajectId, 'TrajectAfgeslotenFout');
  return gesloten;
}

/**
 * Use case "beëindig een traject" (POST /trajecten/{id}/beeindigingen): the resident withdraws, moves, cannot be
 * reached, died, does not cooperate, or settled the debts alone; at any phase.
 *
 * Primary course:
 * 1. Only a consulent or teamleider of the case's gemeente.
 * 2. Close the case with the reason (see `sluitAf`): VISH deregistered, every wait ended, off every worklist.
 */
export async function beeindigTraject(
  deps: Afhankelijkheden,
  opdracht: {
    id: string;
    gemeente: string;
    rol: Rol;
    actor: Actor;
    correlatieId: string;
    reden: BeeindigingsReden;
    toelichting?: string;
  },
): Promise<Traject> {
  eisBehandelaar(opdracht.rol, 'beëindigt een traject');
  await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
  return sluitAf(
    deps,
    opdracht.id,
    { reden: opdracht.reden, ...(opdracht.toelichting ? { toelichting: opdracht.toelichting } : {}) },
    opdracht,
  );
}
