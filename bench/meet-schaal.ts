// Bench child: N trajectories in parallel through the local runtime on a fast clock.
// Usage: tsx bench/meet-schaal.ts <result.json> <N>
// Every 10th trajectory is a crisis case that nobody picks up: its deadline passes about one wall second after the
// start and the workflow records the breach. The others: aanmelding, case view, eerste gesprek, workflow moves on to
// the intake. A trajectory is done when its workflow waits in that state; the wall time runs until all are done.
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

const N = Number(process.argv[3] ?? getal('BENCH_TRAJECTS', 1000));
const GELIJKTIJDIG = getal('BENCH_SCHAAL_CLIENTS', 50);
const LIMIET_MS = getal('BENCH_SCHAAL_LIMIET_S', 240) * 1000;
const KLOK_SNELHEID = 3600; // one simulated hour per wall second
// Thursday 5 March 2026, 23:00: a crisis case received on Monday 2 March breaches at midnight (one wall second);
// a normal case received today has four weeks (about 11 wall minutes), far beyond the run.
const KLOK_START = new Date('2026-03-05T23:00:00+01:00');

const geheugen = { rss: 0, heap: 0 };
const meetGeheugen = () => {
  const m = process.memoryUsage();
  geheugen.rss = Math.max(geheugen.rss, m.rss);
  geheugen.heap = Math.max(geheugen.heap, m.heapUsed);
};

const runtime = await startRuntime({ klokSnelheid: KLOK_SNELHEID, klokStart: KLOK_START });
const inst = instrumenteer(runtime);
const client = startLastclient();
const token = await haalToken(runtime.url);
globalThis.gc?.();
const basis = process.memoryUsage();
const bemonstering = setInterval(meetGeheugen, 50);

const aanmeldingen = Array.from({ length: N }, (_, i) =>
  i % 10 === 9
    ? { naam: `Schaal ${i}`, telefoon: '0612345678', ontvangenOp: '2026-03-02', crisis: 'huisuitzetting' }
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
  gesprekDatum: '2026-03-05',
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

// Completion is read from the executions (named after the case) and from the published breaches.
const einde = Date.now() + LIMIET_MS;
while (Date.now() < einde) {
  for (const e of runtime.workflows.executies.values()) {
    const id = e.naam;
    if (klaar.has(id)) continue;
    const normaalKlaar = e.huidigeStaat === 'WachtOpIntake';
    // The breach is recorded by the check before the wait, so waiting after a published breach is the end state.
    const crisisKlaar = inst.overschreden.has(id) && e.huidigeStaat === 'WachtOpEersteGesprek';
    if (normaalKlaar || crisisKlaar) klaar.set(id, performance.now() - start);
  }
  if (clientKlaar && klaar.size >= N) break;
  await new Promise((r) => setTimeout(r, 10));
}
const wandMs = performance.now() - start;
clearInterval(bemonstering);
meetGeheugen();
const gereden = await gedreven;

const executies = [...runtime.workflows.executies.values()];
const totaal = inst.totaal();
const resultaat = {
  trajecten: N,
  crisis: aanmeldingen.filter((a) => 'crisis' in a).length,
  gelijktijdigeClients: GELIJKTIJDIG,
  klokSnelheid: KLOK_SNELHEID,
  voltooid: klaar.size,
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
    basisRssMB: afgerond(basis.rss / 2 ** 20, 1),
    basisHeapMB: afgerond(basis.heapUsed / 2 ** 20, 1),
    piekRssMB: afgerond(geheugen.rss / 2 ** 20, 1),
    piekHeapMB: afgerond(geheugen.heap / 2 ** 20, 1),
    maxRssMB: afgerond(process.resourceUsage().maxRSS / 1024, 1),
    /** Peak heap above the start, per trajectory: every case is still open (waiting) at the end of the run. */
    perOpenCaseKB: afgerond((geheugen.heap - basis.heapUsed) / N / 1024, 1),
  },
  lambdaAanroepen: totaal.lambda,
  dynamoAanroepen: totaal.dynamo.aanroepen,
  staatOvergangen: executies.reduce((a, e) => a + e.bezochteStaten.length, 0),
  mislukteExecuties: executies.filter((e) => e.status === 'FAILED').length,
  deadLetters: runtime.bus.deadLetters.length,
  waarschuwingen,
};
client.stop();
await runtime.stop(); // aborts every execution
schrijfResultaat(resultaat);
