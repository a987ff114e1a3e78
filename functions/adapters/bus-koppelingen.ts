// Secondary adapter: messages to partner systems as outbound events on the bus, with the case id only; an
// integration (outside this repository) fetches what it needs through the API and delivers them.
import type { EventPublicatie, Koppelingen, KoppelingSoort } from '../app/poorten';
import { type DetailType, TRAJECT_BRON } from '../contracts/domein-events';

const DETAIL_TYPE: Record<KoppelingSoort, DetailType> = {
  'vish-registratie': 'vish-registratie-gevraagd',
  'vish-afmelding': 'vish-afmelding-gevraagd',
  schuldenpauze: 'schuldenpauze-gevraagd',
};

export class BusKoppelingen implements Koppelingen {
  constructor(
    private readonly events: EventPublicatie,
    private readonly nu: () => Date,
  ) {}

  async meld(soort: KoppelingSoort, trajectId: string, gemeente: string): Promise<void> {
    const occurredAt = this.nu().toISOString();
    await this.events.publiceer([
      {
        source: TRAJECT_BRON,
        detailType: DETAIL_TYPE[soort],
        detail: {
          // Stable per case and message: the integration deduplicates a redelivery on it.
          metadata: { id: `${trajectId}/${soort}`, occurredAt, gemeente, correlationId: trajectId, version: 1 },
          data: { trajectId },
        },
      },
    ]);
  }
}
