// Local runtime: the ASL files CDK deploys, executed by aws-local-stepfunctions, every Task mapped to its Lambda
// handler, and a task-token registry behind the same WorkflowPoort the Step Functions adapter implements.
import './node20-polyfills';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StateMachine } from 'aws-local-stepfunctions';
import { LEG_FOUT_VAST } from '../functions/adapters/step-functions-workflow';
import { WACHT_OORZAAK, type WachtFout, type WorkflowNaam, type WorkflowPoort } from '../functions/app/poorten';
import { workflows } from '../functions/contracts/workflows';
import { type LambdaHandler, lambdaContext } from './lambda-context';

const ROOT = join(import.meta.dirname, '..');
const LAMBDA_ARN = 'arn:aws:lambda:eu-west-1:000000000000:function:';

export interface LokaleExecutie {
  naam: string;
  /** The execution ARN, as `$$.Execution.Id` gives it. */
  id: string;
  workflow: WorkflowNaam;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  /** The state the execution is in now, as the console shows it. */
  huidigeStaat?: string;
  bezochteStaten: string[];
  input: unknown;
  output?: unknown;
  /** Every state's input and output, as the console's execution history shows them (the last 500). */
  staatPayloads: { staat: string; input?: unknown; output?: unknown }[];
  fout?: string;
  klaar: Promise<void>;
  abort(): void;
}

type Json = Parameters<StateMachine['run']>[0];

/** The ASL of one workflow with its substitutions resolved to local function ARNs, as `cdk synth` resolves them. */
export function laadDefinitie(workflow: WorkflowNaam): Record<string, unknown> {
  const def = workflows[workflow];
  let tekst = readFileSync(join(ROOT, def.bestand), 'utf8');
  for (const [sleutel, functie] of Object.entries(def.functies)) {
    tekst = tekst.replaceAll(`\${${sleutel}}`, `${LAMBDA_ARN}${functie}`);
  }
  return pasTimeoutPadenAan(JSON.parse(tekst));
}

/**
 * aws-local-stepfunctions evaluates TimeoutSecondsPath against the effective input (after Parameters); AWS evaluates
 * it against the state input. The ASL therefore also passes the value in its Parameters, and this rewrites the path
 * to that copy, so both engines read the same number. A path without such a copy is an error, not a silent 60 s.
 */
function pasTimeoutPadenAan(definitie: Record<string, unknown>): Record<string, unknown> {
  for (const [naam, staat] of alleStaten(definitie)) {
    if (!staat.TimeoutSecondsPath) continue;
    const kopie = zoekKopie(staat.Parameters, staat.TimeoutSecondsPath, '$');
    if (!kopie)
      throw new Error(`state ${naam}: TimeoutSecondsPath ${staat.TimeoutSecondsPath} is not copied into Parameters`);
    staat.TimeoutSecondsPath = kopie;
  }
  return definitie;
}

type Staat = {
  Type: string;
  Resource?: string;
  TimeoutSecondsPath?: string;
  Parameters?: { FunctionName?: string };
  ItemProcessor?: { States: Record<string, Staat> };
  Iterator?: { States: Record<string, Staat> };
};

/** Every state, also those inside an inline Map's ItemProcessor (state names are unique across the file). */
function alleStaten(definitie: { States?: unknown }): [string, Staat][] {
  const staten = Object.entries((definitie.States ?? {}) as Record<string, Staat>);
  return staten.flatMap(([naam, s]) => {
    const binnen = s.ItemProcessor ?? s.Iterator;
    return [[naam, s] as [string, Staat], ...(binnen ? alleStaten(binnen) : [])];
  });
}

function zoekKopie(parameters: unknown, pad: string, hier: string): string | undefined {
  if (typeof parameters !== 'object' || parameters === null) return undefined;
  for (const [sleutel, waarde] of Object.entries(parameters)) {
    if (sleutel.endsWith('.$') && waarde === pad) return `${hier}.${sleutel.slice(0, -2)}`;
    const dieper = zoekKopie(waarde, pad, `${hier}.${sleutel}`);
    if (dieper) return dieper;
  }
  return undefined;
}

