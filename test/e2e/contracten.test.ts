// End to end: the contract documents and the screening instrument over HTTP, against the local runtime.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHULDHULP_SCREENING } from '../../functions/domain/triage/instrument';
import { asyncApiDocument } from '../../functions/handlers/http/asyncapi';
import { openApiDocument } from '../../functions/handlers/http/openapi';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient } from '../support/api';
import { gecontroleerd } from '../support/bus-events-validatie';

describe('contracts over HTTP', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-02T09:00:00+01:00') });
    api = apiClient(runtime.url);
  });
  afterAll(async () => runtime.stop());

  it('serves /openapi.json and /asyncapi.json without a token, equal to the generated documents', async () => {
    // Act
    const openapi = await api.verzoek('GET', '/openapi.json');
    const asyncapi = await api.verzoek('GET', '/asyncapi.json');

    // Assess
    expect(openapi.status).toBe(200);
    expect(openapi.body).toEqual(openApiDocument());
    expect(asyncapi.status).toBe(200);
    expect(asyncapi.body).toEqual(asyncApiDocument());
  });

  it('gives a counsellor, a teamleider and the loket the screening instrument of a version, and a verwijzer not', async () => {
    // Prepare
    const tokens = await Promise.all(
      (['consulent', 'teamleider', 'loket', 'verwijzer'] as const).map((rol) => api.token('0363', rol)),
    );

    // Act
    const antwoorden = await Promise.all(
      tokens.map((token) => api.verzoek('GET', `/instrumenten/${SCHULDHULP_SCREENING.versie}`, { token })),
    );
    const onbekend = await api.verzoek('GET', '/instrumenten/1999.1', { token: tokens[0] });

    // Assess
    expect(antwoorden.map((a) => a.status)).toEqual([200, 200, 200, 403]);
    expect(antwoorden[0]?.body).toEqual(SCHULDHULP_SCREENING);
    expect(onbekend.status).toBe(404);
    expect(onbekend.body).toMatchObject({ code: 'INSTRUMENT_ONBEKEND' });
    expect(String(onbekend.body.detail)).toContain(SCHULDHULP_SCREENING.versie);
  });

  it('checks the events a request puts on the bus against the catalogue', async () => {
    // Prepare
    const token = await api.token('0363', 'consulent');
    const voor = gecontroleerd.aantal;

    // Act
    const r = await api.verzoek('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Test Persoon', telefoon: '0612345678' },
    });

    // Assess
    expect(r.status).toBe(201);
    expect(gecontroleerd.aantal).toBeGreaterThan(voor);
    expect(gecontroleerd.afwijkingen).toEqual([]);
  });
});
