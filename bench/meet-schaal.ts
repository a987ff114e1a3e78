// Bench child: N trajectories in parallel through the local runtime on a fast clock (one simulated hour per wall
// second), with deadlines that fire during the run.
// Usage: node --expose-gc --import tsx bench/meet-schaal.ts <result.json> <N>
// Every 10th trajectory is a crisis case received on Monday that nobody picks up: its 3-werkdagen deadline passes at
// the first midnight (about one wall second in). Every 10th + 5 is a normal case received four weeks earlier that
// nobody picks up: its eerste-gesprek deadline passes on Monday night (about 73 wall seconds in). Both record the
// breach and wait again, and the weekly reminders fire after that while the run lasts. The others: aanmelding, case
// view, eerste gesprek (held on the server's simulated today); the workflow moves on to the intake. A trajectory is done when its workflow waits for the
// intake (normal) or waits again after its published breach (unattended). Every case is still open at the end:
// memory per open case = (RSS at the end - RSS at the start) / N, and the heap retained after a full GC per case,
// split into the local Step Functions executions and the rest (dynalite's table, the runtime's registries).
import { performance } from 'node:perf_hooks';
import {
  afgerond,
  getal,
  haalToken,
  schrijfResultaat,
  startLastclient,
  telWaarschuwingen,
  verdeling,
} from './lib/gemeen';

process.env.LOG_LEVEL ??= 'SILENT';
const waarschuwingen = telWaarschuwingen();
const { startRuntime } = await import('../local/runtime');
const { instrumenteer } = await import('./lib/instrumentatie');
const { logger } = await import('../functions/handlers/logger');
type LokaleExecutie = import('../local/workflows').LokaleExecutie;

const N = Number(process.argv[3] ?? getal('BENCH_TRAJECTS', 1000));
const GELIJKTIJDIG = getal('BENCH_SCHAAL_CLIENTS', 50);
// About 0.15 s per trajectory on 2 loaded cores; the default limit leaves room for that.
const LIMIET_MS = getal('BENCH_SCHAAL_LIMIET_S', Math.max(240, N * 0.2)) * 1000;
const KLOK_SNELHEID = 3600; // one simulated hour per wall second
// Thursday 5 March 2026, 23:00: a crisis case received on Monday 2 March breaches at midnight (one wall second); an
// unattended normal case received on Monday 9 February breaches on Monday 9 March at midnight (73 wall seconds); a
// normal case received today has four weeks (about 11 wall minutes).
const KLOK_START = new Date('2026-03-05T23:00:00+01:00');

const geheugen = { rss: 0, heap: 0 };
const meetGeheugen = () => {
  const m = process.memoryUsage();
  geheugen.rss = Math.max(geheugen.rss, m.rss);
  geheugen.heap = Math.max(geheugen.heap, m.heapUsed);
};

// Every error the handlers log (an HTTP 500 logs its error's and its cause's name, a stopped workflow its cause), by
// message and names: the run reports why, not only how many. LOG_LEVEL=SILENT still calls logger.error.
const foutLog: Record<string, number> = {};
const logFout = logger.error.bind(logger);
logger.error = ((bericht: unknown, ...rest: unknown[]) => {
  const extra = (rest[0] ?? {}) as Record<string, unknown>;
  const sleutel = [bericht, extra.fout, extra.oorzaak, extra.type, extra.staat]
    .filter((d) => d !== undefined)
    .join(' | ');
  foutLog[sleutel] = (foutLog[sleutel] ?? 0) + 1;
  return (logFout as (...a: unknown[]) => void)(bericht, ...rest);
}) as typeof logger.error;

const runtime = await startRuntime({ klokSnelheid: KLOK_SNELHEID, klokStart: KLOK_START });
const inst = instrumenteer(runtime, { eenheden: false });
const client = startLastclient();
const token = await haalToken(runtime.url);
globalThis.gc?.();
globalThis.gc?.();
const basis = process.memoryUsage();
const bemonstering = setInterval(meetGeheugen, 50);

const aanmeldingen = Array.from({ length: N }, (_, i) =>
  i % 10 === 9
    ? { naam: `Schaal ${i}`, telefoon: '0612345678', ontvangenOp: '2026-03-02', crisis: 'huisuitzetting' }
    : i % 10 === 4
      ? { naam: `Schaal ${i}`, telefoon: '0612345678', ontvangenOp: '2026-02-09', onbeheerd: true }
      : { naam: `Schaal ${i}`, telefoon: '0612345678', ontvangenOp: '2026-03-05' },
);

