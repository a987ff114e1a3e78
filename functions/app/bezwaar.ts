// Application layer: use cases "ontvang een bezwaar" and "beslis op een bezwaar" (afwijzing path).
import { createHash } from 'node:crypto';
import { beslisOpBezwaar, ontvangBezwaar } from '../domain/bezwaar/bezwaar';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { deadlinesVan } from '../domain/traject/deadlines';
import type { Actor, Rol } from '../domain/traject/gebeurtenissen';
import { eisBehandelaar, hervatStap } from './behandelaar';
import { laadVoorWijziging } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

interface Context {
  id: string;
  gemeente: string;
  rol: Rol;
  actor: Actor;
  correlatieId: string;
}

/**
 * Input: the day the bezwaarschrift was received (default today); an Idempotency-Key makes a retry land on the same
 * bezwaar. Output: the bezwaar's id.
 *
 * Primary course:
 * 1. The case must have a vastgestelde afwijzing; its bezwaartermijn's end is read from the deadlines.
 * 2. Append `bezwaar-ontvangen`: the window closes and the beslistermijn (Awb 7:10) opens from the end of the
 *    bezwaartermijn, or from the receipt of a late bezwaar.
 * 3. Resume the workflow waiting on the window: it waits for the decision on the bezwaar next.
 */
export async function registreerBezwaar(
  deps: Afhankelijkheden,
  ctx: Context & { idempotencyKey?: string },
  verzoek: { ontvangenOp?: string },
): Promise<{ id: string }> {
  eisBehandelaar(ctx.rol, 'registreert een bezwaar');
  const id = ctx.idempotencyKey
    ? createHash('sha256').update(`${ctx.id}\n${ctx.idempotencyKey}`).digest('hex').slice(0, 16)
    : deps.ids.nieuwId();
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorWijziging(deps, ctx.id, ctx.gemeente);
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const venster = deadlinesVan(geladen.traject, vandaag).find((d) => d.stap === 'bezwaar');
    const gebeurtenis = ontvangBezwaar(
      geladen.traject,
      { id, ontvangenOp: verzoek.ontvangenOp ?? vandaag },
      { vandaag, eindeBezwaartermijn: venster?.deadline },
    );
    if (gebeurtenis) await legVast(deps, ctx.id, geladen, gebeurtenis, ctx);
  });
  await hervatStap(deps, ctx.id, ctx.gemeente, 'bezwaar');
  return { id };
}

/**
 * Input: the bezwaar's id, the date and the outcome. Output: nothing; the workflow closes the case.
 *
 * Primary course:
 * 1. Append `bezwaar-beslist` (a replay with the same outcome and date changes nothing).
 * 2. Resume the workflow waiting on the beslistermijn: the afwijzing stands, so it closes the case (`afgewezen`).
 */
export async function registreerBeslissingOpBezwaar(
  deps: Afhankelijkheden,
  ctx: Context & { bezwaarId: string },
  verzoek: { datum?: string; uitkomst: 'ongegrond' | 'niet-ontvankelijk' | 'ingetrokken' },
): Promise<void> {
  eisBehandelaar(ctx.rol, 'legt een beslissing op bezwaar vast');
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorWijziging(deps, ctx.id, ctx.gemeente);
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const gebeurtenis = beslisOpBezwaar(
      geladen.traject,
      { id: ctx.bezwaarId, datum: verzoek.datum ?? vandaag, uitkomst: verzoek.uitkomst },
      vandaag,
    );
    if (gebeurtenis) await legVast(deps, ctx.id, geladen, gebeurtenis, ctx);
  });
  await hervatStap(deps, ctx.id, ctx.gemeente, 'bezwaar-beslissing');
}
