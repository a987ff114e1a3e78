// Primary adapter: one structured logger. Log ids, step names and outcomes; never a name, BSN, contact or amount.
// Dependency-free (as metriek-regel.ts is for metrics), so no bundle carries Powertools Logger (17 kB of 150): it
// writes the line Powertools Logger wrote (level, message, timestamp, service, the Lambda context once `addContext`
// had it, sampling_rate, xray_trace_id, then the appended keys and the call's own), with its level rules: the level
// of Lambda's advanced logging controls (AWS_LAMBDA_LOG_LEVEL) wins over LOG_LEVEL, and reserved keys are dropped.
import type { Context } from 'aws-lambda';
import { traceVelden } from '../adapters/xray-subsegment';

const DREMPELS = { TRACE: 6, DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, CRITICAL: 24, SILENT: 28 } as const;
export type LogNiveau = keyof typeof DREMPELS;
type Attributen = Record<string, unknown>;
/** What a call may add after its message: keys, an error (as `error`) or a string (as `extra`). */
type Extra = Attributen | Error | string | null | undefined;

const SERVICE = 'schuldhulp-flow';
const GERESERVEERD = new Set(['level', 'message', 'sampling_rate', 'service', 'timestamp']);

const alsNiveau = (waarde: string | undefined): LogNiveau | undefined =>
  waarde !== undefined && Object.hasOwn(DREMPELS, waarde) ? (waarde as LogNiveau) : undefined;

/** The X-Ray root trace id of the current invocation (the runtime's invoke store, else `_X_AMZN_TRACE_ID`). */
function traceId(): string | undefined {
  const lambda = (globalThis as { awslambda?: { InvokeStore?: { getXRayTraceId?(): string | undefined } } }).awslambda;
  const waarde = lambda?.InvokeStore?.getXRayTraceId?.() ?? process.env._X_AMZN_TRACE_ID?.trim() ?? '';
  if (waarde === '') return undefined;
  return waarde.includes('=') ? traceVelden(waarde).Root : waarde;
}

function alsFout(fout: Error): Attributen {
  const { name, message, stack, cause, ...rest } = fout;
  const plek = stack
    ?.split('\n')
    .map((r) => /\(([^()]*?):(\d+?):(\d+?)\)\\?$/.exec(r))
    .find((m) => m);
  return {
    name,
    location: plek ? `${plek[1]}:${Number(plek[2])}` : '',
    message,
    stack,
    cause: cause instanceof Error ? alsFout(cause) : cause,
    ...rest,
  };
}

/** JSON.stringify's replacer: errors as objects, bigints as strings, a circular reference left out. */
function vervanger(): (this: unknown, sleutel: string, waarde: unknown) => unknown {
  const voorouders: unknown[] = [];
  return function (this: unknown, _sleutel, waarde) {
    const w = waarde instanceof Error ? alsFout(waarde) : waarde;
    if (typeof w === 'bigint') return w.toString();
    if (typeof w === 'object' && w !== null) {
      while (voorouders.length > 0 && voorouders.at(-1) !== this) voorouders.pop();
      if (voorouders.includes(w)) return undefined;
      voorouders.push(w);
    }
    return w;
  };
}

