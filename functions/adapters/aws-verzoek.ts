// Secondary adapters: one signed request to an AWS service, without the AWS SDK. The SDK's clients cost 40 to 100 ms
// of a cold start to load and build (bench: init including the first call); the calls this project makes are plain
// JSON (DynamoDB, Step Functions, EventBridge, KMS) or one object (S3), so Signature Version 4 with node:crypto and a
// keep-alive HTTPS agent are all a call needs. What the SDK did and this keeps: credentials from the environment
// (Lambda puts the role's there), the endpoint per service (AWS_ENDPOINT_URL_<SERVICE> overrides it, as in the SDK),
// the X-Ray trace header (the SDK's recursion-detection middleware), an X-Ray subsegment per call, and the SDK's
// standard retry: 3 attempts with full-jitter backoff on throttling, 5xx and connection errors.
import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { lui } from './lui';
import { xraySubsegment } from './xray-subsegment';

export interface AwsSleutels {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface AwsVerzoek {
  methode: 'GET' | 'POST' | 'PUT';
  /** Absolute URL. */
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** An AWS error answer: `name` is the service's error code (ConditionalCheckFailedException, NoSuchKey, …). */
export class AwsFout extends Error {
  constructor(
    name: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = name;
  }
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);
/** The SDK's transient codes besides 5xx. */
const TIJDELIJK = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'InternalError']);
const NETWERK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED']);

export function isHerhaalbaar(e: unknown): boolean {
  if (e instanceof AwsFout) return THROTTLING.has(e.name) || TIJDELIJK.has(e.name) || e.status >= 500;
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && NETWERK.has(code);
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const hmac = (sleutel: string | Buffer, data: string): Buffer => createHmac('sha256', sleutel).update(data).digest();

/** RFC 3986 encoding as SigV4 asks: everything but unreserved characters, `/` kept when `pad`. */
export function uriCodeer(s: string, pad: boolean): string {
  const gecodeerd = encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return pad ? gecodeerd.replace(/%2F/g, '/') : gecodeerd;
}

/**
 * Signature Version 4 (docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html): adds
 * host, x-amz-date, the session token, Authorization and for S3 x-amz-content-sha256 to the request's headers. The path is
 * encoded once, as S3 asks; the JSON services are called on `/`, where once and twice are the same.
 */
export function onderteken(
  v: AwsVerzoek,
  dienst: { regio: string; naam: string },
  sleutels: AwsSleutels,
  nu: Date,
): AwsVerzoek {
  const url = new URL(v.url);
  const amzDatum = nu.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const datum = amzDatum.slice(0, 8);
  const inhoudHash = sha256(v.body);
  const headers: Record<string, string> = {
    ...v.headers,
    host: url.host,
    'x-amz-date': amzDatum,
    // S3 asks for the payload hash as a header; the other services take it from the canonical request alone.
    ...(dienst.naam === 's3' ? { 'x-amz-content-sha256': inhoudHash } : {}),
    ...(sleutels.sessionToken ? { 'x-amz-security-token': sleutels.sessionToken } : {}),
  };
  const namen = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort();
  const waarden = new Map(Object.entries(headers).map(([k, w]) => [k.toLowerCase(), w.trim().replace(/\s+/g, ' ')]));
  const query = [...url.searchParams.entries()]
    .map(([k, w]) => [uriCodeer(k, false), uriCodeer(w, false)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, w]) => `${k}=${w}`)
    .join('&');
  const pad = uriCodeer(decodeURIComponent(url.pathname), true);
  const ondertekend = namen.join(';');
  const canoniek = [
    v.methode,
    pad,
    query,
    `${namen.map((n) => `${n}:${waarden.get(n)}`).join('\n')}\n`,
    ondertekend,
    inhoudHash,
  ].join('\n');
  const scope = `${datum}/${dienst.regio}/${dienst.naam}/aws4_request`;
  const teOndertekenen = ['AWS4-HMAC-SHA256', amzDatum, scope, sha256(canoniek)].join('\n');
  const sleutel = hmac(
    hmac(hmac(hmac(`AWS4${sleutels.secretAccessKey}`, datum), dienst.regio), dienst.naam),
    'aws4_request',
  );
  const handtekening = createHmac('sha256', sleutel).update(teOndertekenen).digest('hex');
  return {
    ...v,
    headers: {
      ...headers,
      authorization: `AWS4-HMAC-SHA256 Credential=${sleutels.accessKeyId}/${scope}, SignedHeaders=${ondertekend}, Signature=${handtekening}`,
    },
  };
}

export function regio(): string {
  return process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'eu-west-1';
}

/** Lambda's environment credentials (the execution role's, refreshed with every new execution environment). */
export function omgevingsSleutels(): AwsSleutels {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new Error('no AWS credentials in the environment');
  return {
    accessKeyId,
    secretAccessKey,
    ...(process.env.AWS_SESSION_TOKEN ? { sessionToken: process.env.AWS_SESSION_TOKEN } : {}),
  };
}

/** The endpoint as the SDK resolves it: AWS_ENDPOINT_URL_<ID>, AWS_ENDPOINT_URL, else the regional endpoint. */
function eindpunt(sdkId: string, host: string): string {
  const env = process.env[`AWS_ENDPOINT_URL_${sdkId.toUpperCase().replace(/ /g, '_')}`] ?? process.env.AWS_ENDPOINT_URL;
  return (env ?? `https://${host}`).replace(/\/$/, '');
}

