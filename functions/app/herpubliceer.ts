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
    const geladen = await deps.opslag.laad(id);
    const e = geladen?.historie.find((h) => h.volgnummer === volgnummer);
    if (e && (await publiceer(deps, id, e))) herpubliceerd++;
  }
  return { herpubliceerd };
}
