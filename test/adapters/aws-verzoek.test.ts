// Secondary adapter: the SDK-free AWS request (functions/adapters/aws-verzoek.ts). Its Signature Version 4 is checked
// against the SDK's own signer (@smithy/signature-v4) over generated requests; its retry and error reading against a
// real HTTP server on 127.0.0.1 that answers as AWS does.
import { createHash, createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsFout, awsJson, isHerhaalbaar, onderteken, uriCodeer } from '../../functions/adapters/aws-verzoek';
import { DYNAMODB } from '../../functions/adapters/dynamo-client';
import { subsegmentDocument } from '../../functions/adapters/xray-subsegment';

const bytes = (d: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof d === 'string'
    ? d
    : ArrayBuffer.isView(d)
      ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
      : new Uint8Array(d);

/** The SDK's hash interface over node:crypto (what @smithy/hash-node does). */
class Sha256 {
  private readonly h;
  constructor(sleutel?: string | ArrayBuffer | ArrayBufferView) {
    this.h = sleutel ? createHmac('sha256', bytes(sleutel)) : createHash('sha256');
  }
  update(d: string | ArrayBuffer | ArrayBufferView) {
    this.h.update(bytes(d));
  }
  async digest() {
    return new Uint8Array(this.h.digest());
  }
}

const sleutels = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

describe('Signature Version 4', () => {
  it('signs every request exactly as the SDK signer does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('dynamodb', 'states', 'events', 'kms', 's3'),
        fc.constantFrom('GET', 'POST', 'PUT'),
        // Keys are ours (gemeente/traject/document): no `.` or `..` segment, which URLs resolve away.
        fc.array(
          fc.stringMatching(/^[A-Za-z0-9 ._~!'()*+=@-]{1,12}$/).filter((s) => !/^\.+$/.test(s)),
          { maxLength: 3 },
        ),
        fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.string({ maxLength: 10 }), { maxKeys: 3 }),
        fc.uint8Array({ maxLength: 64 }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9/+=]{8,40}$/), { nil: undefined }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        async (dienst, methode, segmenten, query, body, sessionToken, nu) => {
          // Prepare
          const host = `${dienst}.eu-west-1.amazonaws.com`;
          // On the wire every reserved character is escaped (the S3 SDK's extended encoding); S3 signs that path as it
          // is, the other services sign it escaped from its decoded form.
          const pad = `/${segmenten.map((s) => uriCodeer(s, false)).join('/')}`;
          const qs = new URLSearchParams(query).toString();
          const sl = { ...sleutels, ...(sessionToken ? { sessionToken } : {}) };
          const headers = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'X.Y' };
          const sdk = new SignatureV4({
            service: dienst,
            region: 'eu-west-1',
            credentials: sl,
            sha256: Sha256,
            uriEscapePath: dienst !== 's3',
            applyChecksum: dienst === 's3',
          });

          // Act
          const eigen = onderteken(
            { methode, url: `https://${host}${pad}${qs ? `?${qs}` : ''}`, headers, body },
            { regio: 'eu-west-1', naam: dienst },
            sl,
            nu,
          );
          const verwacht = await sdk.sign(
            {
              method: methode,
              protocol: 'https:',
              hostname: host,
              path: dienst === 's3' ? pad : decodeURIComponent(pad),
              query,
              headers: {
                ...headers,
                host,
                ...(dienst === 's3' ? { 'x-amz-content-sha256': createHash('sha256').update(body).digest('hex') } : {}),
              },
              body,
            },
            { signingDate: nu },
          );

          // Assess
          expect(eigen.headers.authorization).toBe(verwacht.headers.authorization);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sending to AWS', () => {
  let server: Server;
  let eindpunt: string;
  const script: ((req: IncomingMessage, body: string, res: ServerResponse) => void)[] = [];
  const ontvangen: { headers: IncomingMessage['headers']; body: string }[] = [];
  const opties = () => ({ eindpunt, sleutels: () => sleutels, wacht: async () => {} });

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        ontvangen.push({ headers: req.headers, body });
        const stap = script.shift();
        if (stap) stap(req, body, res);
        else res.writeHead(500).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    eindpunt = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const dienst = DYNAMODB;
  const fout = (status: number, type: string) => (_: IncomingMessage, __: string, res: ServerResponse) =>
    res
      .writeHead(status, { 'content-type': 'application/x-amz-json-1.0' })
      .end(JSON.stringify({ __type: type, message: 'm' }));

  it('posts the operation as X-Amz-Target with the JSON body and the trace header, signed', async () => {
    // Prepare
    ontvangen.length = 0;
    script.push((_, __, res) => res.writeHead(200).end('{"Item":{"pk":{"S":"x"}}}'));
    process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0';

    // Act
    const uit = await awsJson<{ Item: unknown }>(dienst, 'GetItem', { TableName: 't' }, opties());
    delete process.env._X_AMZN_TRACE_ID;

    // Assess
    expect(uit).toEqual({ Item: { pk: { S: 'x' } } });
    expect(ontvangen[0]?.body).toBe('{"TableName":"t"}');
    expect(ontvangen[0]?.headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
    expect(ontvangen[0]?.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(ontvangen[0]?.headers['x-amzn-trace-id']).toMatch(/^Root=1-5759e988/);
    expect(ontvangen[0]?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target;x-amzn-trace-id, Signature=[0-9a-f]{64}$/,
    );
  });

  it('retries throttling and 5xx up to three attempts, and never a client error', async () => {
    // Prepare
    ontvangen.length = 0;
    script.push(
      fout(400, 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException'),
      fout(503, 'ServiceUnavailable'),
    );
    script.push((_, __, res) => res.writeHead(200).end('{}'));

    // Act
    await awsJson(dienst, 'PutItem', {}, opties());
    const drie = ontvangen.length;
    script.push(fout(400, 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException'));
    const conditie = await awsJson(dienst, 'PutItem', {}, opties()).catch((e: unknown) => e);
    script.push(fout(500, 'InternalServerError'), fout(500, 'InternalServerError'), fout(500, 'InternalServerError'));
    const opgegeven = await awsJson(dienst, 'PutItem', {}, opties()).catch((e: unknown) => e);

    // Assess
    expect(drie).toBe(3);
    expect(conditie).toBeInstanceOf(AwsFout);
    expect((conditie as AwsFout).name).toBe('ConditionalCheckFailedException');
    expect((conditie as AwsFout).status).toBe(400);
    expect(ontvangen.length).toBe(3 + 1 + 3);
    expect((opgegeven as AwsFout).name).toBe('InternalServerError');
  });

  it('retries a refused connection, and reads the error code from x-amzn-ErrorType when the body has none', async () => {
    // Prepare
    const dicht = { ...opties(), eindpunt: 'http://127.0.0.1:9' };
    script.push((_, __, res) =>
      res.writeHead(400, { 'x-amzn-errortype': 'ValidationException:http://internal.amazon.com/' }).end(),
    );

    // Act
    const geweigerd = await awsJson(dienst, 'GetItem', {}, dicht).catch((e: unknown) => e);
    const validatie = await awsJson(dienst, 'GetItem', {}, opties()).catch((e: unknown) => e);

    // Assess
    expect((geweigerd as { code?: string }).code).toBe('ECONNREFUSED');
    expect(isHerhaalbaar(geweigerd)).toBe(true);
    expect((validatie as AwsFout).name).toBe('ValidationException');
    expect(isHerhaalbaar(validatie)).toBe(false);
  });
});

describe('X-Ray subsegments', () => {
  it('names the service and operation under the invocation, with the fault but no content', () => {
    // Act
    const doc = subsegmentDocument(
      { root: '1-5759e988-bd862e3fe1be46a994272793', parent: '53995c3f42cd8ad8' },
      'DynamoDB',
      'PutItem',
      1_000,
      1_250,
      400,
      1,
      new AwsFout('ConditionalCheckFailedException', 'The conditional request failed', 400),
    );

    // Assess
    expect(doc).toMatchObject({
      name: 'DynamoDB',
      trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      parent_id: '53995c3f42cd8ad8',
      type: 'subsegment',
      namespace: 'aws',
      start_time: 1,
      end_time: 1.25,
      aws: { operation: 'PutItem', retries: 1 },
      http: { response: { status: 400 } },
      error: true,
    });
    expect(JSON.stringify(doc)).not.toContain('conditional request failed');
  });
});

describe('the functions and the SDK', () => {
  it('no module under functions/ imports the AWS SDK, so no bundle or cold start loads it', () => {
    // Prepare
    const ts = (map: string): string[] =>
      readdirSync(map, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? ts(join(map, d.name)) : d.name.endsWith('.ts') ? [join(map, d.name)] : [],
      );

    // Act
    const metSdk = ts('functions').filter((f) => /from '@aws-sdk\/|import\('@aws-sdk\//.test(readFileSync(f, 'utf8')));

    // Assess
    expect(ts('functions').length).toBeGreaterThan(100);
    expect(metSdk).toEqual([]);
  });
});
