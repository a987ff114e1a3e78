// The hook that checks every e2e answer against /openapi.json does fail on an answer the document does not promise.
import { describe, expect, it } from 'vitest';
import { afwijkingenVanOpenApi } from '../support/openapi-validatie';

const id = '3f2b8c1e-7a4d-4e9b-9c21-5d6e7f8a9b0c';

describe('answers checked against the OpenAPI document', () => {
  it('accepts an answer as documented', () => {
    // Act
    const afwijkingen = afwijkingenVanOpenApi('POST', '/aanmeldingen', 201, 'application/json; charset=utf-8', { id });

    // Assess
    expect(afwijkingen).toEqual([]);
  });

  it('refuses a body that breaks the response schema, naming the field', () => {
    // Act
    const afwijkingen = afwijkingenVanOpenApi('GET', `/verwijzingen/${id}`, 200, 'application/json', {
      id,
      opgepakt: 'ja',
      eersteGesprekOp: null,
    });

    // Assess
    expect(afwijkingen.join('\n')).toContain('/opgepakt');
  });

  it('refuses a field the response schema does not have (the response is zod output: no extra keys)', () => {
    // Act
    const afwijkingen = afwijkingenVanOpenApi('POST', '/aanmeldingen', 201, 'application/json', { id, bsn: '1' });

    // Assess
    expect(afwijkingen).toHaveLength(1);
  });

  it('refuses an undocumented status and an undocumented content type', () => {
    // Act
    const status = afwijkingenVanOpenApi('GET', '/werkvoorraad', 418, 'application/json', {});
    const type = afwijkingenVanOpenApi('GET', '/werkvoorraad', 200, 'text/html', '<p>');

    // Assess
    expect(status.join()).toContain('status not documented');
    expect(type.join()).toContain('content type text/html not documented');
  });

  it('checks problem responses against the problem schema', () => {
    // Act
    const goed = afwijkingenVanOpenApi('GET', `/trajecten/${id}`, 404, 'application/problem+json', {
      type: 'https://schuldhulp-flow.nl/problemen/traject-niet-gevonden',
      title: 'Niet gevonden',
      status: 404,
      code: 'TRAJECT_NIET_GEVONDEN',
    });
    const fout = afwijkingenVanOpenApi('GET', `/trajecten/${id}`, 404, 'application/problem+json', { fout: 'weg' });

    // Assess
    expect(goed).toEqual([]);
    expect(fout.length).toBeGreaterThan(0);
  });

  it('refuses a route the document does not have, except the server saying there is no such route', () => {
    // Act
    const onbekend = afwijkingenVanOpenApi('GET', '/geheim', 200, 'application/json', {});
    const geenRoute = afwijkingenVanOpenApi('GET', '/geheim', 404, 'application/problem+json', {
      code: 'ROUTE_ONBEKEND',
    });

    // Assess
    expect(onbekend.join()).toContain('no operation');
    expect(geenRoute).toEqual([]);
  });
});
