// Primary adapter: GET /openapi.json, the API description generated from the zod schemas and the route table.
import * as z from 'zod/mini';
import { Probleem } from '../../contracts/api';
import { routeSchemas } from './route-schemas';
import type { Route } from './routes';
import { routes } from './routes';

function schema(s: z.ZodMiniType): unknown {
  return z.toJSONSchema(s, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
}

function queryParameters(query: z.ZodMiniType | undefined): Record<string, unknown>[] {
  if (!query) return [];
  const { properties = {} } = schema(query) as { properties?: Record<string, unknown> };
  return Object.entries(properties).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));
}

const probleemAntwoord = (omschrijving: string) => ({
  description: omschrijving,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
});

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes as readonly Route[]) {
    const { body, query, antwoord } = routeSchemas[r.functie as keyof typeof routeSchemas];
    const parameters = [...r.pad.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[r.pad] ??= {};
    const item = paths[r.pad] as Record<string, unknown>;
    item[r.methode.toLowerCase()] = {
      operationId: r.functie,
      summary: r.omschrijving,
      ...(r.publiek ? { security: [] } : { 'x-rollen': r.rollen }),
      ...(parameters.length || query ? { parameters: [...parameters, ...queryParameters(query)] } : {}),
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(body) } } } } : {}),
      responses: {
        [String(r.status ?? 200)]: {
          description: 'gelukt',
          ...(antwoord ? { content: { 'application/json': { schema: schema(antwoord) } } } : {}),
        },
        ...(body || query ? { 400: probleemAntwoord('ongeldige invoer; errors[] noemt elk veld') } : {}),
        ...(r.publiek
          ? {}
          : { 401: probleemAntwoord('geen geldig token'), 403: probleemAntwoord('rol niet toegestaan') }),
        ...(r.pad.includes('{id}') ? { 404: probleemAntwoord('geen traject met dit id in uw gemeente') } : {}),
        ...(r.methode === 'POST' ? { 409: probleemAntwoord('conflict met de huidige toestand') } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'schuldhulp-flow',
      version: '0.1.0',
      description:
        'Gemeentelijke schuldhulpverlening volgens de basisdienstverlening. Fouten zijn RFC 9457 problem details.',
    },
    components: {
      securitySchemes: { jwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Probleem: schema(Probleem) },
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
