// Secondary adapters on the wire: EventBridge, Step Functions, KMS and S3 called on a real HTTP server on 127.0.0.1
// that answers as AWS does. They pin what each adapter sends and what it does with the answers AWS gives
// (per-entry failures, expired task tokens, existing executions, a missing object), which the local runtime cannot.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EventBridgePublicatie } from '../../functions/adapters/eventbridge-publicatie';
import { KmsPseudonimisering } from '../../functions/adapters/kms-pseudonimisering';
import { S3DocumentOpslag } from '../../functions/adapters/s3-document-opslag';
import { StepFunctionsWorkflow } from '../../functions/adapters/step-functions-workflow';
import { NietGevondenFout } from '../../functions/domain/fouten';

interface Ontvangen {
  methode: string;
  pad: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}
type Antwoord = { status: number; body: string | Uint8Array; headers?: Record<string, string> };

const event = {
  source: 'nl.schuldhulp.traject' as const,
  detailType: 'aanmelding-ontvangen' as const,
  detail: {
    metadata: {
      id: 't/1',
      occurredAt: '2026-03-02T09:00:00.000Z',
      gemeente: '0363',
      correlationId: 'c',
      version: 1 as const,
    },
    data: { trajectId: 't' },
  },
};

describe('AWS adapters', () => {
  let server: Server;
  const ontvangen: Ontvangen[] = [];
  const antwoorden: Antwoord[] = [];
  let opties: {
    eindpunt: string;
    sleutels: () => { accessKeyId: string; secretAccessKey: string };
    wacht: () => Promise<void>;
  };
  const json = (status: number, o: unknown): Antwoord => ({ status, body: JSON.stringify(o) });
  const body = (i: number) => JSON.parse(ontvangen[i]?.body.toString('utf8') ?? 'null');

  beforeAll(async () => {
    server = createServer((req, res) => {
      const delen: Buffer[] = [];
      req.on('data', (d: Buffer) => delen.push(d));
      req.on('end', () => {
        ontvangen.push({
          methode: req.method ?? '',
          pad: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(delen),
        });
        const a = antwoorden.shift() ?? { status: 500, body: '' };
        res.writeHead(a.status, a.headers).end(a.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const eindpunt = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    opties = { eindpunt, sleutels: () => ({ accessKeyId: 'AKID', secretAccessKey: 's' }), wacht: async () => {} };
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    ontvangen.length = 0;
    antwoorden.length = 0;
  });

  it('EventBridge: puts the detail as JSON on the named bus, and fails on a per-entry failure', async () => {
    // Prepare
    const publicatie = new EventBridgePublicatie('schuldhulp-flow', opties);
    antwoorden.push(
      json(200, { FailedEntryCount: 0, Entries: [{ EventId: 'e' }] }),
      json(200, { FailedEntryCount: 1, Entries: [{ ErrorCode: 'ThrottlingException' }] }),
    );

    // Act
    await publicatie.publiceer([event]);
    const tweede = publicatie.publiceer([event]);

    // Assess
    await expect(tweede).rejects.toThrow(/ThrottlingException/);
    expect(ontvangen[0]?.headers['x-amz-target']).toBe('AWSEvents.PutEvents');
    expect(ontvangen[0]?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(ontvangen[0]?.headers.authorization).toContain('/eu-west-1/events/aws4_request');
    expect(body(0)).toEqual({
      Entries: [
        {
          EventBusName: 'schuldhulp-flow',
          Source: 'nl.schuldhulp.traject',
          DetailType: 'aanmelding-ontvangen',
          Detail: JSON.stringify(event.detail),
        },
      ],
    });
  });

  it('Step Functions: an existing execution and an expired token are not errors; others are, after the retries', async () => {
    // Prepare
    const workflow = new StepFunctionsWorkflow(() => 'arn:aws:states:eu-west-1:1:stateMachine:x', opties);
    const fout = (status: number, type: string) =>
      json(status, { __type: `com.amazonaws.swf.service.v2.model#${type}`, message: type });
    antwoorden.push(fout(400, 'ExecutionAlreadyExists'), fout(400, 'TaskTimedOut'));
    antwoorden.push(fout(503, 'ServiceUnavailable'), fout(503, 'ServiceUnavailable'), fout(503, 'ServiceUnavailable'));

    // Act / Assess
    await expect(workflow.start('in-contact', 't', { trajectId: 't', gemeente: '0363' })).resolves.toBeUndefined();
    expect(ontvangen[0]?.headers['x-amz-target']).toBe('AWSStepFunctions.StartExecution');
    expect(body(0)).toEqual({
      stateMachineArn: 'arn:aws:states:eu-west-1:1:stateMachine:x',
      name: 't',
      input: '{"trajectId":"t","gemeente":"0363"}',
    });
    await expect(workflow.taakVoltooid('token', { status: 'voltooid' })).resolves.toBeUndefined();
    expect(body(1)).toEqual({ taskToken: 'token', output: '{"status":"voltooid"}' });
    await expect(workflow.taakVoltooid('token', { status: 'voltooid' })).rejects.toThrow('ServiceUnavailable');
    expect(ontvangen).toHaveLength(5);
  });

  it('Step Functions: the failed state is the newest Task entered other than the one asking', async () => {
    // Prepare
    const workflow = new StepFunctionsWorkflow(() => 'x', opties);
    antwoorden.push(
      json(200, {
        events: [
          { type: 'TaskStateEntered', stateEnteredEventDetails: { name: 'LegFoutVast' } },
          { type: 'TaskFailed' },
          { type: 'TaskStateEntered', stateEnteredEventDetails: { name: 'StelBeschikkingOp' } },
        ],
      }),
    );

    // Act
    const staat = await workflow.mislukteStaat('arn:exec');

    // Assess
    expect(staat).toBe('StelBeschikkingOp');
    expect(body(0)).toEqual({ executionArn: 'arn:exec', reverseOrder: true, maxResults: 50 });
  });

  it('KMS: the lookup key is the base64url MAC that KMS computes over gemeente and value', async () => {
    // Prepare
    const pseudoniem = new KmsPseudonimisering('arn:aws:kms:eu-west-1:1:key/x', opties);
    antwoorden.push(json(200, { Mac: Buffer.from([251, 255, 0]).toString('base64'), MacAlgorithm: 'HMAC_SHA_256' }));

    // Act
    const sleutel = await pseudoniem.sleutel('0363', 'tel:0612345678');

    // Assess
    expect(sleutel).toBe('-_8A');
    expect(ontvangen[0]?.headers['x-amz-target']).toBe('TrentService.GenerateMac');
    expect(body(0).MacAlgorithm).toBe('HMAC_SHA_256');
    expect(Buffer.from(body(0).Message, 'base64').toString('utf8')).toBe('0363|tel:0612345678');
  });

  it('S3: puts the bytes under the key with their content type, reads them back, and a missing key is not found', async () => {
    // Prepare
    const opslag = new S3DocumentOpslag('documenten', opties);
    const pdf = new Uint8Array([37, 80, 68, 70, 0, 255]);
    antwoorden.push({ status: 200, body: '' }, { status: 200, body: pdf });
    antwoorden.push({
      status: 404,
      body: '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
    });

    // Act
    await opslag.bewaar('0363/t 1/beschikking.pdf', pdf, 'application/pdf');
    const terug = await opslag.haal('0363/t 1/beschikking.pdf');
    const weg = await opslag.haal('0363/t/weg.pdf').catch((e: unknown) => e);

    // Assess
    expect(ontvangen[0]?.methode).toBe('PUT');
    expect(ontvangen[0]?.pad).toBe('/documenten/0363/t%201/beschikking.pdf');
    expect(ontvangen[0]?.headers['content-type']).toBe('application/pdf');
    expect(ontvangen[0]?.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(new Uint8Array(ontvangen[0]?.body ?? [])).toEqual(pdf);
    expect(terug).toEqual(pdf);
    expect(weg).toBeInstanceOf(NietGevondenFout);
  });
});
