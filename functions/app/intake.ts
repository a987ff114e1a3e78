// Application layer: use case "neem de intake af" (In gesprek): the screening answers and the draft plan.
import type { IntakeVerzoek } from '../contracts/api';
import { ConflictFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { stapVan } from '../domain/traject/traject';
import { valideerAntwoorden } from '../domain/triage/triage';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

/**
 * Input: the answers to a version of the screening instrument and the consulent's draft plan van aanpak.
 * Output: nothing; the workflow continues with the triage.
 *
 * Primary course:
 * 1. Validate the answers against the instrument version (every problem named by field: `antwoorden.<vraag>`).
 * 2. The intake step must be open (after the eerste gesprek); a replay of the same intake changes nothing.
 * 3. Append `intake-afgenomen` and resume the workflow waiting on the intake: it computes the triage next.
 */
export async function neemIntakeAf(
  deps: Afhankelijkheden,
  opdracht: { id: string; gemeente: string; rol: Rol; actor: Actor; correlatieId: string; verzoek: IntakeVerzoek },
): Promise<void> {
  eisBehandelaar(opdracht.rol, 'neemt een intake af');
  const { instrument } = valideerAntwoorden({
    instrument: opdracht.verzoek.instrument,
    antwoorden: opdracht.verzoek.antwoorden,
  });
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
    const datum = opdracht.verzoek.datum ?? vandaagInAmsterdam(deps.klok.nu());
    const stap = stapVan(geladen.traject, 'intake');
    if (!stap)
      throw new ConflictFout('STAP_NIET_OPEN', 'de intake volgt op het eerste gesprek; dat is nog niet gevoerd');
    if (stap.voltooidOp !== undefined) {
      if (geladen.traject.intake?.datum === datum) return;
      throw new ConflictFout('STAP_AL_VOLTOOID', `de intake is al afgenomen op ${stap.voltooidOp}`);
    }
    await legVast(
      deps,
      opdracht.id,
      geladen,
      {
        type: 'intake-afgenomen',
        data: {
          datum,
          instrument: { id: instrument.id, versie: instrument.versie },
          antwoorden: opdracht.verzoek.antwoorden,
          plan: opdracht.verzoek.plan,
        },
      },
      opdracht,
    );
  });
  await hervatStap(deps, opdracht.id, opdracht.gemeente, 'intake');
}
