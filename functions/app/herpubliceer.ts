// Application layer: use case "herpubliceer wat niet op de bus kwam" (the outbox sweeper, on a schedule).
import { publiceer } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

/** Events older than this and still unpublished are taken to be lost by their writer, not in flight. */
const IN_VLUCHT_MS = 60_000;

/**
 * Republishes history events whose publication failed after their write (the outbox). Consumers deduplicate on the
 * event id, so publishing one twice is harmless; never publishing it would leave a case without its workflow.
 */
export async function herpubliceer(deps: Afhankelijkheden, max = 100): Promise<{ herpubliceerd: number }> {
  const open = await deps.opslag.ongepubliceerdeVoor(new Date(deps.klok.nu().getTime() - IN_VLUCHT_MS), max);
  let herpubliceerd = 0;
  for (const { id, volgnummer } of open) {
    // One GetItem: the event itself, however long the case's history is.
    const e = await deps.opslag.gebeurtenis(id, volgnummer);
    if (e?.ongepubliceerd && (await publiceer(deps, id, e.gebeurtenis))) herpubliceerd++;
  }
  return { herpubliceerd };
}
