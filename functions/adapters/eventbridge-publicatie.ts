// Secondary adapter: publishes domain events on the EventBridge bus.
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { EventPublicatie } from '../app/poorten';
import type { DomeinEvent } from '../contracts/domein-events';
import { getraceerd } from './getraceerd';
import { lui } from './lui';

const sdk = lui(() => import('@aws-sdk/client-eventbridge'));

export class EventBridgePublicatie implements EventPublicatie {
  private readonly client = lui(
    async (): Promise<EventBridgeClient> => getraceerd(new (await sdk()).EventBridgeClient({})),
  );

  constructor(private readonly busNaam: string) {}

  async publiceer(events: DomeinEvent[]): Promise<void> {
    if (events.length === 0) return;
    const [{ PutEventsCommand }, client] = await Promise.all([sdk(), this.client()]);
    const res = await client.send(
      new PutEventsCommand({
        Entries: events.map((e) => ({
          EventBusName: this.busNaam,
          Source: e.source,
          DetailType: e.detailType,
          Detail: JSON.stringify(e.detail),
        })),
      }),
    );
    // PutEvents answers 200 with per-entry failures; treat any as a failed publication (the outbox retries).
    if ((res.FailedEntryCount ?? 0) > 0) {
      const fout = res.Entries?.find((x) => x.ErrorCode)?.ErrorCode ?? 'onbekend';
      throw new Error(`EventBridge weigerde ${res.FailedEntryCount} event(s): ${fout}`);
    }
  }
}
