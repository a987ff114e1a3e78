// Application layer: use cases "schort op", "beëindig opschorting" and "verleng" (ZGW opschorting en verlenging).
import { createHash } from 'node:crypto';
import { ConflictFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { metNormbron } from '../domain/normen/normteksten';
import { opschortingToegestaan } from '../domain/traject/deadlines';
import type { Actor, Rol, Stap, TrajectGebeurtenis } from '../domain/traject/gebeurtenissen';
import { beeindigOpschorting, legVerlengingVast, startOpschorting, type Traject } from '../domain/traject/traject';
import { eisBehandelaar, wekWachtenden } from './behandelaar';
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
 * Shared course of the three term changes:
 * 1. Load the case of the caller's gemeente; decide the event (a replay decides nothing).
 * 2. Append the event. Before writing, every deadline is recomputed with the change applied (the projections): a
 *    change the norm forbids (a verlenging beyond its maximum, on a step without verlenging) fails with a 409 and
 *    nothing is stored.
 * 3. then wake every waiting workflow so its deadline check runs again on the moved deadline.
 */
async function wijzigTermijn(
  deps: Afhankelijkheden,
  ctx: Context,
  besluit: (traject: Traject, vandaag: string) => TrajectGebeurtenis | undefined,
): Promise<void> {
  eisBehandelaar(ctx.rol, 'wijzigt termijnen');
  await metHerhalingBijConflict(async () => {
    const geladen = await laadVoorWijziging(deps, ctx.id, ctx.gemeente);
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const gebeurtenis = besluit(geladen.traject, vandaag);
    if (!gebeurtenis) return;
    // legVast computes the projections (every deadline) before it writes: a forbidden change throws there, with
    // the source of the norm it breaks quoted from normteksten.ts (the deadline code carries only the norm id).
    await legVast(deps, ctx.id, geladen, gebeurtenis, ctx).catch((e: unknown) => {
      throw metNormbron(e);
    });
  });
  await wekWachtenden(deps, ctx.id, 'TermijnGewijzigd');
}

/** An id from the Idempotency-Key (a retried request finds its own period) or a fresh one. */
function periodeId(deps: Afhankelijkheden, ctx: Context, sleutel: string | undefined): string {
  return sleutel ? createHash('sha256').update(`${ctx.id}\n${sleutel}`).digest('hex').slice(0, 16) : deps.ids.nieuwId();
}

export async function schortOp(
  deps: Afhankelijkheden,
  ctx: Context & { idempotencyKey?: string },
  o: { start: string; verwachtEinde: string; reden: string },
): Promise<{ id: string }> {
  const id = periodeId(deps, ctx, ctx.idempotencyKey);
  await wijzigTermijn(deps, ctx, (traject) => {
    const open = traject.stappen.filter((s) => s.voltooidOp === undefined).map((s) => s.stap);
    if (!open.some((stap) => opschortingToegestaan(traject, stap))) {
      throw new ConflictFout(
        'OPSCHORTING_NIET_TOEGESTAAN',
        `geen lopende stap staat opschorting toe (lopend: ${open.join(', ')}); de termijn tot het eerste gesprek loopt altijd door`,
      );
    }
    return startOpschorting(traject, { id, ...o });
  });
  return { id };
}

export async function beeindigOpschortingVan(
  deps: Afhankelijkheden,
  ctx: Context,
  o: { opschortingId: string; einde: string },
): Promise<void> {
  await wijzigTermijn(deps, ctx, (traject, vandaag) =>
    beeindigOpschorting(traject, { id: o.opschortingId, einde: o.einde }, vandaag),
  );
}

export async function verleng(
  deps: Afhankelijkheden,
  ctx: Context & { idempotencyKey?: string },
  v: { stap: Stap; dagen?: number; weken?: number; reden: string },
): Promise<{ id: string }> {
  const id = periodeId(deps, ctx, ctx.idempotencyKey);
  await wijzigTermijn(deps, ctx, (traject, vandaag) => legVerlengingVast(traject, { id, ...v }, vandaag));
  return { id };
}
