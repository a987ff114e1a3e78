// Application layer: use case "herpubliceer wat niet op de bus kwam" (the outbox sweeper, on a schedule).
import { publiceer } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

/** Events older than this and still unpublished are taken to be lost by their writer, not in flight. */
export const IN_VLUCHT_MS = 60_000;
/**
 * How long a claim holds: the longest a Lambda invocation can run (15 minutes, AWS Lambda quotas), so a claim
 * outlives the sweep that took it; it matters only when that sweep died, as a failed publication lets go at once.
 */
export const CLAIM_MS = 15 * 60_000;

/**
 * Input: at most `max` outbox entries per sweep. Output: how many this sweep published.
 *
 * Primary course:
 * 1. Query the outbox index for entries older than the in-flight window (their writer's own publication failed).
 * 2. Claim each with a conditional write: of two sweeps (or a sweep and a replay) that meet on one entry, one wins
 *    and publishes; the other skips it. The writer holds the entry for the window from its write, without a claim.
 * 3. Publish and clear the mark. A publication that fails keeps the mark and lets go of the claim, so the next
 *    sweep tries again (at-least-once); a sweep that died holds its claim until it runs out. Only a crash between
 *    PutEvents and the mark can still publish an event twice: consumers deduplicate on the event id for that.
 */
export async function herpubliceer(deps: Afhankelijkheden, max = 100): Promise<{ herpubliceerd: number }> {
  const open = await deps.outbox.ongepubliceerdeVoor(new Date(deps.klok.nu().getTime() - IN_VLUCHT_MS), max);
  let herpubliceerd = 0;
  for (const { id, volgnummer } of open) if (await publiceerVerweesd(deps, id, volgnummer)) herpubliceerd++;
  return { herpubliceerd };
}

/** Publishes one outbox entry whose writer's publication is over, if this caller wins its claim (step 2 above). */
export async function publiceerVerweesd(
  deps: Pick<Afhankelijkheden, 'opslag' | 'outbox' | 'events' | 'klok'>,
  id: string,
  volgnummer: number,
): Promise<boolean> {
  const nu = deps.klok.nu();
  const gebeurtenis = await deps.outbox.claimOutbox(id, volgnummer, {
    nu,
    tot: new Date(nu.getTime() + CLAIM_MS),
    geschrevenVoor: new Date(nu.getTime() - IN_VLUCHT_MS),
  });
  if (!gebeurtenis) return false;
  if (await publiceer(deps, id, gebeurtenis)) return true;
  await deps.outbox.geefOutboxVrij(id, volgnummer);
  return false;
}
