// `npm run bench`: bundle sizes, init times, API latency, cost per trajectory and scale, written to
// bench/results/latest.json (plus a dated copy) and bench/results/latest.md. See bench/README.md.
//
// Sizes (environment): BENCH_TRAJECTS (10000; the scale run also runs a tenth of it), BENCH_REQUESTS (300 per
// route and concurrency level), BENCH_CONCURRENCY ("1,10,50"), BENCH_INIT_RUNS (5 fresh Node 22 processes per
// bundle), BENCH_SCHAAL_CLIENTS (50), BENCH_EUR_PER_USD and BENCH_BEWAAR_JAREN (see prijzen.ts).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { BUNDEL_GRENS_BYTES } from '../infra/constructs/bundel-opties';
import { aantallenPerDeployment, vastePrijzen, vastPerDeploymentUsd } from '../infra/kosten';
import { meetBundels } from './lib/bundels';
import { afgerond, getal, ROOT } from './lib/gemeen';
import { eurPerUsd, kostenVan, totaal, type Verbruik } from './lib/kosten';
import { type Resultaat, rapport } from './lib/rapport';
import { metBlok, readmeBlok } from './lib/readme-blok';
import { BEWAAR_JAREN, nietGemodelleerd, PRIJZEN_DATUM, prijzen, REGIO, wisselkoers } from './prijzen';

/** The whole bench; a child process is killed after this. The 10,000-trajectory scale run takes most of it. */
const LIMIET_S = 1800;
const start = Date.now();
const fasen: Record<string, number> = {};
let vorige = { naam: '', t: start };
const log = (tekst: string, fase = '') => {
  const nu = Date.now();
  if (vorige.naam) fasen[vorige.naam] = afgerond((nu - vorige.t) / 1000, 1);
  vorige = { naam: fase, t: nu };
  console.log(`[bench ${afgerond((nu - start) / 1000, 0)} s] ${tekst}`);
};

const N = Math.round(getal('BENCH_TRAJECTS', 10_000));
const KLEIN = Math.max(1, Math.round(N / 10));
const INIT_RUNS = Math.max(3, Math.round(getal('BENCH_INIT_RUNS', 5)));

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'onbekend',
  cores: cpus().length,
  geheugenGiB: afgerond(totalmem() / 2 ** 30, 1),
  node: process.version,
  os: `${platform()} ${arch()}`,
  belastingBijStart: loadavg().map((l) => afgerond(l, 2)),
};
const commit = {
  kort: git('rev-parse', '--short', 'HEAD') || 'onbekend',
  lokaleWijzigingen: git('status', '--porcelain').length > 0,
};

const werkMap = mkdtempSync(join(tmpdir(), 'schuldhulp-bench-uit-'));