const klaar = new Map<string, number>();
const start = performance.now();
const gedreven = client.trajecten({
  soort: 'trajecten',
  url: runtime.url,
  token,
  gelijktijdig: GELIJKTIJDIG,
  aanmeldingen,
  klok: { simMs: runtime.klok.nu().getTime(), wandMs: Date.now(), snelheid: runtime.klok.snelheid },
});
let clientKlaar = false;
gedreven.then(
  () => {
    clientKlaar = true;
  },
  () => {
    clientKlaar = true;
  },
);

// Completion is read from the executions (named after the case) and from the published breaches. Only the open
// ones are looked at, every 50 ms: a scan of all 10,000 executions every few ms would itself load the process.
const open = new Map<string, LokaleExecutie>();
/** Trajectories whose execution ended (failed) before they were done: they will not be done, so not waited for. */
const beeindigd = new Set<string>();
const einde = Date.now() + LIMIET_MS;
let volgendeMelding = Date.now() + 30_000;
while (Date.now() < einde) {
  for (const e of runtime.workflows.executies.values()) {
    if (open.size + klaar.size >= runtime.workflows.executies.size) break;
    if (!klaar.has(e.naam)) open.set(e.naam, e);
  }
  for (const [id, e] of open) {
    const normaalKlaar = e.huidigeStaat === 'WachtOpIntake';
    // The breach is recorded by the check before the wait, so waiting after a published breach is the end state.
    const onbeheerdKlaar = inst.overschreden.has(id) && e.huidigeStaat === 'WachtOpEersteGesprek';
    if (normaalKlaar || onbeheerdKlaar) {
      klaar.set(id, performance.now() - start);
      open.delete(id);
    } else if (e.status !== 'RUNNING') {
      beeindigd.add(id);
      open.delete(id);
    }
  }
  if (Date.now() >= volgendeMelding) {
    volgendeMelding += 30_000;
    const mislukt = [...runtime.workflows.executies.values()].filter((e) => e.status === 'FAILED').length;
    console.error(
      `[schaal ${Math.round((performance.now() - start) / 1000)} s] ${klaar.size}/${N} done, ${open.size} open, ${mislukt} executions failed`,
    );
  }
  if (clientKlaar && klaar.size + beeindigd.size >= N) break;
  await new Promise((r) => setTimeout(r, 50));
}
const wandMs = performance.now() - start;
clearInterval(bemonstering);
meetGeheugen();
// Past the limit the load client may still be sending: stop it rather than wait (the run reports what was done).
if (!clientKlaar) client.stop(true);
const gereden: Awaited<typeof gedreven> = clientKlaar
  ? await gedreven
  : { ids: [], latentiesMs: {}, statussen: { afgebroken: 1 }, wandMs: Number.NaN };
const eindRss = process.memoryUsage().rss;
// Retained memory: after a full GC, with every case open; then without the executions (aborted and dropped).
const gc = globalThis.gc as (() => void) | undefined;
const volGc = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const vasteHeap = volGc();

