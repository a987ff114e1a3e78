// Bench: every Lambda bundled as it is deployed (the esbuild options of infra/constructs/bundel-opties.ts: minified
// ESM for Node 22, source maps beside the bundle), its size minified, gzipped and its map, and the init phase as
// Lambda runs it: a fresh Node 22 process with --enable-source-maps imports the bundle, then makes the first call of
// every AWS client the function is granted (against a closed local port: the request is built, signed, sent over
// HTTPS and refused). An empty handler bundle, measured the same way in the same run, is the baseline.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BUNDEL_OPTIES, esbuildOpties } from '../../infra/constructs/bundel-opties';
import { functieCatalogus } from '../../infra/functie-catalogus';
import { afgerond, mediaan, ROOT } from './gemeen';

const HANDLERS = join(ROOT, 'functions', 'handlers');
/** Node 22, the Lambda runtime, installed by the bench beside itself (never as a project dependency: see README). */
const NODE22_MAP = join(ROOT, 'bench', '.node22');
const NODE22 = join(NODE22_MAP, 'node_modules', '.bin', 'node');

export interface InitMeting {
  mediaan: number;
  min: number;
  max: number;
  runs: number[];
}

export interface Bundel {
  /** Path under functions/handlers without extension, e.g. `http/bekijk-traject`. */
  naam: string;
  /** The Lambda function name (the file name). */
  functie: string;
  minifiedBytes: number;
  gzipBytes: number;
  /** The source map deployed beside the bundle (mappings only, no sources). */
  mapBytes: number;
  /** The largest contributors to the minified output, by package (or `functions/<folder>` for our own code). */
  grootsteDelen: { deel: string; bytes: number }[];
  /** Module init: `await import()` of the bundle. */
  initMs: InitMeting;
  /** The AWS services its first calls reach (from the function's grants in infra/functie-catalogus.ts). */
  sdkClients: string[];
  /** Module init plus the first request to every AWS service the function is granted. */
  initMetSdkMs: InitMeting;
  /** initMetSdkMs median over the empty handler's. */
  verhouding: number;
}

export interface BundelMeting {
  node: string;
  nodeBron: string;
  nodeOpties: string;
  runs: number;
  /** The empty handler, same options, same run. */
  basis: { minifiedBytes: number; initMs: InitMeting; initMetSdkMs: InitMeting };
  bundels: Bundel[];
}

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    return statSync(pad).isDirectory() ? bestanden(pad) : pad.endsWith('.ts') ? [pad] : [];
  });
}

/** Entry files are the modules that export a `handler`; the rest (routes, middleware, schemas, logger) are helpers. */
export function lambdaIngangen(): string[] {
  return bestanden(HANDLERS)
    .filter((pad) => /^export\s+(const|let|function|async\s+function)\s+handler\b/m.test(readFileSync(pad, 'utf8')))
    .sort();
}

function deelVan(invoer: string): string {
  const m = invoer.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m?.[1]) return m[1];
  return invoer.split('/').slice(0, 2).join('/');
}

function grootsteDelen(metafile: Metafile, uitvoer: string): { deel: string; bytes: number }[] {
  const delen = new Map<string, number>();
  for (const [invoer, { bytesInOutput }] of Object.entries(metafile.outputs[uitvoer]?.inputs ?? {})) {
    delen.set(deelVan(invoer), (delen.get(deelVan(invoer)) ?? 0) + bytesInOutput);
  }
  return [...delen.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([deel, bytes]) => ({ deel, bytes }));
}

/** The AWS services a function's first calls reach, from what infra grants it. */
function sdkClientsVan(bestand: string): string[] {
  const f = functieCatalogus.find((d) => d.bestand === bestand);
  if (!f) return [];
  return [
    ...(f.tabel ? ['dynamodb'] : []),
    ...(f.bus ? ['eventbridge'] : []),
    ...(f.workflow ? ['sfn'] : []),
    ...(f.pseudoniem ? ['kms'] : []),
    ...(f.documenten ? ['s3'] : []),
  ];
}

