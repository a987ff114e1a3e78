// The OpenAPI document is generated from the route table and the zod schemas.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../functions/handlers/http/openapi';
import { routes } from '../../functions/handlers/http/routes';

describe('GET /openapi.json', () => {
  it('describes every route with its request body, query parameters and problem responses', () => {
    // Act
    const doc = openApiDocument() as {
      openapi: string;
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };

    // Assess
    expect(doc.openapi).toBe('3.1.0');
    for (const r of routes) expect(doc.paths[r.pad]?.[r.methode.toLowerCase()], `${r.methode} ${r.pad}`).toBeDefined();
    const aanmelding = doc.paths['/aanmeldingen']?.post as {
      requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } };
      responses: Record<string, unknown>;
    };
    expect(Object.keys(aanmelding.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['naam', 'telefoon', 'email', 'ontvangenOp', 'crisis']),
    );
    expect(Object.keys(aanmelding.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409']));
    const werk = doc.paths['/werkvoorraad']?.get as { parameters: { name: string; in: string }[] };
    expect(werk.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'query:status',
      'query:max',
      'query:begeleider',
      'query:cursor',
    ]);
  });
});