const executies = [...runtime.workflows.executies.values()];
function oorzakenVan(lijst: LokaleExecutie[]): Record<string, number> {
  const tellingen: Record<string, number> = {};
  for (const e of lijst) {
    if (e.status !== 'FAILED') continue;
    const legFout = e.staatPayloads.findLast((p) => p.staat === 'LegFoutVast' && p.input !== undefined);
    const fout = (legFout?.input as { fout?: { Error?: string; Cause?: string } } | undefined)?.fout;
    const i = e.bezochteStaten.lastIndexOf('LegFoutVast');
    const staat = i > 0 ? e.bezochteStaten[i - 1] : e.huidigeStaat;
    const sleutel = `${e.workflow} ${staat} ${fout?.Error ?? e.fout ?? 'onbekend'} ${(fout?.Cause ?? '').slice(0, 80)}`;
    tellingen[sleutel] = (tellingen[sleutel] ?? 0) + 1;
  }
  return tellingen;
}
const totaal = inst.totaal();
const resultaat = {
  trajecten: N,
  crisis: aanmeldingen.filter((a) => 'crisis' in a).length,
  gelijktijdigeClients: GELIJKTIJDIG,
  klokSnelheid: KLOK_SNELHEID,
  voltooid: klaar.size,
  /** Trajectories whose in-contact execution ended before they were done (counted in mislukteExecuties too). */
  nietVoltooidBeeindigd: beeindigd.size,
  wandS: afgerond(wandMs / 1000, 2),
  trajectenPerS: afgerond(klaar.size / (wandMs / 1000), 1),
  /** Wall time from the start of the run until each trajectory was done. */
  klaarNaS: Object.fromEntries(
    Object.entries(verdeling([...klaar.values()]))
      .filter(([k]) => k !== 'n')
      .map(([k, v]) => [k, afgerond(v / 1000, 2)]),
  ),
  clientWandS: afgerond(gereden.wandMs / 1000, 2),
  latentieMs: Object.fromEntries(
    Object.entries(gereden.latentiesMs).map(([stap, l]) => {
      const v = verdeling(l);
      return [stap, { p50: afgerond(v.p50, 1), p95: afgerond(v.p95, 1), p99: afgerond(v.p99, 1) }];
    }),
  ),
  statussen: gereden.statussen,
  geheugen: {
    /** RSS at the end minus RSS at the start, per open case (the measure). */
    rssPerOpenCaseKB: afgerond((eindRss - basis.rss) / N / 1024, 1),
    /** Heap still reachable after a full GC, per open case (no garbage: what 10,000 cases really hold). */
    vastPerOpenCaseKB: gc ? afgerond((vasteHeap - basis.heapUsed) / N / 1024, 1) : null,
    /** Of the retained heap: the local Step Functions executions, and the rest (dynalite, registries). */
    executiesPerOpenCaseKB: null as number | null,
    restPerOpenCaseKB: null as number | null,
    eindRssMB: afgerond(eindRss / 2 ** 20, 1),
    basisRssMB: afgerond(basis.rss / 2 ** 20, 1),
    basisHeapMB: afgerond(basis.heapUsed / 2 ** 20, 1),
    piekRssMB: afgerond(geheugen.rss / 2 ** 20, 1),
    piekHeapMB: afgerond(geheugen.heap / 2 ** 20, 1),
    maxRssMB: afgerond(process.resourceUsage().maxRSS / 1024, 1),
    /** Peak heap above the start, per trajectory: every case is still open (waiting) at the end of the run. */
    perOpenCaseKB: afgerond((geheugen.heap - basis.heapUsed) / N / 1024, 1),
  },
  onbeheerd: aanmeldingen.filter((a) => 'onbeheerd' in a).length,
  /** Deadlines that fired during the run: breaches recorded and reminders sent (published events). */
  deadlines: {
    overschreden: inst.events.perType['deadline-overschreden'] ?? 0,
    herinneringen: inst.events.perType['deadline-herinnering'] ?? 0,
    trajectenMetBreuk: inst.overschreden.size,
  },
  lambdaAanroepen: totaal.lambda,
  dynamoAanroepen: totaal.dynamo.aanroepen,
  staatOvergangen: executies.reduce((a, e) => a + e.bezochteStaten.length, 0),
  mislukteExecuties: executies.filter((e) => e.status === 'FAILED').length,
  /** Failed executions by workflow, the Task that failed and its error (the `$.fout` LegFoutVast received). */
  mislukkingPerOorzaak: oorzakenVan(executies),
  /** Errors the handlers logged (HTTP 500s, stopped workflows), by message and error names. */
  foutLog,
  deadLetters: runtime.bus.deadLetters.length,
  /**
   * Local overload, reported beside the failures: in one process every Lambda shares the two cores and one DynamoDB
   * client's 50 sockets (in AWS each invocation has its own sandbox). Handler invocations by in-process duration:
   * the longest, and how many took 10 s or more (HTTP and event functions are deployed with 10 s) or 30 s (workflow
   * Tasks; the local context gives every function 30 s, then middy answers TimeoutError).
   */
  trageAanroepen: (() => {
    const duren = [...inst.functies.values()].flatMap((t) => t.duurMs);
    return {
      langsteS: afgerond(duren.reduce((a, b) => Math.max(a, b), 0) / 1000, 1),
      vanafTienS: duren.filter((d) => d >= 10_000).length,
      vanafDertigS: duren.filter((d) => d >= 29_990).length,
    };
  })(),
  waarschuwingen,
};
if (clientKlaar) client.stop();
await runtime.stop(); // aborts every execution
if (gc) {
  runtime.workflows.executies.clear();
  const zonderExecuties = volGc();
  resultaat.geheugen.executiesPerOpenCaseKB = afgerond((vasteHeap - zonderExecuties) / N / 1024, 1);
  resultaat.geheugen.restPerOpenCaseKB = afgerond((zonderExecuties - basis.heapUsed) / N / 1024, 1);
}
schrijfResultaat(resultaat);
