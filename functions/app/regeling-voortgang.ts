// Application layer: the regeling's next step (open the regeling and each month, record a missed month, open the
// evaluation, end the period or the regeling), taken by the workflow's VolgRegeling Task and by the API when it
// resumes a regeling wait: the wait then loops on itself, one state transition per month.
import { RegelFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { STANDAARD_EVALUATIE_INTERVAL_MAANDEN, startRegeling, volgendeInRegeling } from '../domain/regeling/regeling';
import type { Actor, Stap } from '../domain/traject/gebeurtenissen';
import { laadTraject } from './bekijk-traject';
import { type Termijnen, termijnenVoorWorkflow, termijnSleutel } from './controleer-stap';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden, GeladenTraject, WachtFout } from './poorten';

/** What the workflow does next: wait for `stap` (`betaling`, `evaluatie`), or end this execution. */
export interface RegelingVervolg {
  status: string;
  maand: number;
  periode: number;
  /** The step the wait is on, and its seconds (the wait's TimeoutSecondsPath): only when the status is a wait. */
  stap?: Stap;
  wachtSeconden?: number;
  termijnen: Termijnen;
}

/** The step each waiting status waits on; the other statuses end the execution. */
const WACHT_STAP: Partial<Record<string, Stap>> = { betaling: 'regeling-betaling', evaluatie: 'regeling-evaluatie' };

/** How a status that ends the execution ends a wait the API resumes (its Catch in workflows/regeling). */
const EINDE_VAN_WACHT: Partial<Record<string, WachtFout>> = {
  'periode-afgerond': 'RegelingPeriodeAfgerond',
  beeindigd: 'RegelingBeeindigd',
  afgesloten: 'TrajectAfgeslotenFout',
};

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
 * 3. Answer with the step to wait for and its seconds (`stap`, `wachtSeconden`) and the wait of every step from now
 *    (`termijnen`): the next wait starts on them, without a check first.
 */
export async function volgRegeling(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string; periode?: number },
): Promise<RegelingVervolg> {
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
      if (besluit.soort !== 'gebeurtenis') {
        const alle = termijnen();
        const stap = WACHT_STAP[besluit.status];
        return {
          status: besluit.status,
          maand: besluit.maand,
          periode,
          termijnen: alle,
          ...(stap ? { stap, wachtSeconden: alle[termijnSleutel(stap)] ?? 1 } : {}),
        };
      }
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
 * Input: the token of the regeling's wait whose step is done (a month reported, the evaluation recorded), the case.
 * Output: none; the wait goes on.
 *
 * Primary course:
 * 1. Take the regeling's next step from the store, as VolgRegeling would (`volgRegeling`, the current period).
 * 2. A next wait: resume the wait with it (`stap`, `wachtSeconden`, `termijnen`): the wait state loops on itself.
 * 3. The period, the regeling or the case ended: end the wait with its named error, which the wait's Catch sends to
 *    the execution's end (`PeriodeAfgerond`, `RegelingBeeindigd`, `Afgesloten`).
 */
export async function hervatRegeling(deps: Afhankelijkheden, token: string, trajectId: string): Promise<void> {
  const vervolg = await volgRegeling(deps, { trajectId, correlatieId: trajectId });
  const einde = EINDE_VAN_WACHT[vervolg.status];
  if (einde) await deps.workflow.taakMislukt(token, einde);
  else await deps.workflow.taakVoltooid(token, { ...vervolg });
}
