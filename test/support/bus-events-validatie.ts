// Test support (a vitest setup file): every event any test puts on the local bus is checked against the AsyncAPI
// document (GET /asyncapi.json), by source and detail-type, its detail against the message payload (ajv). A test
// file that published an event the catalogue does not list, or lists otherwise, fails in its afterAll.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, expect } from 'vitest';
import { type DomeinEvent, TRAJECT_BRON } from '../../functions/contracts/domein-events';
import { asyncApiDocument, berichtId } from '../../functions/handlers/http/asyncapi';
import { LokaleBus } from '../../local/bus';

let payloads: Map<string, ValidateFunction> | undefined;

function payloadValidators(): Map<string, ValidateFunction> {
  const doc = asyncApiDocument() as { components: { messages: Record<string, { payload: object }> } };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return new Map(Object.entries(doc.components.messages).map(([id, m]) => [id, ajv.compile(m.payload)]));
}

/** What is wrong with this event according to the catalogue; nothing for a valid event. */
export function afwijkingenVanAsyncApi(event: Pick<DomeinEvent, 'source' | 'detailType' | 'detail'>): string[] {
  payloads ??= payloadValidators();
  const id = berichtId({ bron: event.source, detailType: event.detailType });
  const valideer = payloads.get(id);
  if (!valideer) return [`${event.source} ${event.detailType}: not in the event catalogue (/asyncapi.json)`];
  if (valideer(event.detail)) return [];
  return (valideer.errors ?? []).map((e) => `${id}: ${e.instancePath || '(detail)'} ${e.message}`);
}

export const gecontroleerd = { aantal: 0, afwijkingen: [] as string[] };

const publiceer = LokaleBus.prototype.publiceer;
LokaleBus.prototype.publiceer = async function (this: LokaleBus, events: DomeinEvent[]): Promise<void> {
  for (const e of events) {
    // Partner events (creditor messages, vroegsignalen) are input: their ingest validates them and parks what does
    // not parse, and tests send malformed ones on purpose. What we publish must match the catalogue.
    if (e.source !== TRAJECT_BRON) continue;
    gecontroleerd.aantal++;
    gecontroleerd.afwijkingen.push(...afwijkingenVanAsyncApi(e));
  }
  return publiceer.call(this, events);
};

afterAll(() => {
  expect(gecontroleerd.afwijkingen, 'events on the bus that differ from /asyncapi.json').toEqual([]);
});
