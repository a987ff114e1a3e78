// Application layer: use case "corrigeer een vastgelegd feit" with a mandatory reason.
import { type CorrectieVerzoek, corrigeerFeit } from '../../domain/correctie/correctie';
import { valideerAntwoorden } from '../../domain/triage/triage';
import type { Afhankelijkheden } from '../poorten';
import { type OpdrachtContext, schrijfOpTraject } from './schrijf-op-traject';

/**
 * Input: case id, the fact (the eerste-gesprek date or an intake answer), its new value and the reason.
 * Output: whether a correction was recorded (false: the value was already this).
 *
 * Primary course:
 * 1. Load and decide: the old value is read from the case, never taken from the caller; a corrected intake answer
 *    must fit the instrument version the intake was recorded with.
 * 2. Append `feit-gecorrigeerd`: the view shows the new value, the history both, and every deadline that runs from a
 *    corrected date is derived again (the indexes with it, before the write).
 * 3. Wake every waiting workflow: its deadline check runs again on the moved term (as an opschorting does).
 */
export async function corrigeer(
  deps: Afhankelijkheden,
  ctx: OpdrachtContext,
  v: CorrectieVerzoek,
): Promise<{ gecorrigeerd: boolean }> {
  const besluit = (
    t: Parameters<typeof corrigeerFeit>[0] & { intake?: { instrument: { id: string; versie: string } } },
    vandaag: string,
  ) => {
    const e = corrigeerFeit(t, v, vandaag);
    if (e?.data.feit === 'intake.antwoord' && t.intake) {
      valideerAntwoorden({
        instrument: t.intake.instrument,
        antwoorden: { ...t.intake.antwoorden, [e.data.vraag]: e.data.nieuw },
      });
    }
    return e;
  };
  const { gebeurtenis } = await schrijfOpTraject(deps, ctx, besluit, { herbereken: true });
  return { gecorrigeerd: gebeurtenis !== undefined };
}
