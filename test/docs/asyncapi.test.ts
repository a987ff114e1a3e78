// The event catalogue: an AsyncAPI 3.0 document generated from the event registry and the rules, valid against the
// AsyncAPI 3.0.0 JSON schema (@asyncapi/specs, offline), rendered into docs/ and kept equal there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import specs from '@asyncapi/specs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DomeinEvents, TRAJECT_BRON } from '../../functions/contracts/domein-events';
import { eventCatalogus } from '../../functions/contracts/event-catalogus';
import { eventRegels } from '../../functions/contracts/event-regels';
import { asyncApiDocument, berichtId, eventsTabel } from '../../functions/handlers/http/asyncapi';

// biome-ignore lint/suspicious/noExplicitAny: a JSON document read by path in assertions
type Json = Record<string, any>;
const docs = join(import.meta.dirname, '..', '..', 'docs');
const doc = asyncApiDocument() as Json;

function asyncApiValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  return ajv.compile(specs.schemasWithoutId['3.0.0'] as object);
}

describe('GET /asyncapi.json', () => {
  it('is a valid AsyncAPI 3.0.0 document, and the validator does refuse a broken one', () => {
    // Prepare
    const valideer = asyncApiValidator();
    const kapot = structuredClone(doc);
    const eerste = Object.keys(kapot.operations)[0] ?? '';
    kapot.operations[eerste].action = 'zend';

    // Act
    const geldig = valideer(doc);
    const fouten = valideer.errors;
    const ongeldig = valideer(kapot);

    // Assess
    expect(fouten ?? []).toEqual([]);
    expect(geldig).toBe(true);
    expect(ongeldig).toBe(false);
  });

  it('lists every domain event we publish, with its version and the schema the code uses', () => {
    // Assess
    for (const detailType of Object.keys(DomeinEvents)) {
      const id = berichtId({ bron: TRAJECT_BRON, detailType });
      expect(doc.components.messages[id], detailType).toMatchObject({ name: detailType, 'x-versie': 1 });
      expect(doc.channels[id].address).toBe(`${TRAJECT_BRON}/${detailType}`);
      expect(doc.operations[`publiceer.${id}`]).toMatchObject({ action: 'send' });
    }
    expect(doc.components.messages['traject.vish-registratie-gevraagd']['x-poort']).toBe('VISH');
    expect(doc.components.messages['traject.fase-overgedragen'].payload.properties.data.properties.naar.enum).toEqual([
      'begeleiding',
      'schuldregeling',
      'wsnp',
      'nazorg',
      'regeling',
    ]);
  });

  it('shows every rule of the bus on the events it routes, with its pattern and target', () => {
    // Act
    const regelOperaties = Object.values(doc.operations as Record<string, Json>).filter(
      (o) => o['x-eventbridge-regel'],
    );

    // Assess
    for (const regel of eventRegels) {
      expect(
        regelOperaties.some((o) => o['x-eventbridge-regel'].naam === regel.naam),
        `rule ${regel.naam} routes no event in the catalogue`,
      ).toBe(true);
    }
    expect(doc.operations['regel.StartInContactBijAanmelding.traject.aanmelding-ontvangen']).toMatchObject({
      action: 'receive',
      'x-eventbridge-regel': { doel: 'start-workflow' },
    });
  });

  it('gives every event type an example that its zod schema accepts', () => {
    for (const e of eventCatalogus) {
      // Act
      const voorbeeld = doc.components.messages[berichtId(e)].examples[0].payload;
      const uitkomst = e.schema.safeParse(voorbeeld);

      // Assess
      expect(uitkomst.error?.issues ?? [], e.detailType).toEqual([]);
    }
  });

  it('is rendered into docs/asyncapi.json and docs/events.md (npx tsx scripts/event-catalogus.ts)', () => {
    // Assess
    expect(JSON.parse(readFileSync(join(docs, 'asyncapi.json'), 'utf8'))).toEqual(doc);
    expect(readFileSync(join(docs, 'events.md'), 'utf8')).toBe(eventsTabel(doc));
  });
});
