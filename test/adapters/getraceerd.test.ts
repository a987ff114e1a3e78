import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { type ClientVanger, getraceerd } from '../../functions/adapters/getraceerd';
import { bouwTracerLaag } from '../../infra/constructs/tracer-laag';

describe('tracing the SDK clients through the tracer layer', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'schuldhulp-tracer-'));
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('builds the layer file the functions load, small enough to ship once, which adds X-Ray middleware to a client', async () => {
    // Prepare: the layer as synth builds it, loaded the way Lambda would (in Lambda, tracing on).
    const bestand = bouwTracerLaag(map);
    process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs22.x';
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'schuldhulp-flow-test';
    const laag = (await import(pathToFileURL(bestand).href)) as ClientVanger;
    const client = new DynamoDBClient({ region: 'eu-west-1' });
    const voor = client.middlewareStack.identify().length;

    // Act
    const getraceerdeClient = await getraceerd(client, async () => laag);

    // Assess
    expect(bestand.endsWith(path.join('schuldhulp-flow', 'tracer.mjs'))).toBe(true);
    expect(statSync(bestand).size).toBeLessThan(200_000);
    expect(getraceerdeClient).toBe(client);
    expect(client.middlewareStack.identify().length).toBeGreaterThan(voor);
    delete process.env.AWS_EXECUTION_ENV;
    delete process.env.AWS_LAMBDA_FUNCTION_NAME;
  });

  it('leaves the client as it is outside Lambda, where there is no layer', async () => {
    // Prepare
    const client = new DynamoDBClient({ region: 'eu-west-1' });
    const voor = client.middlewareStack.identify();

    // Act
    const uit = await getraceerd(client);

    // Assess
    expect(uit).toBe(client);
    expect(client.middlewareStack.identify()).toEqual(voor);
  });
});
