// Bench: counters on a running local runtime, without changing it. Every Lambda function is wrapped (invocations,
// in-process duration, and an AsyncLocalStorage scope naming the function), the DynamoDB client gets one middleware
// that counts every command and its capacity units, and the bus counts what is published.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type { Context } from 'aws-lambda';
import { TABEL } from '../../functions/adapters/tabel-ontwerp';
import type { DomeinEvent } from '../../functions/contracts/domein-events';
import type { LambdaHandler } from '../../local/lambda-context';
import type { Runtime } from '../../local/runtime';

/** dynalite's own implementation of DynamoDB's item-size rules (attribute names + values, in bytes). */
const { itemSize } = createRequire(import.meta.url)('dynalite/db') as {
  itemSize: (item: Record<string, unknown>) => number;
};

export interface DynamoTelling {
  /** Commands sent, by operation (Query, PutItem, UpdateItem, ...). */
  operaties: Record<string, number>;
  aanroepen: number;
  rcu: number;
  wcu: number;
  /** Of wcu: the part spent on GSI entries (dynalite does not report these; computed from item sizes). */
  wcuGsi: number;
  /** Conditional writes that failed (DynamoDB charges them anyway). */
  mislukteVoorwaarden: number;
}

export interface FunctieTelling {
  aanroepen: number;
  /** In-process wall time per invocation, ms. */
  duurMs: number[];
  dynamo: DynamoTelling;
}

/** BENCH_EENHEDEN_PER_SOORT=1: units by operation and item kind (the key's sort key up to '#'), on stderr at exit. */
const perSoort = new Map<string, { n: number; rcu: number; wcu: number }>();
function telPerSoort(operatie: string, invoer: Json, e: { rcu: number; wcu: number }): void {
  const sleutel = (invoer.Item ?? invoer.Key ?? {}) as Record<string, { S?: string }>;
  const expr = invoer.ExpressionAttributeValues as Record<string, { S?: string }> | undefined;
  const sk = sleutel.sk?.S ?? Object.values(expr ?? {}).find((v) => v.S?.includes('#'))?.S ?? '';
  const naam = `${operatie} ${/^[^#]*/.exec(sk)?.[0] ?? ''}`;
  const t = perSoort.get(naam) ?? { n: 0, rcu: 0, wcu: 0 };
  perSoort.set(naam, { n: t.n + 1, rcu: t.rcu + e.rcu, wcu: t.wcu + e.wcu });
}
process.on('exit', () => {
  if (!process.env.BENCH_EENHEDEN_PER_SOORT) return;
  for (const [k, v] of [...perSoort].sort((a, b) => b[1].wcu + b[1].rcu - a[1].wcu - a[1].rcu))
    process.stderr.write(`${k.padEnd(28)} n=${v.n} rcu=${v.rcu} wcu=${v.wcu}\n`);
});

function legeDynamo(): DynamoTelling {
  return { operaties: {}, aanroepen: 0, rcu: 0, wcu: 0, wcuGsi: 0, mislukteVoorwaarden: 0 };
}

const GSI_SLEUTELS: string[][] = Object.values(TABEL.indexen).map((i) => [i.partitionKey, i.sortKey]);
const LEES = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem']);
const SCHRIJF = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);

type Json = Record<string, unknown>;