/**
 * The first AWS call of each client a function is granted, through the project's own client
 * (functions/adapters/aws-verzoek.ts, bundled like a function): serialised, signed with the environment's
 * credentials, sent over HTTPS with one attempt to a closed local port and refused. It loads what a first real call
 * loads (node:https and TLS, node:crypto, the agent), so module init plus this is init including the first call.
 */
const SONDE = `
import { DynamoKlant, GetCommand } from '${ROOT}/functions/adapters/dynamo-client';
import { EventBridgePublicatie } from '${ROOT}/functions/adapters/eventbridge-publicatie';
import { KmsPseudonimisering } from '${ROOT}/functions/adapters/kms-pseudonimisering';
import { S3DocumentOpslag } from '${ROOT}/functions/adapters/s3-document-opslag';
import { StepFunctionsWorkflow } from '${ROOT}/functions/adapters/step-functions-workflow';
const o = { eindpunt: 'https://127.0.0.1:9', pogingen: 1 };
const probeer = async (p) => { try { await p; } catch {} };
export async function sonde(clients) {
  for (const k of clients) {
    if (k === 'dynamodb') await probeer(new DynamoKlant({ endpoint: o.eindpunt, pogingen: 1 }).send(new GetCommand({ TableName: 't', Key: { pk: 'x', sk: 'y' } })));
    else if (k === 'eventbridge') await probeer(new EventBridgePublicatie('bus', o).publiceer([{ source: 'x', detailType: 'x', detail: {} }]));
    else if (k === 'sfn') await probeer(new StepFunctionsWorkflow(() => 'arn', o).taakVoltooid('x', {}));
    else if (k === 'kms') await probeer(new KmsPseudonimisering('k', o).sleutel('0363', 'x'));
    else if (k === 's3') await probeer(new S3DocumentOpslag('b', o).haal('k'));
  }
}`;

/** The child's script: import the bundle, then make the first call of every client it is granted (SONDE). */
function meetScript(bundel: string, sonde: string, clients: string[]): string {
  return `
const t0 = performance.now();
await import(${JSON.stringify(pathToFileURL(bundel).href)});
const t1 = performance.now();
const { sonde } = await import(${JSON.stringify(pathToFileURL(sonde).href)});
await sonde(${JSON.stringify(clients)});
console.log(JSON.stringify({ module: t1 - t0, totaal: performance.now() - t0 }));`;
}

function nodeVoorMeting(): { pad: string; bron: string } {
  if (process.env.BENCH_NODE) return { pad: process.env.BENCH_NODE, bron: 'BENCH_NODE' };
  if (!existsSync(NODE22)) {
    // The npm package node@22 ships the Node 22 binary. Installed in bench/.node22 (git-ignored), not in the
    // project: as a project dependency its `node` bin shadows the system Node for npm scripts.
    spawnSync(
      'npm',
      ['install', '--prefix', NODE22_MAP, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'node@22'],
      {
        stdio: 'ignore',
        cwd: ROOT,
      },
    );
  }
  if (existsSync(NODE22)) return { pad: NODE22, bron: 'npm package node@22 in bench/.node22' };
  return { pad: process.execPath, bron: 'the running Node (node@22 could not be installed)' };
}

function initTijd(node: string, bestand: string, sonde: string, clients: string[]): { module: number; totaal: number } {
  const r = spawnSync(
    node,
    [BUNDEL_OPTIES.nodeOptions, '--input-type=module', '-e', meetScript(bestand, sonde, clients)],
    {
      encoding: 'utf8',
      cwd: join(bestand, '..'),
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'INFO',
        AWS_REGION: 'eu-west-1',
        // Lambda puts the role's credentials in the environment: no provider chain, no instance metadata lookup.
        AWS_ACCESS_KEY_ID: 'AKIDBENCH',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_SESSION_TOKEN: 'bench',
        NODE_NO_WARNINGS: '1',
      },
    },
  );
  const regel = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const uit = JSON.parse(regel) as { module: number; totaal: number };
    if (r.status === 0 && Number.isFinite(uit.module)) return uit;
  } catch {}
  throw new Error(`init of ${bestand} failed: ${r.stderr}`);
}

