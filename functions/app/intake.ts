// Application layer: use case "neem de intake af" (In gesprek): the screening answers and the draft plan.
import type { IntakeVerzoek } from '../contracts/api';
import { ConflictFout, ValidatieFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { stapVan } from '../domain/traject/traject';
import { valideerAntwoorden } from '../domain/triage/triage';
import { zelfdeVerzoek } from '../domain/vertrouwen/zelfde-verzoek';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorWijziging } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

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

/**
 * Input: the answers to a version of the screening instrument and the consulent's draft plan van aanpak.
 * Output: nothing; the workflow continues with the triage.
 *
 * Primary course:
 * 1. Validate the answers against the instrument version (every problem named by field: `antwoorden.<vraag>`).
 * 2. The intake date is not after today (an intake that has not happened cannot be recorded).
 * 3. The intake step must be open (after the eerste gesprek); a replay of the same intake (the whole body: date,
 *    instrument, answers, plan) changes nothing, a different one is a 409 `INTAKE_AL_AFGENOMEN`. The plan's dates may
 *    not lie before the intake.
 * 4. Append `intake-afgenomen` and resume the workflow waiting on the intake: it computes the triage next.
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
    const geladen = await laadVoorWijziging(deps, opdracht.id, opdracht.gemeente);
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const datum = opdracht.verzoek.datum ?? vandaag;
    if (datum > vandaag) {
      throw new ValidatieFout('DATUM_IN_TOEKOMST', 'een afgenomen intake kan niet in de toekomst liggen', [
        { veld: 'datum', melding: `ligt na vandaag (${vandaag})` },
      ]);
    }
    const stap = stapVan(geladen.traject, 'intake');
    if (!stap)
      throw new ConflictFout('STAP_NIET_OPEN', 'de intake volgt op het eerste gesprek; dat is nog niet gevoerd');
    const vastgelegd = geladen.traject.intake;
    if (stap.voltooidOp !== undefined) {
      const verzoek = {
        datum,
        instrument: { id: instrument.id, versie: instrument.versie },
        antwoorden: opdracht.verzoek.antwoorden,
        plan: opdracht.verzoek.plan,
      };
      // An intake without a date is dated today: on a later day its replay is still the same intake.
      const zelfde =
        vastgelegd !== undefined &&
        zelfdeVerzoek({ ...verzoek, datum: opdracht.verzoek.datum ?? vastgelegd.datum }, vastgelegd);
      if (zelfde) return;
      throw new ConflictFout(
        'INTAKE_AL_AFGENOMEN',
        `de intake is al afgenomen op ${stap.voltooidOp} met andere gegevens; dit verzoek verschilt daarvan en is niet verwerkt`,
      );
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