// Keep-alive: one TLS handshake per execution environment, not one per call. Each protocol's module is loaded only
// when a call needs it: AWS is HTTPS, and node:http (a local engine's protocol) costs about 20 ms more to import.
const https = lui(async () => {
  const m = await import('node:https');
  return { request: m.request, agent: new m.Agent({ keepAlive: true }) };
});
const http = lui(async () => {
  const m = await import('node:http');
  return { request: m.request, agent: new m.Agent({ keepAlive: true }) };
});

export interface Antwoord {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** One HTTP exchange; the body is read whole (the answers here are small). */
async function wissel(v: AwsVerzoek, timeoutMs: number): Promise<Antwoord> {
  const url = new URL(v.url);
  const { request, agent } = await (url.protocol === 'https:' ? https() : http());
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: v.methode, headers: { ...v.headers, 'content-length': String(v.body.length) }, agent },
      (res) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(delen) }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () =>
      req.destroy(Object.assign(new Error('AWS request timed out'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', reject);
    req.end(v.body);
  });
}

export interface Dienst {
  /** The signing name: dynamodb, states, events, kms, s3. */
  naam: string;
  /** The SDK's service id for AWS_ENDPOINT_URL_<ID>: DynamoDB, SFN, EventBridge, KMS, S3. */
  sdkId: string;
  /** The X-Ray subsegment name (the SDK's: DynamoDB, SFN, EventBridge, KMS, S3). */
  xray: string;
}

export interface VerzendOpties {
  /** Instead of the resolved endpoint (the local engines, tests). */
  eindpunt?: string;
  /** Attempts in all (the SDK's standard mode: 3). */
  pogingen?: number;
  timeoutMs?: number;
  sleutels?: () => AwsSleutels;
  nu?: () => Date;
  wacht?: (ms: number) => Promise<void>;
}

/**
 * Signs and sends, retrying what the SDK retries. `fout` reads a service error from a non-2xx answer. The X-Ray
 * trace header of the invocation goes along, and the call is recorded as a subsegment when the trace is sampled.
 */
export async function verzend(
  dienst: Dienst,
  operatie: string,
  v: AwsVerzoek,
  fout: (a: Antwoord) => AwsFout,
  opties: VerzendOpties = {},
): Promise<Antwoord> {
  const pogingen = opties.pogingen ?? 3;
  const wacht = opties.wacht ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const trace = process.env._X_AMZN_TRACE_ID;
  const start = Date.now();
  for (let poging = 1; ; poging++) {
    try {
      const ondertekend = onderteken(
        { ...v, headers: { ...v.headers, ...(trace ? { 'x-amzn-trace-id': trace } : {}) } },
        { regio: regio(), naam: dienst.naam },
        (opties.sleutels ?? omgevingsSleutels)(),
        (opties.nu ?? (() => new Date()))(),
      );
      const a = await wissel(ondertekend, opties.timeoutMs ?? 10_000);
      if (a.status >= 200 && a.status < 300) {
        xraySubsegment(dienst.xray, operatie, start, a.status, poging - 1);
        return a;
      }
      throw fout(a);
    } catch (e) {
      if (poging >= pogingen || !isHerhaalbaar(e)) {
        xraySubsegment(dienst.xray, operatie, start, e instanceof AwsFout ? e.status : 0, poging - 1, e);
        throw e;
      }
      // Full jitter (the SDK's standard mode): random in [0, min(20 s, 100 ms × 2^attempt)].
      await wacht(Math.random() * Math.min(20_000, 100 * 2 ** poging));
    }
  }
}

/** The error of an AWS JSON-protocol answer: `__type` (or x-amzn-ErrorType) holds the code after any `#`. */
export function jsonFout(a: Antwoord): AwsFout {
  let body: { __type?: string; message?: string; Message?: string } = {};
  try {
    body = JSON.parse(a.body.toString('utf8'));
  } catch {}
  const type = body.__type ?? String(a.headers['x-amzn-errortype'] ?? '');
  const code = type.split(':')[0]?.split('#').at(-1) || `Http${a.status}`;
  return new AwsFout(code, body.message ?? body.Message ?? `AWS answered ${a.status}`, a.status);
}

/** One call of an AWS JSON-protocol service (`X-Amz-Target: <prefix>.<operation>`). */
export async function awsJson<T>(
  dienst: Dienst & { prefix: string; jsonVersie: '1.0' | '1.1' },
  operatie: string,
  invoer: unknown,
  opties?: VerzendOpties,
): Promise<T> {
  const a = await verzend(
    dienst,
    operatie,
    {
      methode: 'POST',
      url: `${opties?.eindpunt ?? eindpunt(dienst.sdkId, `${dienst.naam}.${regio()}.amazonaws.com`)}/`,
      headers: {
        'content-type': `application/x-amz-json-${dienst.jsonVersie}`,
        'x-amz-target': `${dienst.prefix}.${operatie}`,
      },
      body: Buffer.from(JSON.stringify(invoer)),
    },
    jsonFout,
    opties,
  );
  return (a.body.length > 0 ? JSON.parse(a.body.toString('utf8')) : {}) as T;
}
