// Local runtime: the event bus. Routes each event by the rule patterns CDK deploys (functions/contracts/event-regels)
// to the same Lambda handlers, asynchronously, with retries and a dead-letter list, as EventBridge would.
import { randomUUID } from 'node:crypto';
import type { EventPublicatie } from '../functions/app/poorten';
import type { DomeinEvent } from '../functions/contracts/domein-events';
import type { EventRegel } from '../functions/contracts/event-regels';
import { matchesPattern } from './event-pattern';
import { type LambdaHandler, lambdaContext } from './lambda-context';

export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

const POGINGEN = 3;
/** The last events kept for inspection (`GET /_local/events`, tests); older ones are dropped. */
const LOG_GROOTTE = 2_000;

export class LokaleBus implements EventPublicatie {
  readonly log: BusEvent[] = [];
  readonly deadLetters: { event: BusEvent; regel: string; fout: string }[] = [];
  private lopend = new Set<Promise<void>>();

  constructor(
    private readonly regels: readonly EventRegel[],
    private readonly doelen: Record<EventRegel['doel'], LambdaHandler>,
    private readonly nu: () => Date,
  ) {}

  async publiceer(events: DomeinEvent[]): Promise<void> {
    for (const e of events) {
      const busEvent: BusEvent = {
        version: '0',
        id: randomUUID(),
        'detail-type': e.detailType,
        source: e.source,
        account: '000000000000',
        time: this.nu().toISOString(),
        region: 'eu-west-1',
        resources: [],
        detail: e.detail as unknown as Record<string, unknown>,
      };
      this.log.push(busEvent);
      if (this.log.length > LOG_GROOTTE) this.log.shift();
      for (const regel of this.regels) {
        if (!matchesPattern(regel.patroon, busEvent as unknown as Record<string, unknown>)) continue;
        const levering = this.lever(regel, busEvent).finally(() => this.lopend.delete(levering));
        this.lopend.add(levering);
      }
    }
  }

  /**
   * An event from outside (the Schuldenknooppunt integration publishes `nl.schuldhulp.schuldenknooppunt` events on
   * the same bus): routed by the same rules.
   */
  async publiceerInkomend(source: string, detailType: string, detail: Record<string, unknown>): Promise<void> {
    const busEvent: BusEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': detailType,
      source,
      account: '000000000000',
      time: this.nu().toISOString(),
      region: 'eu-west-1',
      resources: [],
      detail,
    };
    this.routeer(busEvent);
  }

  private routeer(busEvent: BusEvent): void {
    this.log.push(busEvent);
    if (this.log.length > LOG_GROOTTE) this.log.shift();
    for (const regel of this.regels) {
      if (!matchesPattern(regel.patroon, busEvent as unknown as Record<string, unknown>)) continue;
      const levering = this.lever(regel, busEvent).finally(() => this.lopend.delete(levering));
      this.lopend.add(levering);
    }
  }

  /**
   * Sends a parked event to its rule's target again (the redrive of an SQS dead-letter queue in AWS); it leaves the
   * list, and comes back with the new reason if it fails again.
   */
  async redrive(index: number): Promise<boolean> {
    const geparkeerd = this.deadLetters[index];
    const regel = this.regels.find((r) => r.naam === geparkeerd?.regel);
    if (!geparkeerd || !regel) return false;
    this.deadLetters.splice(index, 1);
    await this.lever(regel, geparkeerd.event);
    return true;
  }

  private async lever(regel: EventRegel, event: BusEvent): Promise<void> {
    await new Promise((r) => setImmediate(r)); // asynchronous, like a rule target
    let laatste = '';
    for (let poging = 1; poging <= POGINGEN; poging++) {
      try {
        await this.doelen[regel.doel](event, lambdaContext(regel.doel));
        return;
      } catch (e) {
        laatste = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        await new Promise((r) => setTimeout(r, 10 * 2 ** poging));
      }
    }
    this.deadLetters.push({ event, regel: regel.naam, fout: laatste });
  }

  /** Resolves when every delivery started so far has finished (tests, shutdown). */
  async stil(): Promise<void> {
    while (this.lopend.size > 0) await Promise.allSettled([...this.lopend]);
  }
}
