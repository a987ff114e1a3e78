// Secondary adapter: the Schuldenknooppunt port as outbound events on the bus (`schuldenknooppunt-bericht-gevraagd`).
// The integration that speaks the hub's protocol (outside this repository) subscribes, reads the content of the
// message through the API (GET /trajecten/{id}/schulden with a machine client) and delivers it; its answers come back
// as `nl.schuldhulp.schuldenknooppunt` events (functions/contracts/schuldenknooppunt-berichten.ts).
import type { EventPublicatie, Schuldenknooppunt, UitgaandKnooppuntBericht } from '../app/poorten';
import { TRAJECT_BRON } from '../contracts/domein-events';

export class BusSchuldenknooppunt implements Schuldenknooppunt {
  constructor(
    private readonly events: EventPublicatie,
    private readonly nu: () => Date,
  ) {}

  async verstuur(berichten: UitgaandKnooppuntBericht[]): Promise<void> {
    if (berichten.length === 0) return;
    const occurredAt = this.nu().toISOString();
    await this.events.publiceer(
      berichten.map((b) => ({
        source: TRAJECT_BRON,
        detailType: 'schuldenknooppunt-bericht-gevraagd' as const,
        detail: {
          metadata: {
            id: b.berichtId,
            occurredAt,
            gemeente: b.gemeente,
            correlationId: b.trajectId,
            version: 1 as const,
          },
          data: { trajectId: b.trajectId, schuldeiser: b.schuldeiser, bericht: b.bericht, berichtId: b.berichtId },
        },
      })),
    );
  }
}
