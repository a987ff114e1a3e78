// Bench child: everything one trajectory uses, counted on the local runtime, as input for the cost model (run.ts
// prices it with bench/prijzen.ts). Two trajectories, as far as the workflows go today:
// - normaal: aanmelding → eerste gesprek → intake → triage → beschikking (JSON + PDF) → vaststelling → VISH and
//   schuldenpauze messages → the plaatje-compleet workflow → berekening → krediet Task (betaalvoorstel); the case is
//   viewed on the way;
// - crisis: aanmelding in a bedreigende situatie, nobody acts, the 3-werkdagen deadline passes (fast clock), the
//   breach is recorded and published, the workflow waits again; the case is viewed once.
// Usage: tsx bench/meet-kosten.ts <result.json>

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { REGELING } from '../test/domain/triage/antwoorden';
import { afgerond, haalToken, schrijfResultaat, telWaarschuwingen, wachtTot } from './lib/gemeen';
import type { Instrumentatie } from './lib/instrumentatie';

// Logs at the level deployed (infra construct: INFO), counted byte for byte as CloudWatch would ingest them, not shown.
process.env.LOG_LEVEL ??= 'INFO';
const logBytes = { n: 0 };
const telBytes = (chunk: unknown) =>
  typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0;
process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
  logBytes.n += telBytes(chunk);
  const klaar = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
  klaar?.();
  return true;
}) as typeof process.stdout.write;
const stderr = process.stderr.write.bind(process.stderr);
process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
  logBytes.n += telBytes(chunk);
  return (stderr as (...a: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stderr.write;
const waarschuwingen = telWaarschuwingen();
const { startRuntime } = await import('../local/runtime');
const { instrumenteer } = await import('./lib/instrumentatie');
type Runtime = Awaited<ReturnType<typeof startRuntime>>;

const { itemSize } = createRequire(import.meta.url)('dynalite/db') as { itemSize: (item: unknown) => number };

async function verzoek(runtime: Runtime, token: string, methode: string, pad: string, body?: unknown) {
  const res = await fetch(`${runtime.url}${pad}`, {
    method: methode,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const tekst = await res.text();
  if (res.status >= 300) throw new Error(`${methode} ${pad}: HTTP ${res.status} ${tekst}`);
  return JSON.parse(tekst) as Record<string, unknown>;
}

/** Bytes the case occupies in the table: every item of its partition, plus DynamoDB's 100 bytes per item (and per
 * index entry) of overhead, plus the index entries still present. */
async function opslagBytes(runtime: Runtime, id: string): Promise<{ items: number; bytes: number }> {
  const res = await runtime.dynamo.client.send(
    new QueryCommand({
      TableName: runtime.dynamo.tabel,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: `TRAJECT#${id}` } },
    }),
  );
  let bytes = 0;
  for (const item of res.Items ?? []) {
    const grootte = itemSize(item) + 100;
    bytes += grootte;
    if ('outboxPk' in item) bytes += grootte;
    if ('werkPk' in item) bytes += grootte;
  }
  return { items: res.Items?.length ?? 0, bytes };
}

function verbruik(inst: Instrumentatie, runtime: Runtime, id: string) {
  const executies = (['in-contact', 'plaatje-compleet'] as const).flatMap(
    (w) => runtime.workflows.executie(id, w) ?? [],
  );
  const lambda = Object.fromEntries(
    [...inst.functies.entries()].map(([naam, t]) => [
      naam,
      { aanroepen: t.aanroepen, duurMs: t.duurMs.map((d) => afgerond(d, 2)), dynamoAanroepen: t.dynamo.aanroepen },
    ]),
  );
  const { dynamo } = inst.totaal();
  const bezocht = executies.flatMap((e) => e.bezochteStaten);
  return {
    staatOvergangen: executies.reduce((n, e) => n + e.bezochteStaten.length, 0),
    // The floor: one transition per wait (a human step or a creditor message), the Task that waits for it.
    wachten: bezocht.filter((s) => s.startsWith('WachtOp')).length,
    logBytes: logBytes.n,
    bezochteStaten: executies.flatMap((e) => e.bezochteStaten.map((staat) => `${e.workflow}:${staat}`)),
    executieStatus: executies.map((e) => `${e.workflow}: ${e.status}`).join(', '),
    lambda,
    dynamo: {
      aanroepen: dynamo.aanroepen,
      operaties: dynamo.operaties,
      rcu: dynamo.rcu,
      wcu: dynamo.wcu,
      wcuGsi: dynamo.wcuGsi,
      mislukteVoorwaarden: dynamo.mislukteVoorwaarden,
    },
    events: { ...inst.events },
    apiVerzoeken: inst.apiVerzoeken,
  };
}

/** The consulent's draft plan van aanpak given with the intake. */
const PLAN = {
  doelen: ['Ik wil weer overzicht over mijn geld.'],
  acties: [{ wat: 'Brieven van schuldeisers verzamelen', wie: 'u', wanneer: '2026-03-16' }],
  begeleidingsmodules: [{ module: 'budgetcoaching', waarom: 'Zelf overzicht houden.' }],
  contactmomenten: [{ datum: '2026-03-17', vorm: 'gesprek', met: 'uw consulent' }],
  schuldenpauze: true,
};

/** The berekening of docs/voorbeeld-berekening.json (an average household has about 13 creditors; 3 here). */
const BEREKENING = JSON.parse(readFileSync(new URL('../docs/voorbeeld-berekening.json', import.meta.url), 'utf8'));

async function normaal() {
  const start = new Date('2026-03-02T09:00:00+01:00');
  const runtime = await startRuntime({ klokSnelheid: 1, klokStart: start });
  const inst = instrumenteer(runtime);
  logBytes.n = 0;
  const token = await haalToken(runtime.url);
  const { id } = (await verzoek(runtime, token, 'POST', '/aanmeldingen', {
    naam: 'Kosten Normaal',
    telefoon: '0612345678',
    ontvangenOp: '2026-02-23',
  })) as { id: string };
  const ex = () => runtime.workflows.executie(id);
  if (!(await wachtTot(() => ex()?.huidigeStaat === 'WachtOpEersteGesprek', 30_000))) throw new Error('no first wait');
  await runtime.bus.stil();
  await verzoek(runtime, token, 'GET', `/trajecten/${id}`);
  await verzoek(runtime, token, 'POST', `/trajecten/${id}/eerste-gesprek`, { datum: '2026-02-27' });
  if (!(await wachtTot(() => ex()?.huidigeStaat === 'WachtOpIntake', 30_000))) throw new Error('no intake wait');
  await runtime.bus.stil();
  await verzoek(runtime, token, 'GET', `/trajecten/${id}`);
  // The intake: the workflow computes the triage (schuldregeling) and drafts the beschikking with its PDF.
  await verzoek(runtime, token, 'POST', `/trajecten/${id}/intake`, {
    instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
    antwoorden: REGELING,
    plan: PLAN,
  });
  if (!(await wachtTot(() => ex()?.huidigeStaat === 'WachtOpVaststelling', 60_000))) throw new Error('no vaststelling');
  await runtime.bus.stil();
  await verzoek(runtime, token, 'GET', `/trajecten/${id}/beschikking`);
  await verzoek(runtime, token, 'POST', `/trajecten/${id}/beschikking/vaststellen`, {});
  if (!(await wachtTot(() => ex()?.status === 'SUCCEEDED', 30_000))) throw new Error('the workflow did not end');
  // Plaatje compleet: the consulent records the berekening, the krediet Task records the betaalvoorstel.
  const fase = () => runtime.workflows.executie(id, 'plaatje-compleet');
  if (!(await wachtTot(() => fase()?.huidigeStaat === 'WachtOpBetaalvoorstel', 30_000))) throw new Error('no phase');
  await verzoek(runtime, token, 'POST', `/trajecten/${id}/berekeningen`, BEREKENING);
  if (!(await wachtTot(() => fase()?.status === 'SUCCEEDED', 30_000))) throw new Error('no betaalvoorstel');
  await runtime.bus.stil();
  await verzoek(runtime, token, 'GET', `/trajecten/${id}`);
  const uit = { ...verbruik(inst, runtime, id), opslag: await opslagBytes(runtime, id) };
  await runtime.stop();
  return uit;
}

async function crisis() {
  // One simulated week per wall second, from Monday 21 December 2026: 3 werkdagen end on the 24th (Kerst skipped).
  const runtime = await startRuntime({ klokSnelheid: 7 * 86_400, klokStart: new Date('2026-12-21T10:00:00+01:00') });
  const inst = instrumenteer(runtime);
  logBytes.n = 0;
  const token = await haalToken(runtime.url);
  const { id } = (await verzoek(runtime, token, 'POST', '/aanmeldingen', {
    naam: 'Kosten Crisis',
    telefoon: '0612345678',
    ontvangenOp: '2026-12-21',
    crisis: 'huisuitzetting',
  })) as { id: string };
  const ex = () => runtime.workflows.executie(id);
  const geregistreerd = await wachtTot(
    () =>
      inst.overschreden.has(id) &&
      ex()?.huidigeStaat === 'WachtOpEersteGesprek' &&
      (ex()?.bezochteStaten.filter((s) => s === 'WachtOpEersteGesprek').length ?? 0) >= 2,
    30_000,
    2,
  );
  if (!geregistreerd) throw new Error('the crisis deadline breach was not recorded');
  // Snapshot before the next escalation interval (one simulated week = one wall second) starts another round.
  await runtime.bus.stil();
  await verzoek(runtime, token, 'GET', `/trajecten/${id}`);
  const uit = { ...verbruik(inst, runtime, id), opslag: await opslagBytes(runtime, id) };
  await runtime.stop();
  return uit;
}

/**
 * A check, not a cost: a fresh aanmelding at klokSnelheid 1 waits 4 weeks for the eerste gesprek. Node's timers hold
 * at most 2^31-1 ms (24.8 days); a longer Task timeout fires after 1 ms, so the wait loops instead of waiting.
 * Counts the states one execution enters in its first wall second (3 when the wait waits).
 */
async function langeWacht() {
  const runtime = await startRuntime({ klokSnelheid: 1, klokStart: new Date('2026-03-02T09:00:00+01:00') });
  const inst = instrumenteer(runtime);
  const token = await haalToken(runtime.url);
  const { id } = (await verzoek(runtime, token, 'POST', '/aanmeldingen', {
    naam: 'Lange Wacht',
    telefoon: '0612345678',
  })) as { id: string };
  await wachtTot(() => runtime.workflows.executie(id)?.huidigeStaat === 'WachtOpEersteGesprek', 10_000);
  await new Promise((r) => setTimeout(r, 1_000));
  const staten = runtime.workflows.executie(id)?.bezochteStaten.length ?? 0;
  const uit = {
    statenInEersteSeconde: staten,
    lambdaAanroepen: inst.totaal().lambda,
    dynamoAanroepen: inst.totaal().dynamo.aanroepen,
    wachtWacht: staten <= 3,
  };
  await runtime.stop();
  return uit;
}

const resultaat = { normaal: await normaal(), crisis: await crisis(), langeWacht: await langeWacht(), waarschuwingen };
schrijfResultaat(resultaat);
