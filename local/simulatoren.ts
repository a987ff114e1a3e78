// Local runtime: the partner systems' side (VISH, the schuldenpauze). It records what it received and also puts the
// outbound event on the bus, as the AWS adapter does, so the bus log shows the message.
import { BusKoppelingen } from '../functions/adapters/bus-koppelingen';
import type { EventPublicatie, Koppelingen, KoppelingSoort } from '../functions/app/poorten';

export class KoppelingSimulator implements Koppelingen {
  readonly ontvangen: { soort: KoppelingSoort; trajectId: string; gemeente: string }[] = [];
  private readonly bus: BusKoppelingen;

  constructor(events: EventPublicatie, nu: () => Date) {
    this.bus = new BusKoppelingen(events, nu);
  }

  async meld(soort: KoppelingSoort, trajectId: string, gemeente: string): Promise<void> {
    this.ontvangen.push({ soort, trajectId, gemeente });
    await this.bus.meld(soort, trajectId, gemeente);
  }
}
