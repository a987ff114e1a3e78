// Bench: the load generator. Runs as its own process (forked with IPC) so that it uses the other core and its work
// does not count as server latency. HTTP/1.1 keep-alive to 127.0.0.1 only; every loop is bounded by its job.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { vandaagInAmsterdam } from '../../functions/domain/kalender/kalender';

export interface Verzoek {
  methode: 'GET' | 'POST';
  pad: string;
  body?: unknown;
}

export type Opdracht =
  | { soort: 'verzoeken'; url: string; token: string; gelijktijdig: number; verzoeken: Verzoek[]; bewaarBody?: boolean }
  | {
      soort: 'trajecten';
      url: string;
      token: string;
      gelijktijdig: number;
      /** One aanmelding per trajectory; without `crisis` or `onbeheerd` the client also views the case and holds
       * the gesprek. */
      aanmeldingen: Record<string, unknown>[];
      /**
       * The server's simulated clock (one reading of it and its speed): each gesprek is held on the server's today,
       * as a consulent records it, so the intake deadlines fall on as many dates as the run covers (one fixed date
       * put every case's deadline in one night: on a fast clock a herd AWS would spread over hours).
       */
      klok: { simMs: number; wandMs: number; snelheid: number };
    };

export interface VerzoekenResultaat {
  latentiesMs: number[];
  statussen: Record<string, number>;
  wandMs: number;
  bodies?: string[];
}

export interface TrajectenResultaat {
  ids: string[];
  latentiesMs: Record<string, number[]>;
  statussen: Record<string, number>;
  wandMs: number;
}

function isLokaal(url: string): void {
  const { hostname } = new URL(url);
  if (hostname !== '127.0.0.1') throw new Error(`the bench only talks to 127.0.0.1, not ${hostname}`);
}

function maakVerzender(url: string, token: string, gelijktijdig: number) {
  isLokaal(url);
  const basis = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: gelijktijdig });
  const stuur = (v: Verzoek, poging = 1): Promise<{ status: number; body: string; ms: number }> =>
    new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
      const tekst = v.body === undefined ? undefined : JSON.stringify(v.body);
      const start = performance.now();
      const req = request(
        {
          agent,
          host: basis.hostname,
          port: basis.port,
          method: v.methode,
          path: v.pad,
          headers: {
            authorization: `Bearer ${token}`,
            ...(tekst === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(tekst) }),
          },
        },
        (res) => {
          const delen: Buffer[] = [];
          res.on('data', (d: Buffer) => delen.push(d));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(delen).toString('utf8'),
              ms: performance.now() - start,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', (fout: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed as it was reused (Node's documented race): the request never
        // arrived, so send it once more on a fresh socket. Any other failure counts as status 0, not a crash.
        if (req.reusedSocket && fout.code === 'ECONNRESET' && poging === 1) resolve(stuur(v, 2));
        else resolve({ status: 0, body: String(fout.code ?? fout.message), ms: performance.now() - start });
      });
      req.end(tekst);
    });
  return { stuur, sluit: () => agent.destroy() };
}

/** Runs `taken` with at most `gelijktijdig` in flight. */
async function metGelijktijdigheid(
  aantal: number,
  gelijktijdig: number,
  taak: (i: number) => Promise<void>,
): Promise<void> {
  let volgende = 0;
  const lus = async () => {
    while (volgende < aantal) await taak(volgende++);
  };
  await Promise.all(Array.from({ length: Math.min(gelijktijdig, aantal) }, lus));
}

async function voerVerzoekenUit(o: Extract<Opdracht, { soort: 'verzoeken' }>): Promise<VerzoekenResultaat> {
  const { stuur, sluit } = maakVerzender(o.url, o.token, o.gelijktijdig);
  const latentiesMs: number[] = new Array(o.verzoeken.length);
  const bodies: string[] = o.bewaarBody ? new Array(o.verzoeken.length) : [];
  const statussen: Record<string, number> = {};
  const start = performance.now();
  await metGelijktijdigheid(o.verzoeken.length, o.gelijktijdig, async (i) => {
    const v = o.verzoeken[i] as Verzoek;
    const r = await stuur(v).catch((e: unknown) => ({ status: 0, body: String(e), ms: Number.NaN }));
    latentiesMs[i] = r.ms;
    statussen[r.status] = (statussen[r.status] ?? 0) + 1;
    if (o.bewaarBody) bodies[i] = r.body;
  });
  const wandMs = performance.now() - start;
  sluit();
  return { latentiesMs, statussen, wandMs, ...(o.bewaarBody ? { bodies } : {}) };
}

async function voerTrajectenUit(o: Extract<Opdracht, { soort: 'trajecten' }>): Promise<TrajectenResultaat> {
  const { stuur, sluit } = maakVerzender(o.url, o.token, o.gelijktijdig);
  const ids: string[] = new Array(o.aanmeldingen.length);
  const latentiesMs: Record<string, number[]> = { aanmelding: [], bekijk: [], gesprek: [] };
  const statussen: Record<string, number> = {};
  const tel = (stap: string, r: { status: number; ms: number }) => {
    statussen[r.status] = (statussen[r.status] ?? 0) + 1;
    latentiesMs[stap]?.push(r.ms);
  };
  const start = performance.now();
  await metGelijktijdigheid(o.aanmeldingen.length, o.gelijktijdig, async (i) => {
    // `onbeheerd` is the bench's own mark (nobody picks the case up), not part of the request.
    const { onbeheerd, ...aanmelding } = o.aanmeldingen[i] as Record<string, unknown>;
    const a = await stuur({ methode: 'POST', pad: '/aanmeldingen', body: aanmelding });
    tel('aanmelding', a);
    if (a.status !== 201) return;
    const id = (JSON.parse(a.body) as { id: string }).id;
    ids[i] = id;
    if (aanmelding.crisis || onbeheerd) return; // left alone: its deadline passes
    tel('bekijk', await stuur({ methode: 'GET', pad: `/trajecten/${id}` }));
    const vandaag = vandaagInAmsterdam(new Date(o.klok.simMs + (Date.now() - o.klok.wandMs) * o.klok.snelheid));
    tel('gesprek', await stuur({ methode: 'POST', pad: `/trajecten/${id}/eerste-gesprek`, body: { datum: vandaag } }));
  });
  const wandMs = performance.now() - start;
  sluit();
  return { ids: ids.filter(Boolean), latentiesMs, statussen, wandMs };
}

// As a forked child: answer each job on the IPC channel.
if (process.send) {
  process.on('message', (o: Opdracht) => {
    const werk = o.soort === 'verzoeken' ? voerVerzoekenUit(o) : voerTrajectenUit(o);
    werk.then(
      (resultaat) => process.send?.({ ok: true, resultaat }),
      (e: unknown) => process.send?.({ ok: false, fout: e instanceof Error ? e.stack : String(e) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