export class Logger {
  /** Lambda's advanced logging controls: when set, its level is the level and `setLogLevel` does not change it. */
  readonly #alc = alsNiveau(
    process.env.AWS_LAMBDA_LOG_LEVEL === 'FATAL' ? 'CRITICAL' : process.env.AWS_LAMBDA_LOG_LEVEL,
  );
  readonly #gevraagd = alsNiveau((process.env.LOG_LEVEL ?? 'INFO').toUpperCase());
  #drempel: number = DREMPELS[this.#alc ?? this.#gevraagd ?? 'INFO'];
  #koudeStart = process.env.AWS_LAMBDA_INITIALIZATION_TYPE?.trim() === 'on-demand';
  #context: Attributen = {};
  #tenant: string | undefined;
  #sleutels: Attributen = {};
  readonly #gewaarschuwd = new Set<string>();

  constructor() {
    if (this.#gevraagd) this.#tegenAlc(this.#gevraagd);
  }

  /** The invocation's context on every following line (the first call on an on-demand instance is the cold start). */
  addContext(context: Context): void {
    this.#context = {
      cold_start: this.#koudeStart,
      function_arn: context.invokedFunctionArn,
      function_memory_size: context.memoryLimitInMB,
      function_name: context.functionName,
      function_request_id: context.awsRequestId,
    };
    this.#tenant = context.tenantId;
    this.#koudeStart = false;
  }

  /** Keys on every following line (until replaced by the next call with the same key). */
  appendKeys(sleutels: Attributen): void {
    Object.assign(this.#sleutels, this.#zonderGereserveerd(sleutels));
  }

  setLogLevel(niveau: LogNiveau): void {
    if (this.#tegenAlc(niveau)) return;
    if (!alsNiveau(niveau)) throw new Error(`Invalid log level: ${niveau}`);
    this.#drempel = DREMPELS[niveau];
  }

  trace(bericht: string, ...extra: Extra[]): void {
    this.#schrijf('TRACE', bericht, extra);
  }
  debug(bericht: string, ...extra: Extra[]): void {
    this.#schrijf('DEBUG', bericht, extra);
  }
  info(bericht: string, ...extra: Extra[]): void {
    this.#schrijf('INFO', bericht, extra);
  }
  warn(bericht: string, ...extra: Extra[]): void {
    this.#schrijf('WARN', bericht, extra);
  }
  error(bericht: string, ...extra: Extra[]): void {
    this.#schrijf('ERROR', bericht, extra);
  }
  critical(bericht: string, ...extra: Extra[]): void {
    this.#schrijf('CRITICAL', bericht, extra);
  }

  /** True when the advanced logging controls fix the level; warns once when `niveau` asks for more than they let through. */
  #tegenAlc(niveau: LogNiveau): boolean {
    if (!this.#alc) return false;
    if (alsNiveau(niveau) && DREMPELS[this.#alc] > DREMPELS[niveau]) {
      this.#eenmaal(
        `Current log level (${niveau}) does not match AWS Lambda Advanced Logging Controls minimum log level (${this.#alc}). This can lead to data loss, consider adjusting them.`,
      );
    }
    return true;
  }

  #eenmaal(bericht: string): void {
    if (this.#gewaarschuwd.has(bericht)) return;
    this.#gewaarschuwd.add(bericht);
    this.warn(bericht);
  }

  #zonderGereserveerd(sleutels: Attributen): Attributen {
    const uit: Attributen = {};
    for (const [sleutel, waarde] of Object.entries(sleutels)) {
      if (GERESERVEERD.has(sleutel)) this.warn(`The key "${sleutel}" is a reserved key and will be dropped.`);
      else uit[sleutel] = waarde;
    }
    return uit;
  }

  #schrijf(niveau: LogNiveau, bericht: string, extra: Extra[]): void {
    if (DREMPELS[niveau] < this.#drempel) return;
    const regel: Attributen = {
      level: niveau,
      message: bericht,
      timestamp: new Date().toISOString(),
      service: SERVICE,
      ...this.#context,
      sampling_rate: 0,
      xray_trace_id: traceId(),
      tenant_id: this.#tenant,
      ...this.#sleutels,
    };
    for (const e of extra) {
      if (e === null || e === undefined) continue;
      if (e instanceof Error) regel.error = e;
      else if (typeof e === 'string') regel.extra = e;
      else Object.assign(regel, this.#zonderGereserveerd(e));
    }
    // As Powertools: no key without a value.
    for (const [sleutel, waarde] of Object.entries(regel)) {
      if (waarde === undefined || waarde === null || waarde === '') delete regel[sleutel];
    }
    const uit = DREMPELS[niveau] >= DREMPELS.WARN ? process.stderr : process.stdout;
    uit.write(`${JSON.stringify(regel, vervanger())}\n`);
  }
}

export const logger = new Logger();
