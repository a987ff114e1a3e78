// Application layer: use case "leg een berekening vast op een traject" (the basis of the betaalvoorstel).

import { normtabelOp } from '../domain/geld/normbedragen';
import type { SchuldregelingAntwoord, SchuldregelingVerzoek } from '../domain/geld/schemas';
import { berekenSchuldregeling } from '../domain/geld/schuldregeling';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorWijziging } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

/**
 * Input: traject id, the household inputs and schulden. Output: the calculation and its volgnummer in the history.
 *
 * Primary course:
 * 1. Calculate VTLB → afloscapaciteit → saneringskrediet and offer per creditor (pure, dated norm tables).
 * 2. Append `berekening-vastgelegd` with the inputs, the norm table it used and a summary (amounts stay in the
 *    encrypted case store; the bus event carries the case id only).
 * 3. When the case waits for its betaalvoorstel (after a beschikking with schuldregeling), that step is now complete:
 *    resume the Plaatje compleet workflow, whose krediet Task turns this berekening into the betaalvoorstel.
 */
export async function legBerekeningVast(
  deps: Afhankelijkheden,
  opdracht: {
    id: string;
    gemeente: string;
    rol: Rol;
    actor: Actor;
    correlatieId: string;
    verzoek: SchuldregelingVerzoek;
  },
): Promise<{ volgnummer: number; berekening: SchuldregelingAntwoord }> {
  eisBehandelaar(opdracht.rol, 'legt een berekening vast');
  const berekening = berekenSchuldregeling(opdracht.verzoek);
  const tabel = normtabelOp(opdracht.verzoek.peildatum);
  const { opgeslagen, traject } = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorWijziging(deps, opdracht.id, opdracht.gemeente);
    return legVast(
      deps,
      opdracht.id,
      geladen,
      {
        type: 'berekening-vastgelegd',
        data: {
          invoer: opdracht.verzoek as unknown as Record<string, unknown>,
          normtabel: { geldigVanaf: tabel.geldigVanaf, regeling: tabel.regeling },
          samenvatting: {
            vtlbCent: berekening.vtlb.vtlbCent,
            afloscapaciteitTotaalCent: berekening.afloscapaciteit.totaalCent,
            kredietCent: berekening.saneringskrediet.kredietCent,
            aanbodCent: berekening.saneringskrediet.verdeling.aanbodCent,
          },
        },
      },
      { actor: opdracht.actor, gemeente: opdracht.gemeente, correlatieId: opdracht.correlatieId },
    );
  });
  if (traject.stappen.some((s) => s.stap === 'betaalvoorstel' && s.voltooidOp !== undefined)) {
    await hervatStap(deps, opdracht.id, opdracht.gemeente, 'betaalvoorstel');
  }
  return { volgnummer: opgeslagen.volgnummer, berekening };
}
