// Application layer: use cases of the begeleiding phase: plan a module, end the begeleiding, move on to a
// schuldregeling; and the follow-up of a doorverwijzing.
import {
  beeindigBegeleiding,
  herzieTriage,
  type ModuleGegevens,
  werkModuleBij,
} from '../domain/begeleiding/begeleiding';
import { volgDoorverwijzingOp } from '../domain/doorverwijzing/doorverwijzing';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, Rol, Stap } from '../domain/traject/gebeurtenissen';
import type { Traject } from '../domain/traject/traject';
import { eisBehandelaar, hervatStap, wekWachtenden } from './behandelaar';
import { laadVoorGemeente } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';
import { sluitAf } from './sluit-af';

interface Context {
  id: string;
  gemeente: string;
  rol: Rol;
  actor: Actor;
  correlatieId: string;
}

/**
 * Input: one module (provider, start, planned end, status). Output: nothing.
 *
 * Primary course:
 * 1. Append `begeleidingsmodule-bijgewerkt` (the same data again changes nothing): the begeleiding step's deadline
 *    becomes the planned end of the last running module.
 * 2. Wake the waiting workflow, so its deadline check runs on the moved date.
 */
export async function planModule(deps: Afhankelijkheden, ctx: Context, module: ModuleGegevens): Promise<void> {
  eisBehandelaar(ctx.rol, 'plant begeleiding');
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, ctx.id, ctx.gemeente);
    const gebeurtenis = werkModuleBij(geladen.traject, module);
    if (gebeurtenis) await legVast(deps, ctx.id, geladen, gebeurtenis, ctx);
  });
  await wekWachtenden(deps, ctx.id, 'TermijnGewijzigd', ['begeleiding']);
}

/** Appends `gebeurtenis` and then `volgende` (decided on the state after it), each at most once. */
async function tweeStappen(
  deps: Afhankelijkheden,
  ctx: Context,
  eerste: (t: Traject, vandaag: string) => Parameters<typeof legVast>[3] | undefined,
  daarna: (t: Traject, vandaag: string) => Promise<void>,
  stap: Stap,
): Promise<void> {
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, ctx.id, ctx.gemeente);
    const gebeurtenis = eerste(geladen.traject, vandaagInAmsterdam(deps.klok.nu()));
    if (gebeurtenis) await legVast(deps, ctx.id, geladen, gebeurtenis, ctx);
  });
  const { traject } = await laadVoorGemeente(deps, ctx.id, ctx.gemeente);
  await daarna(traject, vandaagInAmsterdam(deps.klok.nu()));
  await hervatStap(deps, ctx.id, ctx.gemeente, stap);
}

/** Hands the case over to `naar` unless that happened already (a retry of the same request). */
async function draagOverAls(
  deps: Afhankelijkheden,
  ctx: Context,
  naar: 'nazorg' | 'begeleiding' | 'schuldregeling',
  aanleiding: string,
): Promise<void> {
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorGemeente(deps, ctx.id, ctx.gemeente);
    const laatste = geladen.traject.overdrachten.at(-1);
    if (laatste?.naar === naar && laatste.aanleiding === aanleiding) return;
    const datum = vandaagInAmsterdam(deps.klok.nu());
    await legVast(deps, ctx.id, geladen, { type: 'fase-overgedragen', data: { naar, datum, aanleiding } }, ctx);
  });
}

/**
 * Input: the end date (default today) and whether nazorg follows (default yes: the nazorgplan of the beschikking).
 *
 * Primary course:
 * 1. Append `begeleiding-beeindigd`: the begeleiding step is done.
 * 2. With nazorg: hand over to the nazorg phase (its workflow watches the vroegsignalen). Without: close the case
 *    (`begeleiding-afgerond`, or `crisisinterventie-afgerond` after a crisisinterventie).
 * 3. Resume the begeleiding workflow, which ends.
 */
export async function beeindigDeBegeleiding(
  deps: Afhankelijkheden,
  ctx: Context,
  verzoek: { datum?: string; nazorg: boolean },
): Promise<void> {
  eisBehandelaar(ctx.rol, 'beëindigt een begeleiding');
  await tweeStappen(
    deps,
    ctx,
    (t, vandaag) =>
      t.begeleiding?.einde
        ? undefined
        : beeindigBegeleiding(t, { datum: verzoek.datum ?? vandaag, nazorg: verzoek.nazorg }, vandaag),
    async (t) => {
      if (t.begeleiding?.einde?.nazorg) return draagOverAls(deps, ctx, 'nazorg', 'begeleiding-beeindigd');
      const reden =
        t.begeleiding?.aanleiding === 'crisisinterventie' ? 'crisisinterventie-afgerond' : 'begeleiding-afgerond';
      await sluitAf(deps, ctx.id, { reden }, ctx);
    },
    'begeleiding',
  );
}

/**
 * Input: the new route (schuldregeling) and the consulent's reason.
 *
 * Primary course:
 * 1. Append `triage-herzien`, then hand over to the schuldregeling: the betaalvoorstel step opens and the
 *    Plaatje compleet workflow starts on the hand-over.
 * 2. Resume the begeleiding workflow, which ends.
 */
export async function herzieRoute(
  deps: Afhankelijkheden,
  ctx: Context,
  verzoek: { route: 'schuldregeling'; reden: string },
): Promise<void> {
  eisBehandelaar(ctx.rol, 'herziet de triage');
  await tweeStappen(
    deps,
    ctx,
    (t, vandaag) => (t.triage?.herzien ? undefined : herzieTriage(t, verzoek, vandaag)),
    () => draagOverAls(deps, ctx, 'schuldregeling', 'triage-herzien'),
    'begeleiding',
  );
}

/**
 * Input: the follow-up date (default today) and whether the person is helped at the organisation.
 *
 * Primary course:
 * 1. Append `doorverwijzing-opgevolgd`.
 * 2. Helped: close the case (`doorverwezen`). Not helped: take it back into begeleiding, where the consulent decides.
 * 3. Resume the workflow waiting on the follow-up, which ends.
 */
export async function volgDoorverwijzingOpUseCase(
  deps: Afhankelijkheden,
  ctx: Context,
  verzoek: { datum?: string; geholpen: boolean },
): Promise<void> {
  eisBehandelaar(ctx.rol, 'volgt een doorverwijzing op');
  await tweeStappen(
    deps,
    ctx,
    (t, vandaag) => volgDoorverwijzingOp(t, { datum: verzoek.datum ?? vandaag, geholpen: verzoek.geholpen }, vandaag),
    async (t) => {
      if (t.doorverwijzing?.opvolging?.geholpen) await sluitAf(deps, ctx.id, { reden: 'doorverwezen' }, ctx);
      else await draagOverAls(deps, ctx, 'begeleiding', 'doorverwijzing-niet-geholpen');
    },
    'doorverwijzing',
  );
}
