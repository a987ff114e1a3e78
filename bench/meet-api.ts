// Bench child: API latency, throughput and DynamoDB work per call on the local runtime (klokSnelheid 1).
// Usage: tsx bench/meet-api.ts <result.json>   (run.ts starts it; sizes from BENCH_REQUESTS, BENCH_CONCURRENCY)
import {
  afgerond,
  getal,
  haalToken,
  schrijfResultaat,
  startLastclient,
  telWaarschuwingen,
  verdeling,
  wachtTot,
} from './lib/gemeen';
import type { VerzoekenResultaat } from './lib/lastclient';

process.env.LOG_LEVEL ??= 'SILENT';
const waarschuwingen = telWaarschuwingen();
const { startRuntime } = await import('../local/runtime');
const { instrumenteer } = await import('./lib/instrumentatie');

const PER_NIVEAU = getal('BENCH_REQUESTS', 300);
const NIVEAUS = (process.env.BENCH_CONCURRENCY ?? '1,10,50').split(',').map(Number);
const OPWARMEN = Math.min(50, PER_NIVEAU);
const KLOK_START = new Date('2026-03-02T09:00:00+01:00');
/**
 * Received a week before it is registered: the deadline of the eerste gesprek is then 3 weeks away. A fresh
 * aanmelding's 4-week wait overflows Node's 32-bit timer at klokSnelheid 1 (see bench/README.md), and the bench
 * must not measure that loop instead of the API.
 */
const ONTVANGEN_OP = '2026-02-23';

const runtime = await startRuntime({ klokSnelheid: 1, klokStart: KLOK_START });
const inst = instrumenteer(runtime);
const client = startLastclient();
const token = await haalToken(runtime.url);

const aanmelding = (i: number) => ({ naam: `Bench Persoon ${i}`, telefoon: '0612345678', ontvangenOp: ONTVANGEN_OP });

async function inStaat(ids: string[], staat: string): Promise<boolean> {
  const ok = await wachtTot(() => ids.every((id) => runtime.workflows.executie(id)?.huidigeStaat === staat), 120_000);
  await runtime.bus.stil();
  return ok;
}

function samenvatting(functie: string, r: VerzoekenResultaat) {
  const t = inst.functies.get(functie);
  const n = t?.aanroepen ?? 0;
  const d = t?.dynamo;
  const fouten = Object.entries(r.statussen)
    .filter(([s]) => !s.startsWith('2'))
    .reduce((a, [, k]) => a + k, 0);
  return {
    verzoeken: r.latentiesMs.length,
    fouten,
    statussen: r.statussen,
    latentieMs: Object.fromEntries(Object.entries(verdeling(r.latentiesMs)).map(([k, v]) => [k, afgerond(v, 2)])),
    doorvoerPerS: afgerond(r.latentiesMs.length / (r.wandMs / 1000), 1),
    dynamoPerAanroep: n && d ? afgerond(d.aanroepen / n, 2) : null,
    operatiesPerAanroep:
      n && d ? Object.fromEntries(Object.entries(d.operaties).map(([k, v]) => [k, afgerond(v / n, 2)])) : {},
    rcuPerAanroep: n && d ? afgerond(d.rcu / n, 2) : null,
    wcuPerAanroep: n && d ? afgerond(d.wcu / n, 2) : null,
    wcuGsiPerAanroep: n && d ? afgerond(d.wcuGsi / n, 2) : null,
  };
}

async function ronde(gelijktijdig: number, aantal: number) {
  // POST /aanmeldingen: each request a new case (its workflow starts in the background, as in AWS).
  inst.reset();
  const a = await client.verzoeken({
    soort: 'verzoeken',
    url: runtime.url,
    token,
    gelijktijdig,
    bewaarBody: true,
    verzoeken: Array.from({ length: aantal }, (_, i) => ({
      methode: 'POST' as const,
      pad: '/aanmeldingen',
      body: aanmelding(i),
    })),
  });
  const aanmeldingen = samenvatting('registreer-aanmelding', a);
  const ids = (a.bodies ?? []).flatMap((b) => {
    try {
      const id = (JSON.parse(b) as { id?: string }).id;
      return id ? [id] : [];
    } catch {
      return [];
    }
  });
  const wachtend = await inStaat(ids, 'WachtOpEersteGesprek');

  // GET /trajecten/{id}: each case viewed once.
  inst.reset();
  const b = await client.verzoeken({
    soort: 'verzoeken',
    url: runtime.url,
    token,
    gelijktijdig,
    verzoeken: ids.map((id) => ({ methode: 'GET' as const, pad: `/trajecten/${id}` })),
  });
  const bekijken = samenvatting('bekijk-traject', b);

  // POST /trajecten/{id}/eerste-gesprek: each case once; the workflow resumes and moves on to the intake.
  inst.reset();
  const g = await client.verzoeken({
    soort: 'verzoeken',
    url: runtime.url,
    token,
    gelijktijdig,
    verzoeken: ids.map((id) => ({
      methode: 'POST' as const,
      pad: `/trajecten/${id}/eerste-gesprek`,
      body: { datum: ONTVANGEN_OP },
    })),
  });
  const gesprekken = samenvatting('voltooi-eerste-gesprek', g);
  const doorgelopen = await inStaat(ids, 'WachtOpIntake');
  return {
    gelijktijdig,
    'POST /aanmeldingen': aanmeldingen,
    'GET /trajecten/{id}': bekijken,
    'POST /trajecten/{id}/eerste-gesprek': gesprekken,
    workflowsWachtten: wachtend,
    workflowsDoorgelopen: doorgelopen,
  };
}

const start = Date.now();
await ronde(5, OPWARMEN); // JIT, connection pools, dynalite's first writes: not reported
const niveaus = [];
for (const c of NIVEAUS) niveaus.push(await ronde(c, PER_NIVEAU));

const staten = [...runtime.workflows.executies.values()].map((e) => e.bezochteStaten.length);
const resultaat = {
  klokSnelheid: 1,
  verzoekenPerNiveau: PER_NIVEAU,
  niveaus,
  /** A normal case in the intake wait has entered 8 states; more means a wait did not wait. */
  maxStatenPerExecutie: Math.max(...staten),
  mislukteExecuties: [...runtime.workflows.executies.values()].filter((e) => e.status === 'FAILED').length,
  deadLetters: runtime.bus.deadLetters.length,
  waarschuwingen,
  duurS: afgerond((Date.now() - start) / 1000, 1),
};
client.stop();
await runtime.stop();
schrijfResultaat(resultaat);