/** Attribute names per clause of an update expression (SET, REMOVE, ADD, DELETE), with #placeholders resolved. */
function clausules(invoer: Json): Record<string, Set<string>> {
  const expressie = String(invoer.UpdateExpression ?? '');
  const namen = (invoer.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const uit: Record<string, Set<string>> = { SET: new Set(), REMOVE: new Set(), ADD: new Set(), DELETE: new Set() };
  for (const deel of expressie.split(/\b(?=SET\b|REMOVE\b|ADD\b|DELETE\b)/i)) {
    const [woord, ...rest] = deel.trim().split(/\s+/);
    const doel = uit[(woord ?? '').toUpperCase()];
    if (!doel) continue;
    // Attribute paths stand at the start of each comma-separated action; values (:v) and functions are not names.
    for (const actie of rest.join(' ').split(',')) {
      const naam = actie.trim().match(/^#?[A-Za-z_][A-Za-z0-9_]*/)?.[0];
      if (naam) doel.add(namen[naam] ?? naam);
    }
  }
  return uit;
}

const inIndex = (item: Json | undefined, sleutels: string[]) => item !== undefined && sleutels.every((s) => s in item);

/**
 * GSI writes of one successful write, per DynamoDB's rules for indexes with projection ALL: an item entering or
 * leaving an index costs one index write, an item updated in place one, an item whose index key changes two
 * (delete and put). Each is sized like the base-table write (units of 1 KB of the larger of old and new item).
 */
function gsiSchrijfacties(operatie: string, invoer: Json, oud: Json | undefined, nieuw: Json | undefined): number {
  let acties = 0;
  for (const sleutels of GSI_SLEUTELS) {
    if (operatie === 'DeleteItem') {
      if (inIndex(oud, sleutels)) acties += 1;
    } else if (operatie === 'PutItem') {
      const was = inIndex(oud, sleutels);
      const wordt = inIndex(nieuw, sleutels);
      const anders = was && wordt && sleutels.some((s) => JSON.stringify(oud?.[s]) !== JSON.stringify(nieuw?.[s]));
      acties += was && wordt ? (anders ? 2 : 1) : was || wordt ? 1 : 0;
    } else if (operatie === 'UpdateItem') {
      const c = clausules(invoer);
      const zet = sleutels.some((s) => c.SET?.has(s));
      const wist = sleutels.some((s) => c.REMOVE?.has(s));
      // The old item comes back with ALL_OLD (added by the bench when the caller asked for nothing); with ALL_NEW
      // only the new one: membership before is then inferred from the expression.
      const was = oud ? inIndex(oud, sleutels) : inIndex(nieuw, sleutels) ? !zet : wist;
      const wordt = nieuw ? inIndex(nieuw, sleutels) : (was && !wist) || zet;
      acties += was && wordt ? (zet ? 2 : 1) : was || wordt ? 1 : 0;
    }
  }
  return acties;
}

/**
 * Capacity units of one command. The base-table part comes from dynalite's ConsumedCapacity (the bench adds
 * ReturnConsumedCapacity to every request), which applies DynamoDB's rules: reads in 4 KB units summed over a
 * query's items, halved when eventually consistent; writes in 1 KB units of the larger of the old and new item.
 * Added here, because dynalite leaves them out: GSI writes, the minimum charge of a read that returns nothing,
 * and failed conditional writes (charged by DynamoDB all the same).
 */
function eenheden(operatie: string, invoer: Json, uitvoer: Json | undefined, mislukt: boolean) {
  const verbruikt = (uitvoer?.ConsumedCapacity as { CapacityUnits?: number } | undefined)?.CapacityUnits ?? 0;
  if (LEES.has(operatie)) {
    const minimum = invoer.ConsistentRead === true ? 1 : 0.5;
    return { rcu: mislukt ? 0 : Math.max(verbruikt, minimum), wcu: 0, wcuGsi: 0 };
  }
  if (!SCHRIJF.has(operatie)) return { rcu: 0, wcu: 0, wcuGsi: 0 };
  let tabel = verbruikt;
  if (mislukt || tabel === 0) {
    const item = invoer.Item as Json | undefined;
    tabel = item ? Math.max(1, Math.ceil(itemSize(item) / 1024)) : 1;
  }
  if (mislukt) return { rcu: 0, wcu: tabel, wcuGsi: 0 };
  const attributen = uitvoer?.Attributes as Json | undefined;
  const terug = String(invoer.ReturnValues ?? 'NONE');
  const oud = terug === 'ALL_OLD' ? (attributen ?? undefined) : undefined;
  const nieuw = operatie === 'PutItem' ? (invoer.Item as Json) : terug === 'ALL_NEW' ? attributen : undefined;
  const gsi = gsiSchrijfacties(operatie, invoer, oud, nieuw) * tabel;
  return { rcu: 0, wcu: tabel + gsi, wcuGsi: gsi };
}

export interface Instrumentatie {
  functies: Map<string, FunctieTelling>;
  /** DynamoDB traffic outside any Lambda (setup by the bench itself). */
  buiten: DynamoTelling;
  events: { totaal: number; perType: Record<string, number> };
  /** trajectIds for which `deadline-overschreden` was published. */
  overschreden: Set<string>;
  apiVerzoeken: number;
  /** The document store (S3 in AWS): puts, gets, bytes stored. */
  documenten: { puts: number; gets: number; bytes: number };
  /** Keyed hashes (KMS GenerateMac in AWS). */
  pseudoniemen: number;
  reset(): void;
  totaal(): { lambda: number; dynamo: DynamoTelling };
}

/** `eenheden: false` counts calls only and leaves request bodies alone (the scale run: less work in the process). */
export function instrumenteer(runtime: Runtime, opties: { eenheden?: boolean } = {}): Instrumentatie {
  const metEenheden = opties.eenheden ?? true;
  const scope = new AsyncLocalStorage<string>();
  const functies = new Map<string, FunctieTelling>();
  const telling = (naam: string): FunctieTelling => {
    let t = functies.get(naam);
    if (!t) {
      t = { aanroepen: 0, duurMs: [], dynamo: legeDynamo() };
      functies.set(naam, t);
    }
    return t;
  };
  const inst: Instrumentatie = {
    functies,
    buiten: legeDynamo(),
    events: { totaal: 0, perType: {} },
    overschreden: new Set(),
    apiVerzoeken: 0,
    documenten: { puts: 0, gets: 0, bytes: 0 },
    pseudoniemen: 0,
    reset() {
      functies.clear();
      inst.buiten = legeDynamo();
      inst.events = { totaal: 0, perType: {} };
      inst.apiVerzoeken = 0;
      inst.documenten = { puts: 0, gets: 0, bytes: 0 };
      inst.pseudoniemen = 0;
    },
    totaal() {
      const dynamo = legeDynamo();
      let lambda = 0;
      for (const t of functies.values()) {
        lambda += t.aanroepen;
        telOp(dynamo, t.dynamo);
      }
      return { lambda, dynamo };
    },
  };

  // 1. Lambda functions. The API server and the workflows share one record of handlers (looked up per request and
  // per execution start); the bus keeps its own reference to its rule target.
  const gedeeld = (runtime.workflows as unknown as { functies: Record<string, LambdaHandler> }).functies;
  const busDoelen = (runtime.bus as unknown as { doelen: Record<string, LambdaHandler> }).doelen;
  if (!gedeeld || !busDoelen) throw new Error('runtime layout changed: cannot find its Lambda handlers');
  const verpak =
    (naam: string, origineel: LambdaHandler): LambdaHandler =>
    (event: unknown, context: Context) =>
      scope.run(naam, async () => {
        const t = telling(naam);
        t.aanroepen++;
        const start = performance.now();
        try {
          return await origineel(event, context);
        } finally {
          t.duurMs.push(performance.now() - start);
        }
      });
  for (const [naam, f] of Object.entries(gedeeld)) gedeeld[naam] = verpak(naam, f);
  for (const [naam, f] of Object.entries(busDoelen)) busDoelen[naam] = verpak(naam, f);

  // 2. DynamoDB: on the wire of the client every adapter shares (functions/adapters/dynamo-client.ts).
  const klant = runtime.dynamo.klant;
  const wissel = klant.wissel.bind(klant);
  klant.wissel = async (operatie, draad) => {
    let invoer = draad as Json;
    let ouderGevraagd = false;
    if (metEenheden && (LEES.has(operatie) || SCHRIJF.has(operatie))) {
      invoer = { ...invoer, ReturnConsumedCapacity: 'INDEXES' };
      // The old item tells which index entries a write removes; the caller ignores what it did not ask for.
      if (SCHRIJF.has(operatie) && invoer.ReturnValues === undefined) {
        invoer.ReturnValues = 'ALL_OLD';
        ouderGevraagd = true;
      }
    }
    const naam = scope.getStore();
    const doel = naam ? telling(naam).dynamo : inst.buiten;
    doel.aanroepen++;
    doel.operaties[operatie] = (doel.operaties[operatie] ?? 0) + 1;
    try {
      const uitvoer = (await wissel(operatie, invoer)) as Json;
      if (!metEenheden) return uitvoer;
      const e = eenheden(operatie, invoer, uitvoer, false);
      if (ouderGevraagd) delete uitvoer.Attributes;
      doel.rcu += e.rcu;
      doel.wcu += e.wcu;
      doel.wcuGsi += e.wcuGsi;
      if (process.env.BENCH_EENHEDEN_PER_SOORT) telPerSoort(operatie, invoer, e);
      return uitvoer;
    } catch (fout) {
      if ((fout as { name?: string }).name === 'ConditionalCheckFailedException') {
        doel.mislukteVoorwaarden++;
        doel.wcu += eenheden(operatie, invoer, undefined, true).wcu;
      }
      throw fout;
    }
  };

  // 3. The bus: every published domain event is one custom event on EventBridge (each well under 64 KB).
  const publiceer = runtime.bus.publiceer.bind(runtime.bus);
  runtime.bus.publiceer = async (events: DomeinEvent[]) => {
    for (const e of events) {
      inst.events.totaal++;
      inst.events.perType[e.detailType] = (inst.events.perType[e.detailType] ?? 0) + 1;
      if (e.detailType === 'deadline-overschreden') {
        const data = (e.detail as { data?: { trajectId?: string } }).data;
        if (data?.trajectId) inst.overschreden.add(data.trajectId);
      }
    }
    return publiceer(events);
  };

  // 4. API Gateway: every request to a deployed route (the local-only /_local routes are not deployed).
  runtime.api.server.on('request', (req: { url?: string }) => {
    if (!req.url?.startsWith('/_local/')) inst.apiVerzoeken++;
  });

  // 5. S3 and KMS: the document store and the pseudonymiser behind their ports.
  const docs = runtime.deps.documenten;
  const bewaar = docs.bewaar.bind(docs);
  const haal = docs.haal.bind(docs);
  docs.bewaar = async (sleutel, inhoud, type) => {
    inst.documenten.puts++;
    inst.documenten.bytes += inhoud.byteLength;
    return bewaar(sleutel, inhoud, type);
  };
  docs.haal = async (sleutel) => {
    inst.documenten.gets++;
    return haal(sleutel);
  };
  const pseudo = runtime.deps.pseudoniem;
  const sleutel = pseudo.sleutel.bind(pseudo);
  pseudo.sleutel = async (gemeente, waarde) => {
    inst.pseudoniemen++;
    return sleutel(gemeente, waarde);
  };

  return inst;
}

export function telOp(doel: DynamoTelling, bron: DynamoTelling): void {
  doel.aanroepen += bron.aanroepen;
  doel.rcu += bron.rcu;
  doel.wcu += bron.wcu;
  doel.wcuGsi += bron.wcuGsi;
  doel.mislukteVoorwaarden += bron.mislukteVoorwaarden;
  for (const [op, n] of Object.entries(bron.operaties)) doel.operaties[op] = (doel.operaties[op] ?? 0) + n;
}
