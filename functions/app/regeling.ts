// Application layer: the use cases of the 18-month regeling: the workflow's next step (open the regeling and each
// month, record a missed month, open the evaluation, end the period or the regeling) and a payment reported.
import { ConflictFout, RegelFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import {
  registreerBetaling as beslisBetaling,
  STANDAARD_EVALUATIE_INTERVAL_MAANDEN,
  startRegeling,
  volgendeInRegeling,
} from '../domain/regeling/regeling';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadTraject, laadVoorGemeente } from './bekijk-traject';
import { type Termijnen, termijnenVoorWorkflow } from './controleer-stap';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden, GeladenTraject } from './poorten';

const SYSTEEM: Actor = { soort: 'systeem', naam: 'regeling' };
/** More than any one call needs (a month settled, the evaluation opened, the period or the regeling ended). */
const MAX_STAPPEN = 8;

/** The period of an execution from its name: `<trajectId>-r<n>`, also after a restart (`…-r<n>-h<versie>`). */
export function periodeUitExecutie(trajectId: string, executieNaam: string | undefined): number | undefined {
  if (!executieNaam?.startsWith(`${trajectId}-r`)) return undefined;
  const n = Number(/^-r(\d+)/.exec(executieNaam.slice(trajectId.length))?.[1]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Input: traject id and the execution's period (workflow input: ids only). Output: what the workflow does next
 * (`betaling` or `evaluatie`: wait for that step; `periode-afgerond`, `beeindigd`, `afgesloten`: this execution ends).
 *
 * Primary course:
 * 1. Load the case. Without a regeling: append `regeling-gestart` from the hand-over to the regeling (the akkoord's
 *    date; saneringskrediet or schuldbemiddeling from the outcome; the gemeente's evaluation interval).
 * 2. Decide the next event from the store (domain `volgendeInRegeling`) and append it; for a new month first clear
 *    the wait item's completion mark of the month before. Repeat until the case waits or the execution ends.
 * 3. Answer with the wait of every step from now (`termijnen`), which the next wait reads.
 */
export async function volgRegeling(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string; periode?: number },
): Promise<{ status: string; maand: number; periode: number; termijnen: Termijnen }> {
  return metHerhalingBijConflict(async () => {
    let geladen = await laadTraject(deps, opdracht.trajectId);
    const context = () => ({
      actor: SYSTEEM,
      gemeente: geladen.traject.gemeente,
      correlatieId: opdracht.correlatieId,
    });
    const termijnen = () => termijnenVoorWorkflow(geladen.traject, deps.klok.nu(), deps.klok);
    if (geladen.traject.afgesloten)
      return { status: 'afgesloten', maand: 0, periode: opdracht.periode ?? 1, termijnen: termijnen() };
    if (!geladen.traject.regeling) geladen = await open(deps, geladen, context());
    const periode = opdracht.periode ?? (geladen.traject.regeling?.perioden ?? 0) + 1;
    for (let i = 0; i < MAX_STAPPEN; i++) {
      const besluit = volgendeInRegeling(geladen.traject, periode, vandaagInAmsterdam(deps.klok.nu()));
      // The month's (or the evaluation's) wait starts on `termijnen`, without a check first.
      if (besluit.soort !== 'gebeurtenis')
        return { status: besluit.status, maand: besluit.maand, periode, termijnen: termijnen() };
      if (besluit.heropen) await deps.opslag.heropenWachtstap(geladen.traject.id, besluit.heropen);
      const na = await legVast(deps, geladen.traject.id, geladen, besluit.gebeurtenis, context());
      geladen = { ...geladen, traject: na.traject, recent: [...geladen.recent, na.opgeslagen] };
    }
    throw new RegelFout('REGELING_KOMT_NIET_TOT_RUST', `de regeling van ${opdracht.trajectId} kwam niet tot een wacht`);
  });
}

async function open(
  deps: Afhankelijkheden,
  geladen: GeladenTraject,
  context: { actor: Actor; gemeente: string; correlatieId: string },
): Promise<GeladenTraject> {
  const { traject } = geladen;
  const overdracht = traject.overdrachten.findLast((o) => o.naar === 'regeling');
  if (!overdracht) {
    throw new RegelFout('GEEN_OVERDRACHT_NAAR_REGELING', `traject ${traject.id} is niet naar de regeling overgedragen`);
  }
  const configuratie = await deps.configuratie.haal(traject.gemeente);
  const gebeurtenis = startRegeling(traject, {
    start: overdracht.datum,
    oplossing: traject.schulden?.uitkomst?.oplossing === 'schuldbemiddeling' ? 'schuldbemiddeling' : 'saneringskrediet',
    evaluatieIntervalMaanden:
      configuratie?.configuratie.regeling?.evaluatieIntervalMaanden ?? STANDAARD_EVALUATIE_INTERVAL_MAANDEN,
  });
  if (!gebeurtenis) return geladen;
  const na = await legVast(deps, traject.id, geladen, gebeurtenis, context);
  return { ...geladen, traject: na.traject, recent: [...geladen.recent, na.opgeslagen] };
}

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
 * 3. When it settles the month the workflow waits for, resume that wait.
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
    await hervatStap(deps, opdracht.id, opdracht.gemeente, 'regeling-betaling');
  }
  return { maand: betaling.maand, status: betaling.status, op: betaling.op, vastgelegd };
}
