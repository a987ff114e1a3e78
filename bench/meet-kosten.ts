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
import { plusMaanden } from '../functions/domain/kalender/kalender';
import { REGELING } from '../test/domain/triage/antwoorden';
import { afgerond, haalToken, schrijfResultaat, telWaarschuwingen, wachtTot } from './lib/gemeen';
import type { Instrumentatie } from './lib/instrumentatie';

// Logs at the level deployed (infra construct: INFO), counted byte for byte as CloudWatch would ingest them, not shown.
process.env.LOG_LEVEL = 'INFO'; // run.ts starts its children SILENT; this one measures the deployed level
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
async function opslagBytes(
  runtime: Runtime,
  id: string,
): Promise<{ items: number; bytes: number; perSoort: Record<string, { items: number; bytes: number }> }> {
  const res = await runtime.dynamo.client.send(
    new QueryCommand({
      TableName: runtime.dynamo.tabel,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: `TRAJECT#${id}` } },
    }),
  );
  let bytes = 0;
  const perSoort: Record<string, { items: number; bytes: number }> = {};
  for (const item of res.Items ?? []) {
    let grootte = itemSize(item) + 100;
    if ('outboxPk' in item) grootte *= 2;
    if ('werkPk' in item) grootte += itemSize(item) + 100;
    bytes += grootte;
    // The kind of item: its sort key up to the first '#' (EVENT, STAP, WACHT, …).
    const soort = /^[^#]*/.exec(item.sk?.S ?? '')?.[0] || '(geen sk)';
    const teller = perSoort[soort] ?? { items: 0, bytes: 0 };
    perSoort[soort] = { items: teller.items + 1, bytes: teller.bytes + grootte };
  }
  return { items: res.Items?.length ?? 0, bytes, perSoort };
}

/** Every execution of the case: the in-contact workflow is named after it, later phases `<id>-<n>`. */
function executiesVan(runtime: Runtime, id: string) {
  return [...runtime.workflows.executies.values()].filter((e) => e.naam === id || e.naam.startsWith(`${id}-`));
}

