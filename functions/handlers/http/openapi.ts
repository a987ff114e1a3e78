// Primary adapter: GET /openapi.json, the API description generated from the zod schemas and the route table.
//
// What a client generator needs and gets here: request bodies as zod *input* (defaults optional), responses as zod
// *output* (what the handler really sends), every named schema once under components by $ref, the required query
// parameters marked required, the headers (Idempotency-Key, Location), the problem responses of every operation
// (400/401/403/404/409/415/422 where they apply, 429 and 500 always), servers, tags, examples from docs/.
import * as z from 'zod/mini';
import { Probleem } from '../../contracts/api-weergaven';
import { type RouteSchemas, routeSchemas, schemaNamen } from './route-schemas';
import type { Route } from './routes';
import { routes } from './routes';

type Json = Record<string, unknown>;

const COMPONENT = '#/components/schemas/';

/**
 * A closed tuple renders as `prefixItems` with `items: false`; Spectral's `array-items` wants an `items` schema
 * object, so it gets `{ not: {} }`, the schema that matches nothing: the same meaning as `false`.
 */
function sluitTupels(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(sluitTupels);
  if (!waarde || typeof waarde !== 'object') return waarde;
  const uit: Json = {};
  for (const [k, v] of Object.entries(waarde)) uit[k] = k === 'items' && v === false ? { not: {} } : sluitTupels(v);
  return uit;
}

/** Converts every schema of a registry at once, so a schema named there is one component referenced everywhere. */
function componenten(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output'): Record<string, Json> {
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io,
    uri: (id) => `${COMPONENT}${id}`,
  }) as { schemas: Record<string, Json> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, sluitTupels(rest) as Json]),
  );
}

function inline(s: z.ZodMiniType, io: 'input' | 'output'): Json {
  const { $schema: _s, ...rest } = z.toJSONSchema(s, { target: 'draft-2020-12', unrepresentable: 'any', io }) as Json;
  return sluitTupels(rest) as Json;
}

function queryParameters(query: z.ZodMiniType | undefined): Json[] {
  if (!query) return [];
  const { properties = {}, required = [] } = inline(query, 'input') as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, { description, ...s }]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    ...(description ? { description } : {}),
    schema: s,
  }));
}

const PROBLEMEN: Record<string, { naam: string; omschrijving: string }> = {
  400: { naam: 'OngeldigeInvoer', omschrijving: 'Ongeldige invoer; errors[] noemt elk veld.' },
  401: { naam: 'NietGeauthenticeerd', omschrijving: 'Geen geldig bearer-token.' },
  403: { naam: 'GeenToegang', omschrijving: 'De rol in het token mag dit niet.' },
  404: { naam: 'NietGevonden', omschrijving: 'Niet gevonden; ook een traject van een andere gemeente.' },
  409: { naam: 'Conflict', omschrijving: 'Conflict met de huidige toestand (ook: een afgesloten traject).' },
  415: { naam: 'NietOndersteundMediatype', omschrijving: 'De body is geen application/json.' },
  422: { naam: 'RegelNietVoldaan', omschrijving: 'Niet toegestaan door een regel van het domein.' },
  429: { naam: 'TeVeelVerzoeken', omschrijving: 'Te veel verzoeken; probeer het later opnieuw.' },
  500: { naam: 'InterneFout', omschrijving: 'Interne fout, zonder details.' },
};

const probleemRef = (status: number) => ({ $ref: `#/components/responses/${PROBLEMEN[status]?.naam}` });

const TAGS: Record<string, string> = {
  aanmeldingen: 'De hulpvraag: registratie zonder papierwerk (Wgs art. 4).',
  verwijzingen: 'Verwijzingen door partners, met toestemming van de inwoner.',
  trajecten: 'Het traject van één hulpvrager: stappen, termijnen, beschikking en berekeningen.',
  werkvoorraad: 'De open stappen van de gemeente op volgorde van deadline.',
  rapportages: 'Rapportages voor de teamleider en de gemeente (doorlooptijden, DDAS/CBS).',
  berekeningen: 'Berekeningen zonder opslag: vtlb, afloscapaciteit, saneringskrediet.',
  instrumenten: 'Het screeningsinstrument per versie, zoals een frontend het toont.',
  documentatie: 'De contracten van deze API en van de events.',
};

function tagVan(pad: string): string {
  const eerste = pad.split('/')[1] ?? '';
  return eerste.endsWith('.json') ? 'documentatie' : eerste;
}

/** The first sentence of the route's description: a summary a generator can use as a method comment. */
function samenvatting(omschrijving: string): string {
  const einde = omschrijving.search(/[.:;](\s|$)/);
  return einde > 0 ? omschrijving.slice(0, einde) : omschrijving;
}

function statusVan(r: Route): number {
  return r.status ?? 200;
}

