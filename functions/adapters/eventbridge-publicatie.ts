// Secondary adapter: publishes domain events on the EventBridge bus (PutEvents, through aws-verzoek.ts).
import type { EventPublicatie } from '../app/poorten';
import type { DomeinEvent } from '../contracts/domein-events';
import { awsJson, type VerzendOpties } from './aws-verzoek';

const EVENTS = {
  naam: 'events',
  sdkId: 'EventBridge',
  xray: 'EventBridge',
  prefix: 'AWSEvents',
  jsonVersie: '1.1',
} as const;

export class EventBridgePublicatie implements EventPublicatie {
  constructor(
    private readonly busNaam: string,
    private readonly opties?: VerzendOpties,
  ) {}

  async publiceer(events: DomeinEvent[]): Promise<void> {
    if (events.length === 0) return;
    const res = await awsJson<{ FailedEntryCount?: number; Entries?: { ErrorCode?: string }[] }>(
      EVENTS,
      'PutEvents',
      {
        Entries: events.map((e) => ({
          EventBusName: this.busNaam,
          Source: e.source,
          DetailType: e.detailType,
          Detail: JSON.stringify(e.detail),
        })),
      },
      this.opties,
    );
    // PutEvents answers 200 with per-entry failures; treat any as a failed publication (the outbox retries).
    if ((res.FailedEntryCount ?? 0) > 0) {
      const fout = res.Entries?.find((x) => x.ErrorCode)?.ErrorCode ?? 'onbekend';
      throw new Error(`EventBridge weigerde ${res.FailedEntryCount} event(s): ${fout}`);
    }
  }
}
