// The README's walkthrough is a test: its shell blocks run as a person pastes them, against the local runtime with the
// same fast clock, with a reader's pause between blocks. A README that drifts from the API, or a clock that outruns
// the commands, fails here.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const deel = readme.split('<!-- walkthrough:start -->')[1]?.split('<!-- walkthrough:end -->')[0] ?? '';
const blokken = [...deel.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
/** Seconds a reader takes between two blocks: at CLOCK_SPEED=86400 that is as many simulated days. */
const LEESPAUZE_SECONDEN = Number(process.env.WALKTHROUGH_PAUZE ?? 3);

/** `CLOCK_SPEED=… CLOCK_START=… npm start &`: the settings the reader starts the server with. */
function startRegel(blok: string) {
  const regel = blok.split('\n').find((r) => r.includes('npm start &'));
  const waarde = (naam: string) => regel?.match(new RegExp(`${naam}=(\\S+)`))?.[1];
  return { regel, snelheid: Number(waarde('CLOCK_SPEED')), start: waarde('CLOCK_START') };
}

describe('the README walkthrough', () => {
  let runtime: Runtime;
  const { regel, snelheid, start } = startRegel(blokken[0] ?? '');

  beforeAll(async () => {
    runtime = await startRuntime({ klokSnelheid: snelheid, ...(start ? { klokStart: new Date(start) } : {}) });
  });
  afterAll(async () => runtime?.stop());

  it('has the blocks, starts the server with a fixed clock, and names the API on port 3000', () => {
    expect(blokken.length).toBeGreaterThanOrEqual(4);
    expect(regel).toBeDefined();
    expect(snelheid).toBe(86_400);
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(blokken[0]).toContain('API=http://127.0.0.1:3000');
  });

  it('runs every block as pasted, at a reader’s pace, to the betaalvoorstel, without an error answer', async () => {
    // Prepare: the blocks as one shell session (variables carry over), the server line replaced by the runtime the
    // test started, every curl failing on an HTTP error (a 4xx or 5xx answer fails the walkthrough)
    const script = [
      'set -euo pipefail',
      'curl() { command curl --fail-with-body "$@"; }',
      ...blokken.map((b, i) =>
        [
          i > 0 ? `sleep ${LEESPAUZE_SECONDEN}` : '',
          b.replace(regel ?? '', '').replace('API=http://127.0.0.1:3000', `API=${runtime.url}`),
        ].join('\n'),
      ),
      'echo "TRAJECT=$ID"',
    ].join('\n');

    // Act
    const { stdout } = await promisify(execFile)('bash', ['-c', script], {
      cwd: ROOT,
      timeout: 120_000,
      maxBuffer: 20_000_000,
    });

    // Assess: the case reached the betaalvoorstel, the letter was sent on the day of the vaststelling with the
    // gemeente's configuration, and no workflow failed on the way
    const id = stdout.match(/TRAJECT=(\S+)/)?.[1] ?? '';
    const consulent = await runtime.jwt.geefUit({ gemeente: '0363', rol: 'consulent', sub: 'c-1' });
    const view = await fetch(`${runtime.url}/trajecten/${id}`, { headers: { authorization: `Bearer ${consulent}` } });
    const traject = (await view.json()) as {
      betaalvoorstel?: { aanbodCent: number };
      beschikking?: { vastgesteldOp: string };
      begeleider?: string;
    };
    expect(view.status).toBe(200);
    expect(traject.betaalvoorstel?.aanbodCent).toBeGreaterThan(0);
    expect(stdout).toContain('"overschreden"');
    expect(stdout).toContain(`"verzenddatum": "${traject.beschikking?.vastgesteldOp}"`);
    expect([...runtime.workflows.executies.values()].filter((e) => e.status === 'FAILED')).toEqual([]);
    expect(readFileSync(join(ROOT, 'beschikking.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});