export function openApiDocument(): Json {
  const verzoeken = z.registry<{ id: string }>();
  const antwoorden = z.registry<{ id: string }>();
  antwoorden.add(Probleem, { id: 'Probleem' });
  for (const [s, id] of schemaNamen) antwoorden.add(s, { id });
  const naamVan = (r: Route, soort: 'Verzoek' | 'Antwoord') =>
    r.functie
      .split('-')
      .map((d) => d.charAt(0).toUpperCase() + d.slice(1))
      .join('') + soort;
  for (const r of routes as readonly Route[]) {
    const { body, antwoord } = routeSchemas[r.functie as keyof typeof routeSchemas] as RouteSchemas;
    if (body && !verzoeken.has(body)) verzoeken.add(body, { id: naamVan(r, 'Verzoek') });
    if (antwoord && !antwoorden.has(antwoord)) antwoorden.add(antwoord, { id: naamVan(r, 'Antwoord') });
  }
  const ref = (registry: typeof verzoeken, s: z.ZodMiniType) => ({ $ref: `${COMPONENT}${registry.get(s)?.id}` });

  const paths: Record<string, Json> = {};
  const tags = new Set<string>();
  for (const r of routes as readonly Route[]) {
    const rs = routeSchemas[r.functie as keyof typeof routeSchemas] as RouteSchemas;
    const status = statusVan(r);
    const parameters: Json[] = [
      ...[...r.pad.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string', maxLength: 200 },
      })),
      ...queryParameters(rs.query),
      ...(rs.idempotencyKey ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ];
    const inhoud: Json = rs.csv
      ? {
          ...(rs.antwoord ? { 'application/json': { schema: ref(antwoorden, rs.antwoord) } } : {}),
          'text/csv': { schema: { type: 'string', contentMediaType: 'text/csv' } },
        }
      : rs.pdf
        ? {
            'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
            ...(rs.antwoord ? { 'application/json': { schema: ref(antwoorden, rs.antwoord) } } : {}),
          }
        : rs.antwoord
          ? { 'application/json': { schema: ref(antwoorden, rs.antwoord) } }
          : {};
    const gelukt = (s: number): Json => ({
      description: s === 201 ? 'Aangemaakt.' : 'Gelukt.',
      ...(rs.location && s === 201 ? { headers: { Location: { $ref: '#/components/headers/Location' } } } : {}),
      ...(Object.keys(inhoud).length ? { content: inhoud } : {}),
    });
    const problemen = [
      ...(rs.body || rs.query || parameters.length ? [400] : []),
      ...(r.publiek ? [] : [401, 403]),
      ...(r.pad.includes('{') || rs.ookProblemen?.includes(404) ? [404] : []),
      ...(r.methode !== 'GET' ? [409, 415, 422] : []),
      429,
      500,
    ];
    const tag = tagVan(r.pad);
    tags.add(tag);
    const voorbeeld = rs.voorbeeld;
    paths[r.pad] ??= {};
    (paths[r.pad] as Json)[r.methode.toLowerCase()] = {
      operationId: r.functie,
      summary: samenvatting(r.omschrijving),
      description: r.omschrijving,
      tags: [tag],
      ...(r.publiek ? { security: [] } : { 'x-rollen': r.rollen }),
      ...(parameters.length ? { parameters } : {}),
      ...(rs.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: ref(verzoeken, rs.body),
                  ...(voorbeeld
                    ? { examples: { [voorbeeld.naam]: { summary: voorbeeld.naam, value: voorbeeld.waarde } } }
                    : {}),
                },
              },
            },
          }
        : {}),
      responses: {
        [String(status)]: gelukt(status),
        ...Object.fromEntries((rs.ookStatus ?? []).map((s) => [String(s), gelukt(s)])),
        ...Object.fromEntries(problemen.map((s) => [String(s), probleemRef(s)])),
      },
    };
  }
  const gebruikt = [...tags];
  return {
    openapi: '3.1.0',
    info: {
      title: 'schuldhulp-flow',
      version: '0.1.0',
      summary: 'Gemeentelijke schuldhulpverlening volgens de basisdienstverlening.',
      description:
        'Gemeentelijke schuldhulpverlening volgens de basisdienstverlening. Fouten zijn RFC 9457 problem details. ' +
        'Elke route behalve de documentatie vraagt een JWT met de claims gemeente en rol; `x-rollen` noemt de rollen.',
      contact: { name: 'schuldhulp-flow', url: 'https://github.com/schuldhulp-flow/schuldhulp-flow' },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [
      {
        url: 'https://{apiId}.execute-api.{regio}.amazonaws.com',
        description: 'De HTTP API in AWS (API Gateway).',
        variables: {
          apiId: { default: 'api', description: 'Het id van de HTTP API na de deploy.' },
          regio: { default: 'eu-west-1', description: 'De AWS-regio van de gemeente.' },
        },
      },
      {
        url: 'http://127.0.0.1:{poort}',
        description: 'De lokale runtime (`npm start`).',
        variables: { poort: { default: '3000', description: 'PORT van `npm start`.' } },
      },
    ],
    tags: gebruikt.map((name) => ({ name, description: TAGS[name] ?? `Routes onder /${name}.` })),
    components: {
      securitySchemes: {
        jwt: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Cognito in AWS, de lokale uitgever in `npm start`; claims gemeente (CBS-code) en rol.',
        },
      },
      schemas: { ...componenten(verzoeken, 'input'), ...componenten(antwoorden, 'output') },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Dezelfde sleutel met dezelfde body geeft hetzelfde antwoord zonder tweede registratie.',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
      headers: {
        Location: {
          description: 'Het pad van wat is aangemaakt.',
          schema: { type: 'string', format: 'uri-reference' },
        },
      },
      responses: Object.fromEntries(
        Object.values(PROBLEMEN).map(({ naam, omschrijving }) => [
          naam,
          {
            description: omschrijving,
            content: { 'application/problem+json': { schema: { $ref: `${COMPONENT}Probleem` } } },
          },
        ]),
      ),
    },
    security: [{ jwt: [] }],
    paths,
  };
}

export const handler = async () => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(openApiDocument()),
});
