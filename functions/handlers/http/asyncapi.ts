// Primary adapter: GET /asyncapi.json, the event catalogue as AsyncAPI 3.0, generated from the zod schemas of the
// event registry (functions/contracts/event-catalogus.ts) and the rules that route them (event-regels.ts).
import * as z from 'zod/mini';
import { type EventSoort, eventCatalogus, regelsVoor } from '../../contracts/event-catalogus';

type Json = Record<string, unknown>;

/** A stable id for a message and its channel: `traject.aanmelding-ontvangen`, `schuldenknooppunt.saldo-antwoord`. */
export function berichtId(e: Pick<EventSoort, 'bron' | 'detailType'>): string {
  return `${e.bron.replace(/^nl\.schuldhulp\./, '')}.${e.detailType}`;
}

/** AsyncAPI 3.0's default schema format is a superset of JSON Schema draft-07. */
export function detailSchema(e: EventSoort): Json {
  const { $schema: _s, ...rest } = z.toJSONSchema(e.schema, {
    target: 'draft-07',
    unrepresentable: 'any',
    io: 'output',
  }) as Json;
  return rest;
}

const VOORBEELD_DATUM = '2026-03-02';

/**
 * A value that satisfies a JSON schema as zod renders our event details (objects, enums, consts, dates, ints), so
 * an event type added to the registry gets an example without anyone writing one. A test parses each example with
 * the zod schema itself.
 */
export function voorbeeldVan(schema: Json, veld = ''): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.anyOf)) return voorbeeldVan(schema.anyOf[0] as Json, veld);
  if (Array.isArray(schema.oneOf)) return voorbeeldVan(schema.oneOf[0] as Json, veld);
  switch (schema.type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Json>;
      const verplicht = new Set((schema.required ?? []) as string[]);
      return Object.fromEntries(
        Object.entries(props)
          .filter(([k]) => verplicht.has(k))
          .map(([k, s]) => [k, voorbeeldVan(s, k)]),
      );
    }
    case 'array':
      return [];
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
      const exclMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
      return min ?? exclMin ?? 1;
    }
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'date') return VOORBEELD_DATUM;
      if (schema.format === 'date-time') return `${VOORBEELD_DATUM}T09:00:00.000Z`;
      if (veld === 'trajectId') return '3f2b8c1e-7a4d-4e9b-9c21-5d6e7f8a9b0c';
      if (veld === 'id') return '3f2b8c1e-7a4d-4e9b-9c21-5d6e7f8a9b0c/1';
      if (veld === 'gemeente') return '0363';
      // A BSN from the range reserved for tests (BRP test BSNs start with 9999), valid by the elfproef.
      if (veld === 'bsn') return '999990019';
      if (veld === 'correlationId') return 'b6f1c9e2-0d7a-4c55-9b0a-3f8e8f0c2a11';
      return 'voorbeeld';
    default:
      return null;
  }
}

export function asyncApiDocument(): Json {
  const channels: Json = {};
  const operations: Json = {};
  const messages: Json = {};
  for (const e of eventCatalogus) {
    const id = berichtId(e);
    const payload = detailSchema(e);
    const regels = regelsVoor(e);
    messages[id] = {
      name: e.detailType,
      title: `${e.detailType} (versie ${e.versie})`,
      summary: e.omschrijving,
      contentType: 'application/json',
      headers: {
        type: 'object',
        description: 'De velden van de EventBridge-envelop rond de detail.',
        properties: {
          source: { type: 'string', const: e.bron },
          'detail-type': { type: 'string', const: e.detailType },
        },
        required: ['source', 'detail-type'],
      },
      payload,
      examples: [
        {
          name: 'voorbeeld',
          headers: { source: e.bron, 'detail-type': e.detailType },
          payload: voorbeeldVan(payload),
        },
      ],
      'x-versie': e.versie,
      ...(e.poort ? { 'x-poort': e.poort } : {}),
    };
    channels[id] = {
      address: `${e.bron}/${e.detailType}`,
      title: e.detailType,
      description: `Events met source \`${e.bron}\` en detail-type \`${e.detailType}\` op de bus van schuldhulp-flow.`,
      servers: [{ $ref: '#/servers/eventbridge' }],
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
    };
    const bericht = [{ $ref: `#/channels/${id}/messages/${id}` }];
    operations[`${e.richting === 'publiceert' ? 'publiceer' : 'ontvang'}.${id}`] = {
      action: e.richting === 'publiceert' ? 'send' : 'receive',
      title: `${e.richting === 'publiceert' ? 'Publiceert' : 'Ontvangt'} ${e.detailType}`,
      summary: e.omschrijving,
      channel: { $ref: `#/channels/${id}` },
      messages: bericht,
    };
    for (const regel of regels) {
      operations[`regel.${regel.naam}.${id}`] = {
        action: 'receive',
        title: regel.naam,
        summary: regel.omschrijving,
        description: `EventBridge-regel ${regel.naam} levert dit event aan de functie ${regel.doel}.`,
        channel: { $ref: `#/channels/${id}` },
        messages: bericht,
        'x-eventbridge-regel': { naam: regel.naam, patroon: regel.patroon, doel: regel.doel },
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'schuldhulp-flow events',
      version: '0.1.0',
      description:
        'Elk event op de EventBridge-bus van schuldhulp-flow, gepubliceerd of ontvangen. De detail is ' +
        '`{ metadata: { id, occurredAt, gemeente, correlationId, version }, data }` en draagt alleen ids, codes, ' +
        'stapnamen, datums en aantallen: nooit een naam, BSN, adres of bedrag van een persoon. EventBridge levert ' +
        'minstens één keer: elke consument ontdubbelt op `metadata.id`. Gegenereerd uit de zod-schema\u2019s.',
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    defaultContentType: 'application/json',
    servers: {
      eventbridge: {
        host: 'events.{regio}.amazonaws.com',
        protocol: 'https',
        title: 'Amazon EventBridge',
        description:
          'De eigen bus van schuldhulp-flow (een custom event bus per omgeving); de regels staan als operations met x-eventbridge-regel.',
        variables: { regio: { default: 'eu-west-1', description: 'De AWS-regio van de gemeente.' } },
      },
    },
    channels,
    operations,
    components: { messages },
  };
}

/** The catalogue as a Markdown table (docs/events.md). */
export function eventsTabel(doc = asyncApiDocument()): string {
  const regels = [
    '# Events',
    '',
    'Gegenereerd uit `functions/contracts/event-catalogus.ts` (zie `docs/asyncapi.json` en `GET /asyncapi.json`); een test houdt dit bestand gelijk.',
    '',
    '| source | detail-type | versie | richting | data | regels | omschrijving |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const e of eventCatalogus) {
    const bericht = (doc.components as { messages: Record<string, { payload: Json }> }).messages[berichtId(e)];
    const data = ((bericht?.payload.properties as Record<string, Json> | undefined)?.data?.properties ?? {}) as Json;
    const velden = Object.keys(data).join(', ');
    const naarRegels = regelsVoor(e)
      .map((r) => r.naam)
      .join(', ');
    regels.push(
      `| ${e.bron} | ${e.detailType} | ${e.versie} | ${e.richting}${e.poort ? ` (poort ${e.poort})` : ''} | ${velden} | ${naarRegels || '–'} | ${e.omschrijving} |`,
    );
  }
  return `${regels.join('\n')}\n`;
}

export const handler = async () => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(asyncApiDocument()),
});
