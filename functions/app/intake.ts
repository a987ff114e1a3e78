// Application layer: use case "neem de intake af" (In gesprek): the screening answers and the draft plan.
import type { IntakeVerzoek } from '../contracts/api';
import { ConflictFout, ValidatieFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { stapVan } from '../domain/traject/traject';
import { valideerAntwoorden } from '../domain/triage/triage';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorWijziging } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

/**
 * Input: the answers to a version of the screening instrument and the consulent's draft plan van aanpak.
 * Output: nothing; the workflow continues with the triage.
 *
 * Primary course:
 * 1. Validate the answers against the instrument version (every problem named by field: `antwoorden.<vraag>`).
 * 2. The intake step must be open (after the eerste gesprek); a replay of the same intake changes nothing. The plan's
 *    dates may not lie before the intake.
 * 3. Append `intake-afgenomen` and resume the workflow waiting on the intake: it computes the triage next.
 */
/**
 * The plan looks forward from the intake: an action or contact moment before it cannot be a next step, and the
 * beschikking drawn up from the plan would refuse it. Refused here, with the field named, so no later Task fails.
 */
function eisPlanVanaf(plan: IntakeVerzoek['plan'], datum: string): void {
  const velden = [
    ...plan.acties.flatMap((a, i) =>
      a.wanneer < datum ? [{ veld: `plan.acties.${i}.wanneer`, melding: `ligt voor de intake (${datum})` }] : [],
    ),
    ...plan.contactmomenten.flatMap((c, i) =>
      c.datum < datum ? [{ veld: `plan.contactmomenten.${i}.datum`, melding: `ligt voor de intake (${datum})` }] : [],
    ),
  ];
  if (velden.length > 0)
    throw new ValidatieFout('PLAN_VOOR_INTAKE', 'het plan van aanpak kijkt vooruit vanaf de intake', velden);
}

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
    const geladen = await laadVoorWijziging(deps, opdracht.id, opdracht.gemeente);
    const datum = opdracht.verzoek.datum ?? vandaagInAmsterdam(deps.klok.nu());
    const stap = stapVan(geladen.traject, 'intake');
    if (!stap)
      throw new ConflictFout('STAP_NIET_OPEN', 'de intake volgt op het eerste gesprek; dat is nog niet gevoerd');
    if (stap.voltooidOp !== undefined) {
      if (geladen.traject.intake?.datum === datum) return;
      throw new ConflictFout('STAP_AL_VOLTOOID', `de intake is al afgenomen op ${stap.voltooidOp}`);
    }
    eisPlanVanaf(opdracht.verzoek.plan, datum);
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
