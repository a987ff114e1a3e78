// Application layer: use case "leg een berekening vast op een traject" (the basis of the betaalvoorstel).

import type { BerekeningVastleggenVerzoek } from '../contracts/schulden-api';
import { ConflictFout, RegelFout } from '../domain/fouten';
import { normtabelOp } from '../domain/geld/normbedragen';
import type { SchuldregelingAntwoord, SchuldregelingVerzoek } from '../domain/geld/schemas';
import { berekenSchuldregeling } from '../domain/geld/schuldregeling';
import { schuldenVoorBerekening } from '../domain/schulden/schulden';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorWijziging } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

/**
 * Input: traject id, the household inputs and schulden. Output: the calculation and its volgnummer in the history.
 *
 * Primary course:
 * 0. Take the schulden from the case when they are registered there (the balances as the creditors answered, the
 *    amount first known for a creditor without answer); a body that also lists them is a 409. Without registered
 *    claims the body lists them, as before.
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
    verzoek: BerekeningVastleggenVerzoek;
  },
): Promise<{ volgnummer: number; berekening: SchuldregelingAntwoord }> {
  eisBehandelaar(opdracht.rol, 'legt een berekening vast');
  const { opgeslagen, traject, berekening } = await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorWijziging(deps, opdracht.id, opdracht.gemeente);
    const verzoek = metSchuldenVanTraject(opdracht.verzoek, schuldenVoorBerekening(geladen.traject.schulden));
    const berekening = berekenSchuldregeling(verzoek);
    const tabel = normtabelOp(verzoek.peildatum);
    const vastgelegd = await legVast(
      deps,
      opdracht.id,
      geladen,
      {
        type: 'berekening-vastgelegd',
        data: {
          invoer: verzoek as unknown as Record<string, unknown>,
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
    return { ...vastgelegd, berekening };
  });
  if (traject.stappen.some((s) => s.stap === 'betaalvoorstel' && s.voltooidOp !== undefined)) {
    await hervatStap(deps, opdracht.id, opdracht.gemeente, 'betaalvoorstel');
  }
  return { volgnummer: opgeslagen.volgnummer, berekening };
}

function metSchuldenVanTraject(
  verzoek: BerekeningVastleggenVerzoek,
  geregistreerd: SchuldregelingVerzoek['schulden'],
): SchuldregelingVerzoek {
  if (geregistreerd.length > 0) {
    if (verzoek.schulden !== undefined) {
      throw new ConflictFout(
        'SCHULDEN_OP_TRAJECT',
        'de schulden staan op het traject (GET /trajecten/{id}/schulden): laat schulden weg uit de berekening',
      );
    }
    return { ...verzoek, schulden: geregistreerd };
  }
  if (verzoek.schulden === undefined) {
    throw new RegelFout(
      'GEEN_SCHULDEN',
      'er staan geen schulden op het traject: registreer ze (POST /trajecten/{id}/schulden) of geef ze mee',
    );
  }
  return { ...verzoek, schulden: verzoek.schulden };
}