function meting(waarden: number[]): InitMeting {
  return {
    mediaan: afgerond(mediaan(waarden), 1),
    min: afgerond(Math.min(...waarden), 1),
    max: afgerond(Math.max(...waarden), 1),
    runs: waarden.map((m) => afgerond(m, 1)),
  };
}

/** `runs` fresh Node 22 processes per bundle, each measuring the module init and the first AWS requests. */
export async function meetBundels(runs: number): Promise<BundelMeting> {
  // Outside the repository (nothing to lint or ignore) and without node_modules: a bundle that needed a package at
  // runtime (the SDK the Lambda runtime would give it) fails here instead of measuring less than it loads.
  const uitMap = mkdtempSync(join(tmpdir(), 'schuldhulp-bench-'));
  const leeg = join(uitMap, 'leeg.ts');
  writeFileSync(leeg, 'export const handler = async () => ({});\n');
  const node = nodeVoorMeting();
  try {
    const ingangen = lambdaIngangen();
    const { metafile } = await build({
      entryPoints: ingangen,
      outdir: uitMap,
      outbase: HANDLERS,
      outExtension: { '.js': '.mjs' },
      ...esbuildOpties(),
      metafile: true,
      logLevel: 'silent',
    });
    // The empty handler and the first-call probe, bundled the same way.
    const sondeBron = join(uitMap, 'sonde.ts');
    writeFileSync(sondeBron, SONDE);
    await build({
      entryPoints: [leeg, sondeBron],
      outdir: uitMap,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      minify: true,
      platform: 'node',
      target: BUNDEL_OPTIES.target,
      format: 'esm',
      banner: { js: BUNDEL_OPTIES.banner },
      sourcemap: true,
      logLevel: 'silent',
    });
    const sonde = join(uitMap, 'sonde.mjs');
    // The baseline makes the first call every function with a table makes: the ratio then shows our code's part.
    const basisRuns = Array.from({ length: runs }, () =>
      initTijd(node.pad, join(uitMap, 'leeg.mjs'), sonde, ['dynamodb']),
    );
    const basisKaal = Array.from({ length: runs }, () => initTijd(node.pad, join(uitMap, 'leeg.mjs'), sonde, []));
    const basis = {
      minifiedBytes: statSync(join(uitMap, 'leeg.mjs')).size,
      initMs: meting(basisKaal.map((r) => r.module)),
      initMetSdkMs: meting(basisRuns.map((r) => r.totaal)),
    };
    const bundels: Bundel[] = [];
    for (const ingang of ingangen) {
      const naam = relative(HANDLERS, ingang).replace(/\.ts$/, '').split(sep).join('/');
      const bestand = join(uitMap, `${naam}.mjs`);
      const inhoud = readFileSync(bestand);
      const uitvoer = relative(process.cwd(), bestand).split(sep).join('/');
      const exports = metafile.outputs[uitvoer]?.exports ?? [];
      if (!exports.includes('handler')) throw new Error(`${naam} bundles without a handler export`);
      const clients = sdkClientsVan(relative(ROOT, ingang).split(sep).join('/'));
      const metingen = Array.from({ length: runs }, () => initTijd(node.pad, bestand, sonde, clients));
      const metSdk = meting(metingen.map((m) => m.totaal));
      bundels.push({
        naam,
        functie: naam.split('/').at(-1) ?? naam,
        minifiedBytes: inhoud.length,
        gzipBytes: gzipSync(inhoud, { level: 9 }).length,
        mapBytes: existsSync(`${bestand}.map`) ? statSync(`${bestand}.map`).size : 0,
        grootsteDelen: grootsteDelen(metafile, uitvoer),
        initMs: meting(metingen.map((m) => m.module)),
        sdkClients: clients,
        initMetSdkMs: metSdk,
        verhouding: afgerond(metSdk.mediaan / basis.initMetSdkMs.mediaan, 2),
      });
    }
    const versie = spawnSync(node.pad, ['--version'], { encoding: 'utf8' }).stdout.trim();
    return { node: versie, nodeBron: node.bron, nodeOpties: BUNDEL_OPTIES.nodeOptions, runs, basis, bundels };
  } finally {
    rmSync(uitMap, { recursive: true, force: true });
  }
}