export class LokaleWorkflows implements WorkflowPoort {
  /** Keyed `<workflow>/<naam>`: an execution name is unique per state machine, as in AWS. */
  readonly executies = new Map<string, LokaleExecutie>();
  private readonly machines = new Map<WorkflowNaam, StateMachine>();
  private readonly definities = new Map<WorkflowNaam, Record<string, unknown>>();
  private readonly wachtend = new Map<
    string,
    { resolve: (o: Json) => void; reject: (e: Error) => void; sleutel: string }
  >();
  /** The live token per wait (execution, state, creditor): a new wait replaces a timed-out one without scanning
   * every waiting token (with 10,000 open cases that scan made each new wait O(open cases)). */
  private readonly tokenPerWacht = new Map<string, string>();
  /** Handler calls in flight: aborting an execution does not cancel them, so stop() waits for them. */
  private readonly lopend = new Set<Promise<unknown>>();
  private gestopt = false;
  /**
   * Fault injection (tests): called around every Task's Lambda call with the workflow, the state and the execution;
   * what it throws is the Task's error, as if Lambda had failed the invocation (`voor`, before the handler ran) or
   * its answer had been lost (`na`, after it ran). Undefined in normal runs.
   */
  storing?: (taak: {
    workflow: WorkflowNaam;
    staat: string;
    executie: string;
    trajectId: string;
    moment: 'voor' | 'na';
  }) => void;

  constructor(private readonly functies: Record<string, LambdaHandler>) {
    for (const naam of Object.keys(workflows) as WorkflowNaam[]) {
      const definitie = laadDefinitie(naam);
      this.definities.set(naam, definitie);
      // Constructing validates the definition (about 0.2 s); done once, runs are independent.
      this.machines.set(naam, new StateMachine(definitie as never));
    }
  }

  async start(workflow: WorkflowNaam, naam: string, input: { trajectId: string; gemeente: string }): Promise<void> {
    if (this.gestopt) throw new Error('the local workflow engine has stopped');
    // Same name: the execution exists already (idempotent, as in AWS).
    if (this.executies.has(`${workflow}/${naam}`)) return;
    const machine = this.machines.get(workflow);
    const definitie = this.definities.get(workflow);
    if (!machine || !definitie) throw new Error(`unknown workflow ${workflow}`);
    const executieArn = `arn:aws:states:eu-west-1:000000000000:execution:${workflow}:${naam}`;
    const { abort, result, eventLogs } = machine.run(input as unknown as Json, {
      overrides: { taskResourceLocalHandlers: this.taakHandlers(workflow, definitie, naam, input.trajectId) },
      context: {
        Execution: { Id: executieArn, Name: naam, StartTime: new Date().toISOString(), Input: input },
        // The engine has no task tokens; the wait override replaces this placeholder with a fresh token per wait.
        Task: { Token: 'lokaal' },
      } as never,
      noThrowOnAbort: true,
    });
    const executie: LokaleExecutie = {
      naam,
      id: executieArn,
      workflow,
      status: 'RUNNING',
      bezochteStaten: [],
      staatPayloads: [],
      input,
      klaar: Promise.resolve(),
      abort,
    };
    executie.klaar = (async () => {
      for await (const e of eventLogs) {
        if (e.type === 'StateEntered') {
          executie.huidigeStaat = e.state.name;
          executie.bezochteStaten.push(e.state.name);
        }
        if (e.type === 'StateEntered' || e.type === 'StateExited') {
          executie.staatPayloads.push({ staat: e.state.name, input: e.state.input, output: e.state.output });
          if (executie.staatPayloads.length > 500) executie.staatPayloads.shift();
        }
      }
    })().catch(() => undefined);
    result.then(
      (output) => {
        executie.status = output === null ? 'ABORTED' : 'SUCCEEDED';
        executie.output = output;
      },
      (e: unknown) => {
        executie.status = 'FAILED';
        executie.fout = e instanceof Error ? e.message : String(e);
      },
    );
    this.executies.set(`${workflow}/${naam}`, executie);
  }

  /** The execution named `naam` (the traject id) of `workflow`. */
  executie(naam: string, workflow: WorkflowNaam = 'in-contact'): LokaleExecutie | undefined {
    return this.executies.get(`${workflow}/${naam}`);
  }