/** Runs one measuring script in a fresh process (its own heap and RSS), LOG_LEVEL=SILENT. */
function kind<T>(script: string, ...args: string[]): Promise<T> {
  const uit = join(werkMap, `${script.replace(/\W/g, '-')}-${args.join('-')}.json`);
  return new Promise<T>((resolve, reject) => {
    // --expose-gc: the scale run measures the heap a full GC leaves (memory per open case).
    const p = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', script), uit, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'SILENT', NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const wachter = setTimeout(() => p.kill('SIGKILL'), LIMIET_S * 1000);
    p.on('exit', (code, signaal) => {
      clearTimeout(wachter);
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} ended with ${code ?? signaal}`));
      resolve(JSON.parse(readFileSync(uit, 'utf8')) as T);
    });
  });
}

log(`bundling every Lambda and timing its init on Node 22 (${INIT_RUNS} runs each)`, 'bundels');
const bundelMeting = await meetBundels(INIT_RUNS);
const { bundels } = bundelMeting;

log(
  `API latency (${process.env.BENCH_CONCURRENCY ?? '1,10,50'} clients, ${getal('BENCH_REQUESTS', 300)} requests each)`,
  'api',
);
const api = await kind<Record<string, unknown>>('meet-api.ts');

log('one trajectory of each kind, counted for the cost model', 'kosten');
const verbruik = await kind<{
  normaal: Verbruik;
  crisis: Verbruik;
  langeWacht: { statenInEersteSeconde: number; lambdaAanroepen: number; dynamoAanroepen: number; wachtWacht: boolean };
}>('meet-kosten.ts');
// The INIT Lambda bills: the module and the first request to each AWS service the function calls, on Node 22.
const initMs = Object.fromEntries(bundels.map((b) => [b.functie, b.initMetSdkMs.mediaan]));
const kosten = Object.fromEntries(
  (['normaal', 'crisis'] as const).map((soort) => {
    const posten = kostenVan(verbruik[soort], initMs);
    const boven = kostenVan(verbruik[soort], initMs, true);
    const standaardKlasse = totaal(kostenVan(verbruik[soort], initMs, false, 'STANDARD'));
    return [
      soort,
      { verbruik: verbruik[soort], posten, totaal: totaal(posten), bovengrens: totaal(boven), standaardKlasse },
    ];
  }),
);

log(`scale: ${KLEIN} and ${N} trajectories in parallel`, 'schaal');
const schaalKlein = await kind<Record<string, unknown>>('meet-schaal.ts', String(KLEIN));
const schaalGroot = await kind<Record<string, unknown>>('meet-schaal.ts', String(N));

log('writing the results');
const resultaat = {
  gemeten: new Date().toISOString(),
  commit,
  machine: { ...machine, belastingBijEinde: loadavg().map((l) => afgerond(l, 2)) },
  instellingen: {
    BENCH_TRAJECTS: N,
    BENCH_REQUESTS: getal('BENCH_REQUESTS', 300),
    BENCH_CONCURRENCY: process.env.BENCH_CONCURRENCY ?? '1,10,50',
    BENCH_INIT_RUNS: INIT_RUNS,
    BENCH_BEWAAR_JAREN: BEWAAR_JAREN,
  },
  doelen: { bundelBytes: BUNDEL_GRENS_BYTES, initMs: 100, dynamoPerCaseView: 2, eurPerTraject: 0.01 },
  bundels,
  init: {
    node: bundelMeting.node,
    bron: bundelMeting.nodeBron,
    opties: bundelMeting.nodeOpties,
    runs: bundelMeting.runs,
    basis: bundelMeting.basis,
  },
  api,
  kosten: {
    regio: REGIO,
    prijzenDatum: PRIJZEN_DATUM,
    prijzen,
    wisselkoers: { ...wisselkoers, eurPerUsd: eurPerUsd() },
    eenhedenMethode:
      "DynamoDB units: dynalite's ConsumedCapacity (ReturnConsumedCapacity=INDEXES added to every request; base table, DynamoDB's size rules) plus GSI writes, empty-read minimums and failed conditional writes computed from item sizes and the old/new item (ReturnValues=ALL_OLD added where the caller asked for none)",
    lambdaDuur:
      'in-process wall time of each handler invocation on the local runtime, rounded up to 1 ms, 512 MB arm64',
    nietGemodelleerd,
    perJaar: 100_000,
    vast: {
      cognitoLiteEurPerMau: vastePrijzen.federatieveGebruiker.usd * eurPerUsd(),
      cognitoPlusEurPerMau: prijzen.cognitoPlusMau.usd * eurPerUsd(),
      eurPerMaand: vastPerDeploymentUsd() * eurPerUsd(),
      aantallen: aantallenPerDeployment(),
      uitleg:
        "MAUs are staff (consulenten, teamleiders, loket, verwijzers), not residents. Plan: Lite when every user signs in at the gemeente's own IdP (federation, the pre-token trigger, client credentials are in every plan); Plus only for administrator-created users with a password at Cognito (threat protection): infra/constructs/aanmelden.ts. Fixed: infra/kosten.ts (KMS keys, alarms, dashboard, custom metrics, machine clients)",
    },
    ...kosten,
  },
  schaal: { klein: schaalKlein, groot: schaalGroot },
  controles: { langeWachtBijKlokSnelheid1: verbruik.langeWacht },
  fasenS: fasen,
  duurS: 0,
};
resultaat.duurS = afgerond((Date.now() - start) / 1000, 1);

const resultaten = join(ROOT, 'bench', 'results');
mkdirSync(resultaten, { recursive: true });
writeFileSync(join(resultaten, 'latest.json'), `${JSON.stringify(resultaat, null, 2)}\n`);
const stempel = resultaat.gemeten.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
copyFileSync(join(resultaten, 'latest.json'), join(resultaten, `${stempel}-${commit.kort}.json`));
const md = rapport(resultaat as unknown as Resultaat);
writeFileSync(join(resultaten, 'latest.md'), md);
// The README shows the latest summary (a test keeps the two equal).
const readmePad = join(import.meta.dirname, '..', 'README.md');
writeFileSync(readmePad, metBlok(readFileSync(readmePad, 'utf8'), readmeBlok(md)));
rmSync(werkMap, { recursive: true, force: true });
log(
  `done in ${resultaat.duurS} s${resultaat.duurS > LIMIET_S ? ` (over the ${LIMIET_S} s limit)` : ''}: bench/results/latest.md`,
);
process.exit(0);
