// Test support: the personal-data scanner. It collects everything an operator or a consumer can see without
// being authorised for a dossier (every execution's input, output and state payloads, every bus event detail and
// dead letter, every log line and access-log line) and finds the personal data a test put in.
import type { ToegangsRegel } from '../../local/http-server';
import type { Runtime } from '../../local/runtime';

/** Every log line the process writes to stdout/stderr (the structured logger), from `start()` until `stop()`. */
export function logVanger(): { regels: string[]; start(): void; stop(): void } {
  const regels: string[] = [];
  const origineel = { out: process.stdout.write, err: process.stderr.write };
  const vang =
    (doel: typeof process.stdout.write) =>
    (chunk: unknown, ...rest: unknown[]): boolean => {
      regels.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (doel as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    };
  return {
    regels,
    start() {
      process.stdout.write = vang(origineel.out) as typeof process.stdout.write;
      process.stderr.write = vang(origineel.err) as typeof process.stderr.write;
    },
    stop() {
      process.stdout.write = origineel.out;
      process.stderr.write = origineel.err;
    },
  };
}

export interface Bron {
  waar: string;
  tekst: string;
}

/** Everything outside the authorised API: executions (with every state payload), bus events, dead letters, logs. */
export function verzamel(runtime: Runtime, logregels: string[], toegang: ToegangsRegel[]): Bron[] {
  const bronnen: Bron[] = [];
  for (const e of runtime.workflows.executies.values()) {
    bronnen.push({ waar: `executie ${e.workflow}/${e.naam} input`, tekst: JSON.stringify(e.input) });
    bronnen.push({ waar: `executie ${e.workflow}/${e.naam} output`, tekst: JSON.stringify(e.output ?? null) });
    bronnen.push({ waar: `executie ${e.workflow}/${e.naam} fout`, tekst: e.fout ?? '' });
    for (const p of e.staatPayloads) {
      bronnen.push({ waar: `executie ${e.workflow}/${e.naam} staat ${p.staat}`, tekst: JSON.stringify(p) });
    }
  }
  for (const ev of runtime.bus.log) bronnen.push({ waar: `bus ${ev['detail-type']}`, tekst: JSON.stringify(ev) });
  for (const d of runtime.bus.deadLetters) bronnen.push({ waar: `dead letter ${d.regel}`, tekst: JSON.stringify(d) });
  for (const r of logregels) bronnen.push({ waar: 'log', tekst: r });
  for (const r of toegang) bronnen.push({ waar: 'toegangslog', tekst: JSON.stringify(r) });
  return bronnen;
}

/** Each hit: where, and which planted value. Amounts are also looked for in their euro spellings. */
export function zoekPersoonsgegevens(
  bronnen: Bron[],
  geplant: { teksten: string[]; bedragenCent: number[] },
): string[] {
  const naalden = [
    ...geplant.teksten.flatMap((t) => [t, t.toLowerCase(), JSON.stringify(t).slice(1, -1)]),
    ...geplant.bedragenCent.flatMap((c) => [
      String(c),
      (c / 100).toFixed(2),
      new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2 }).format(c / 100),
    ]),
  ];
  const treffers: string[] = [];
  for (const b of bronnen) {
    for (const n of naalden) if (b.tekst.includes(n)) treffers.push(`${b.waar}: ${n}`);
  }
  return [...new Set(treffers)];
}