function verbruik(inst: Instrumentatie, runtime: Runtime, id: string, menselijkeStappen?: string[]) {
  const executies = executiesVan(runtime, id);
  const lambda = Object.fromEntries(
    [...inst.functies.entries()].map(([naam, t]) => [
      naam,
      { aanroepen: t.aanroepen, duurMs: t.duurMs.map((d) => afgerond(d, 2)), dynamoAanroepen: t.dynamo.aanroepen },
    ]),
  );
  const { dynamo } = inst.totaal();
  const bezocht = executies.flatMap((e) => e.bezochteStaten);
  return {
    staatOvergangen: bezocht.length,
    // The floor: one transition per wait (a human step or a creditor message), the Task that waits for it.
    wachten: bezocht.filter((s) => s.startsWith('WachtOp')).length,
    wachtenPerStaat: Object.fromEntries(
      [...new Set(bezocht.filter((s) => s.startsWith('WachtOp')))].map((s) => [
        s,
        bezocht.filter((x) => x === s).length,
      ]),
    ),
    menselijkeStappen: menselijkeStappen ?? [],
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
    documenten: { ...inst.documenten },
    pseudoniemen: inst.pseudoniemen,
    deadLetters: runtime.bus.deadLetters.length,
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

/**
 * 13 creditors: the average of a household in schuldhulpverlening in 2022 (NVVK Jaarverslag 2022 / Schuldenwijzer:
 * gemiddeld 13 schuldeisers per huishouden; the same list as test/e2e/schuldenknooppunt.test.ts), € 40.070 in all.
 * All answer within 2 werkdagen and agree (the simulator's default): the cheap path, no reminders.
 */
const SCHULDEISERS = [
  { id: 'belastingdienst', soort: 'preferent', categorie: 'publiek', bedragCent: 520_000 },
  { id: 'gemeente-a', categorie: 'publiek', lokaleOverheid: true, bedragCent: 310_000 },
  { id: 'waterschap', categorie: 'publiek', lokaleOverheid: true, bedragCent: 90_000 },
  { id: 'bank', categorie: 'overig', bedragCent: 250_000 },
  { id: 'nutsbedrijf', categorie: 'nuts', bedragCent: 410_000 },
  { id: 'kredietverstrekker', categorie: 'overig', bedragCent: 600_000 },
  { id: 'ziekenhuis', categorie: 'zorg', bedragCent: 180_000 },
  { id: 'zorgverzekeraar', categorie: 'zorg', bedragCent: 230_000 },
  { id: 'energie', categorie: 'nuts', bedragCent: 370_000 },
  { id: 'woningcorporatie', categorie: 'overig', bedragCent: 280_000 },
  { id: 'telecom', categorie: 'overig', bedragCent: 120_000 },
  { id: 'webwinkel', categorie: 'overig', bedragCent: 87_000 },
  { id: 'incasso', categorie: 'overig', bedragCent: 560_000 },
];

/** The berekening at the end of the stabilisatie: the schulden come from the case (its 13 claims). */
const BEREKENING = {
  peildatum: '2026-03-01',
  huishouden: 'alleenstaande',
  inkomenCent: 210_000,
  jaarrenteBasispunten: 0,
};

/** Simulated seconds per wall second from the vaststelling on: the creditors' werkdagen pass in a second each. */
const SNEL = 5 * 86_400;

/**
 * The normal trajectory, driven by the case itself: after each action the driver waits until the case's workflows
 * are quiet (every execution waits in a `WachtOp*` state or has ended, and the bus is idle), reads
 * `GET /trajecten/{id}`, and performs the action for its `volgende.stap`. A step with no action here (a phase that
 * has not landed, or one the creditors move on their own) is waited for until it changes; the drive ends when the
 * case has no next step, is closed, or stops moving. New phases extend it by one entry in `acties`.
 */
/** Once per gemeente, not per trajectory (before the counters): a beschikking needs it (Awb 6:5). */
async function configureerGemeente(runtime: Runtime): Promise<void> {
  const teamleider = await haalToken(runtime.url, '0363', 'teamleider', 'bench-teamleider');
  const configuratie = JSON.parse(
    readFileSync(new URL('../docs/voorbeeld-gemeente-configuratie.json', import.meta.url), 'utf8'),
  ) as unknown;
  await verzoek(runtime, teamleider, 'PUT', '/gemeente/configuratie', configuratie);
}

async function normaal() {
  const start = new Date('2026-03-02T09:00:00+01:00');
  const runtime = await startRuntime({ klokSnelheid: 1, klokStart: start });
  await configureerGemeente(runtime);
  const inst = instrumenteer(runtime);
  logBytes.n = 0;
  const token = await haalToken(runtime.url);
  const v = (methode: string, pad: string, body?: unknown) => verzoek(runtime, token, methode, pad, body);
  const vandaag = () => runtime.klok.nu().toISOString().slice(0, 10);
  const { id } = (await v('POST', '/aanmeldingen', {
    naam: 'Kosten Normaal',
    telefoon: '0612345678',
    ontvangenOp: '2026-02-23',
  })) as { id: string };
  const rustig = async (ms = 60_000) => {
    let stabiel = 0;
    const ok = await wachtTot(() => {
      const ex = executiesVan(runtime, id);
      const stil = ex.length > 0 && ex.every((e) => e.status !== 'RUNNING' || e.huidigeStaat?.startsWith('WachtOp'));
      stabiel = stil ? stabiel + 1 : 0;
      return stabiel >= 5;
    }, ms);
    await runtime.bus.stil();
    return ok;
  };
  // Plaatje compleet starts with the inventory: the consulent registers the 13 claims.
  await rustig();
  for (const e of SCHULDEISERS) {
    await v('POST', `/trajecten/${id}/schulden`, {
      schuldeiserId: e.id,
      naam: `Schuldeiser ${e.id}`,
      referentie: `REF-${e.id.toUpperCase()}-778`,
      categorie: e.categorie,
      soort: e.soort ?? 'concurrent',
      lokaleOverheid: e.lokaleOverheid ?? false,
      bedragCent: e.bedragCent,
    });
  }
  const acties: Record<string, () => Promise<void>> = {
    'eerste-gesprek': async () => {
      await v('POST', `/trajecten/${id}/eerste-gesprek`, { datum: vandaag() });
    },
    intake: async () => {
      // The workflow computes the triage (schuldregeling) and drafts the beschikking with its PDF.
      await v('POST', `/trajecten/${id}/intake`, {
        instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
        antwoorden: REGELING,
        plan: PLAN,
      });
    },
    vaststelling: async () => {
      await v('GET', `/trajecten/${id}/beschikking`);
      runtime.klok.versnel(SNEL);
      await v('POST', `/trajecten/${id}/beschikking/vaststellen`, {});
    },
    betaalvoorstel: async () => {
      // After the saldo round (the creditors answer on the bus): the berekening, then the krediet Task.
      const klaar = await wachtTotAsync(async () => {
        const s = (await v('GET', `/trajecten/${id}/schulden`)) as { schulden: { status: string }[] };
        return s.schulden.every((x) => x.status !== 'saldo-gevraagd' && x.status !== 'geregistreerd');
      }, 60_000);
      if (!klaar) throw new Error('the saldo round did not end');
      await v('POST', `/trajecten/${id}/berekeningen`, BEREKENING);
    },
    'regeling-betaling': async () => {
      // Every month paid on its first day (from then on a month can be reported), one at a time.
      const maand = await wachtOpMaandbegin();
      await v('POST', `/trajecten/${id}/regeling/betalingen`, { maand, ontvangenOp: vandaag() });
    },
    'regeling-evaluatie': async () => {
      const r = (await v('GET', `/trajecten/${id}`)) as { regeling?: { maand: number } };
      await v('POST', `/trajecten/${id}/evaluaties`, {
        id: `evaluatie-${r.regeling?.maand ?? 0}`,
        instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
        scores: { 'zrm-financien': 3 },
        besluit: 'voortzetten',
      });
    },
  };
  /**
   * The month the regeling waits for, once its first day has come (the start plus `maand - 1` months). One case
   * view, then the local clock is watched: the driver's waiting must not be priced as a counsellor's reads.
   */
  const wachtOpMaandbegin = async (): Promise<number> => {
    const r = ((await v('GET', `/trajecten/${id}`)) as { regeling?: { maand: number; start: string } }).regeling;
    if (!r) throw new Error('the case has no regeling');
    const begin = plusMaanden(r.start, r.maand - 1);
    if (!(await wachtTot(() => vandaag() >= begin, 60_000))) throw new Error('the regeling month did not begin');
    return r.maand;
  };
  const stappen: string[] = [];
  let vorige = '';
  let herhaald = 0;
  // Up to the end of the nazorg: the intake steps, the exchange, 18 months and two evaluations, then six months of
  // nazorg (a Wait state: nobody acts; at SNEL its half year passes in about 40 s).
  for (let ronde = 0; ronde < 120; ronde++) {
    await rustig();
    const view = (await v('GET', `/trajecten/${id}`)) as {
      volgende: { stap: string } | null;
      afgesloten?: unknown;
      regeling?: { maand: number };
    };
    const stap = view.volgende?.stap;
    if (!stap || view.afgesloten) break;
    const actie = acties[stap];
    // The regeling's months are one step each time: progress is the next month
    const voortgang = stap.startsWith('regeling-') ? `${stap}#${view.regeling?.maand}` : stap;
    if (voortgang === vorige) herhaald++;
    else herhaald = 0;
    // No progress: the end of what the workflows do today (the nazorg window is waited out)
    if (herhaald >= (actie ? 1 : stap === 'nazorg' ? 40 : 3)) break;
    vorige = voortgang;
    if (actie) {
      stappen.push(stap);
      await actie();
    } else {
      // A step nobody here acts on (the creditors' answers, a phase not wired yet): give it time, look again.
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
  await rustig();
  await verzoek(runtime, token, 'GET', `/trajecten/${id}`);
  const eind = (await verzoek(runtime, token, 'GET', `/trajecten/${id}`)) as { volgende: { stap: string } | null };
  const uit = {
    ...verbruik(inst, runtime, id, stappen),
    eindStap: eind.volgende?.stap ?? null,
    opslag: await opslagBytes(runtime, id),
  };
  await runtime.stop();
  return uit;
}

async function wachtTotAsync(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const einde = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > einde) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
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
