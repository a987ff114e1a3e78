// Bench: every Lambda bundled as it is deployed (esbuild, minified, ESM for Node 22, the AWS SDK left to the
// runtime), its size minified and gzipped, and the time a fresh Node process takes to import it (the init phase).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { afgerond, mediaan, ROOT } from './gemeen';

const HANDLERS = join(ROOT, 'functions', 'handlers');
const BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export interface Bundel {
  /** Path under functions/handlers without extension, e.g. `http/bekijk-traject`. */
  naam: string;
  /** The Lambda function name (the file name). */
  functie: string;
  minifiedBytes: number;
  gzipBytes: number;
  /** The largest contributors to the minified output, by package (or `functions/` for our own code). */
  grootsteDelen: { deel: string; bytes: number }[];
  initMs: { mediaan: number; min: number; max: number; runs: number[] };
  /** Diagnostic: the same entry with the AWS SDK bundled in (not how it is deployed). */
  metSdk?: { minifiedBytes: number; gzipBytes: number; initMediaanMs: number };
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

function initTijd(bestand: string): number {
  const code = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(bestand).href)}); console.log(performance.now() - t);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'INFO', AWS_REGION: 'eu-west-1', NODE_NO_WARNINGS: '1' },
  });
  const ms = Number(r.stdout.trim().split('\n').at(-1));
  if (r.status !== 0 || !Number.isFinite(ms)) throw new Error(`init of ${bestand} failed: ${r.stderr}`);
  return ms;
}

async function bundel(ingangen: string[], uitMap: string, sdkExtern: boolean): Promise<Metafile> {
  const { metafile } = await build({
    entryPoints: ingangen,
    outdir: uitMap,
    outbase: HANDLERS,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    external: sdkExtern ? ['@aws-sdk/*'] : [],
    banner: { js: BANNER },
    metafile: true,
    logLevel: 'silent',
  });
  return metafile;
}

/** `runs` fresh processes per bundle as deployed; `sdkRuns` (0: skip) for the variant with the SDK bundled in. */
export async function meetBundels(runs: number, sdkRuns: number): Promise<Bundel[]> {
  // Outside the repository (nothing to lint or ignore), with node_modules linked so that the bundles find the AWS
  // SDK the way the Lambda runtime provides it.
  const uitMap = mkdtempSync(join(tmpdir(), 'schuldhulp-bench-'));
  symlinkSync(join(ROOT, 'node_modules'), join(uitMap, 'node_modules'), 'dir');
  const sdkMap = join(uitMap, 'met-sdk');
  try {
    const ingangen = lambdaIngangen();
    const metafile = await bundel(ingangen, uitMap, true);
    if (sdkRuns > 0) await bundel(ingangen, sdkMap, false);
    const bundels: Bundel[] = [];
    for (const ingang of ingangen) {
      const naam = relative(HANDLERS, ingang).replace(/\.ts$/, '').split(sep).join('/');
      const bestand = join(uitMap, `${naam}.mjs`);
      const inhoud = readFileSync(bestand);
      const uitvoer = relative(process.cwd(), bestand).split(sep).join('/');
      const exports = metafile.outputs[uitvoer]?.exports ?? [];
      if (!exports.includes('handler')) throw new Error(`${naam} bundles without a handler export`);
      const metingen = Array.from({ length: runs }, () => initTijd(bestand));
      let metSdk: Bundel['metSdk'];
      if (sdkRuns > 0) {
        const sdkBestand = join(sdkMap, `${naam}.mjs`);
        const sdkInhoud = readFileSync(sdkBestand);
        metSdk = {
          minifiedBytes: sdkInhoud.length,
          gzipBytes: gzipSync(sdkInhoud, { level: 9 }).length,
          initMediaanMs: afgerond(mediaan(Array.from({ length: sdkRuns }, () => initTijd(sdkBestand))), 1),
        };
      }
      bundels.push({
        naam,
        functie: naam.split('/').at(-1) ?? naam,
        minifiedBytes: inhoud.length,
        gzipBytes: gzipSync(inhoud, { level: 9 }).length,
        grootsteDelen: grootsteDelen(metafile, uitvoer),
        initMs: {
          mediaan: afgerond(mediaan(metingen), 1),
          min: afgerond(Math.min(...metingen), 1),
          max: afgerond(Math.max(...metingen), 1),
          runs: metingen.map((m) => afgerond(m, 1)),
        },
        ...(metSdk ? { metSdk } : {}),
      });
    }
    return bundels;
  } finally {
    rmSync(uitMap, { recursive: true, force: true });
  }
}
