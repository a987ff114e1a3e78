// Secondary adapter: an X-Ray subsegment per AWS call, sent to the X-Ray daemon Lambda runs beside the function (UDP,
// the daemon's documented format: a JSON header line, then the segment document). It takes the place of the
// Powertools tracer's SDK instrumentation: same subsegment name, namespace `aws` and operation, without loading a
// tracer. Only when the invocation's trace is sampled, and never with request or response content (no personal data).
import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:dgram';

let socket: Socket | undefined;
let laden: Promise<void> | undefined;

/** The fields of an X-Ray trace header (`Root=…;Parent=…;Sampled=1`), as the logger reads them too. */
export function traceVelden(kop: string): Record<string, string | undefined> {
  return Object.fromEntries(kop.split(';').map((d) => d.split('=') as [string, string]));
}

function context(): { root: string; parent: string } | undefined {
  const kop = process.env._X_AMZN_TRACE_ID;
  if (!kop || !process.env.AWS_XRAY_DAEMON_ADDRESS || process.env.POWERTOOLS_TRACE_ENABLED === 'false') return;
  const delen = traceVelden(kop);
  if (delen.Sampled !== '1' || !delen.Root || !delen.Parent) return;
  return { root: delen.Root, parent: delen.Parent };
}

/** The subsegment document of one call (exported for its test). */
export function subsegmentDocument(
  ctx: { root: string; parent: string },
  naam: string,
  operatie: string,
  startMs: number,
  eindMs: number,
  status: number,
  herhalingen: number,
  fout?: unknown,
): Record<string, unknown> {
  const naamFout = fout instanceof Error ? fout.name : undefined;
  return {
    name: naam,
    id: randomBytes(8).toString('hex'),
    trace_id: ctx.root,
    parent_id: ctx.parent,
    start_time: startMs / 1000,
    end_time: eindMs / 1000,
    type: 'subsegment',
    namespace: 'aws',
    aws: { operation: operatie, region: process.env.AWS_REGION, retries: herhalingen },
    ...(status ? { http: { response: { status } } } : {}),
    ...(status === 429 || naamFout?.includes('Throttl') ? { throttle: true } : {}),
    ...(fout ? (status >= 400 && status < 500 ? { error: true } : { fault: true }) : {}),
    ...(naamFout ? { cause: { exceptions: [{ id: randomBytes(8).toString('hex'), type: naamFout }] } } : {}),
  };
}

export function xraySubsegment(
  naam: string,
  operatie: string,
  startMs: number,
  status: number,
  herhalingen: number,
  fout?: unknown,
): void {
  const ctx = context();
  if (!ctx) return;
  const regel = `{"format":"json","version":1}\n${JSON.stringify(subsegmentDocument(ctx, naam, operatie, startMs, Date.now(), status, herhalingen, fout))}`;
  const [host, poort] = (process.env.AWS_XRAY_DAEMON_ADDRESS ?? '').split(':');
  const stuur = () => socket?.send(regel, Number(poort), host, () => {}); // tracing never fails a call
  if (socket) return void stuur();
  laden ??= import('node:dgram').then((dgram) => {
    socket = dgram.createSocket('udp4');
    socket.unref();
  });
  void laden.then(stuur, () => {});
}
