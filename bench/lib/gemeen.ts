// Bench: shared helpers for the measuring child processes.
import { type ChildProcess, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Opdracht, TrajectenResultaat, VerzoekenResultaat } from './lastclient';

export const ROOT = join(import.meta.dirname, '..', '..');

export function getal(naam: string, standaard: number): number {
  const waarde = process.env[naam];
  if (waarde === undefined || waarde === '') return standaard;
  const n = Number(waarde);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${naam} must be a positive number, got ${waarde}`);
  return n;
}

export interface Verdeling {
  n: number;
  gemiddeld: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles over the finite values. */
export function verdeling(waarden: number[]): Verdeling {
  const s = waarden.filter(Number.isFinite).sort((a, b) => a - b);
  const p = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
  const som = s.reduce((a, b) => a + b, 0);
  return {
    n: s.length,
    gemiddeld: s.length ? som / s.length : Number.NaN,
    p50: p(0.5),
    p95: p(0.95),
    p99: p(0.99),
    max: s.at(-1) ?? Number.NaN,
  };
}

/** The middle value (the mean of the two middle values for an even count). */
export function mediaan(waarden: number[]): number {
  const s = waarden.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export async function wachtTot(check: () => boolean, ms: number, stap = 20): Promise<boolean> {
  const einde = Date.now() + ms;
  while (!check()) {
    if (Date.now() > einde) return false;
    await new Promise((r) => setTimeout(r, stap));
  }
  return true;
}

export async function haalToken(
  url: string,
  gemeente = '0363',
  rol = 'consulent',
  sub = 'bench-consulent',
): Promise<string> {
  const res = await fetch(`${url}/_local/token`, { method: 'POST', body: JSON.stringify({ gemeente, rol, sub }) });
  if (res.status !== 200) throw new Error(`token: HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** The load generator as a forked process; one job at a time. */
export function startLastclient() {
  const kind: ChildProcess = fork(join(import.meta.dirname, 'lastclient.ts'), [], {
    execArgv: ['--import', 'tsx'],
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const voer = <T>(o: Opdracht) =>
    new Promise<T>((resolve, reject) => {
      kind.once('message', (m: { ok: boolean; resultaat?: T; fout?: string }) =>
        m.ok ? resolve(m.resultaat as T) : reject(new Error(m.fout)),
      );
      kind.send(o);
    });
  return {
    verzoeken: (o: Extract<Opdracht, { soort: 'verzoeken' }>) => voer<VerzoekenResultaat>(o),
    trajecten: (o: Extract<Opdracht, { soort: 'trajecten' }>) => voer<TrajectenResultaat>(o),
    /** `afbreken`: kill it mid-job (a scale run past its limit). */
    stop: (afbreken = false) => {
      if (afbreken) kind.kill('SIGKILL');
      else kind.disconnect();
    },
  };
}

/** Counts Node warnings by name (a TimeoutOverflowWarning means a wait did not wait: see bench/README.md). */
export function telWaarschuwingen(): Record<string, number> {
  const tellingen: Record<string, number> = {};
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    tellingen[w.name] = (tellingen[w.name] ?? 0) + 1;
  });
  return tellingen;
}

/** Child processes write their result as JSON to the file named by the first argument, then exit. */
export function schrijfResultaat(resultaat: unknown): never {
  const pad = process.argv[2];
  if (!pad) throw new Error('usage: <script> <result.json>');
  writeFileSync(pad, JSON.stringify(resultaat, null, 2));
  process.exit(0);
}

export function afgerond(n: number, decimalen = 1): number {
  const f = 10 ** decimalen;
  return Math.round(n * f) / f;
}