  async taakVoltooid(token: string, output: Record<string, unknown>): Promise<void> {
    const wacht = this.wachtend.get(token);
    if (!wacht) return; // expired or used: as TaskTimedOut in AWS, the store is the truth
    this.wachtend.delete(token);
    if (this.tokenPerWacht.get(wacht.sleutel) === token) this.tokenPerWacht.delete(wacht.sleutel);
    wacht.resolve(output as Json);
  }

  async taakMislukt(token: string, fout: WachtFout): Promise<void> {
    const wacht = this.wachtend.get(token);
    if (!wacht) return;
    this.wachtend.delete(token);
    if (this.tokenPerWacht.get(wacht.sleutel) === token) this.tokenPerWacht.delete(wacht.sleutel);
    wacht.reject(Object.assign(new Error(WACHT_OORZAAK[fout]), { name: fout }));
  }

  async mislukteStaat(executieId: string): Promise<string | undefined> {
    const executie = [...this.executies.values()].find((e) => e.id === executieId);
    return executie?.bezochteStaten.filter((s) => s !== LEG_FOUT_VAST && this.isTaak(executie.workflow, s)).at(-1);
  }

  private isTaak(workflow: WorkflowNaam, staat: string): boolean {
    const staten = this.definities.get(workflow)?.States as Record<string, { Type: string }> | undefined;
    return staten?.[staat]?.Type === 'Task';
  }

  /** Until no Task handler runs (tests: the writes of a Task that is under way have landed before a read). */
  async stil(): Promise<void> {
    while (this.lopend.size > 0) await Promise.allSettled([...this.lopend]);
  }

  async stop(): Promise<void> {
    this.gestopt = true;
    for (const e of this.executies.values()) e.abort();
    await this.stil();
  }

  private volg<T>(p: Promise<T>): Promise<T> {
    this.lopend.add(p);
    return p.finally(() => this.lopend.delete(p));
  }

  /** Overrides for every Task state: a Lambda ARN calls the handler, `.waitForTaskToken` parks a fresh token. */
  private taakHandlers(
    workflow: WorkflowNaam,
    definitie: Record<string, unknown>,
    executie: string,
    trajectId: string,
  ) {
    const handlers: Record<string, (input: Json) => Promise<Json>> = {};
    const storing = (staat: string, moment: 'voor' | 'na') =>
      this.storing?.({ workflow, staat, executie, trajectId, moment });
    for (const [staat, s] of alleStaten(definitie)) {
      if (s.Type !== 'Task' || !s.Resource) continue;
      if (s.Resource.startsWith(LAMBDA_ARN)) {
        const functie = this.functie(s.Resource);
        handlers[staat] = async (input) => {
          storing(staat, 'voor');
          const output = (await this.volg(functie(input, lambdaContext(s.Resource ?? '')))) as Json;
          storing(staat, 'na');
          return output;
        };
      } else if (s.Resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken') {
        const functie = this.functie(s.Parameters?.FunctionName ?? '');
        handlers[staat] = async (input) => {
          storing(staat, 'voor');
          const { Payload } = input as { Payload: Record<string, unknown> };
          // Inside a Map, one wait per creditor runs in parallel under the same state name: key them apart.
          const per = Payload.schuldeiser !== undefined ? `/${String(Payload.schuldeiser)}` : '';
          const sleutel = `${executie}/${staat}${per}`;
          const token = `${sleutel}/${randomUUID()}`;
          const oud = this.tokenPerWacht.get(sleutel);
          if (oud !== undefined) this.wachtend.delete(oud); // timed out
          const { promise, resolve, reject } = Promise.withResolvers<Json>();
          // A wait woken with a failure after its execution was stopped has no reader left: not an unhandled error.
          promise.catch(() => {});
          this.wachtend.set(token, { resolve, reject, sleutel });
          this.tokenPerWacht.set(sleutel, token);
          await this.volg(functie({ ...Payload, taakToken: token }, lambdaContext('wacht')));
          return promise;
        };
      } else {
        throw new Error(`workflow Task ${staat}: no local implementation for resource ${s.Resource}`);
      }
    }
    return handlers;
  }

  private functie(arn: string): LambdaHandler {
    const naam = arn.startsWith(LAMBDA_ARN) ? arn.slice(LAMBDA_ARN.length) : arn;
    const functie = this.functies[naam];
    if (!functie) throw new Error(`no local Lambda function ${naam}`);
    return functie;
  }
}
