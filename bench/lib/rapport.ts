// Bench: latest.md, the tables for the README, from the result that run.ts writes to latest.json.
import type { Bundel, BundelMeting } from './bundels';
import type { Kostenpost, Verbruik } from './kosten';

interface RouteMeting {
  verzoeken: number;
  fouten: number;
  latentieMs: { p50: number; p95: number; p99: number };
  doorvoerPerS: number;
  dynamoPerAanroep: number | null;
  operatiesPerAanroep: Record<string, number>;
  rcuPerAanroep: number | null;
  wcuPerAanroep: number | null;
  wcuGsiPerAanroep: number | null;
}

interface SchaalMeting {
  trajecten: number;
  crisis: number;
  voltooid: number;
  wandS: number;
  trajectenPerS: number;
  klaarNaS: { p50: number; p95: number };
  geheugen: {
    basisRssMB: number;
    piekRssMB: number;
    piekHeapMB: number;
    maxRssMB: number;
    perOpenCaseKB?: number;
    rssPerOpenCaseKB?: number;
    vastPerOpenCaseKB?: number | null;
    executiesPerOpenCaseKB?: number | null;
    restPerOpenCaseKB?: number | null;
  };
  onbeheerd?: number;
  deadlines?: { overschreden: number; herinneringen: number; trajectenMetBreuk: number };
  lambdaAanroepen: number;
  dynamoAanroepen: number;
  staatOvergangen: number;
  mislukteExecuties: number;
  /** Failed executions by workflow, failed Task and error; absent in old runs. */
  mislukkingPerOorzaak?: Record<string, number>;
  /** The errors the handlers logged (an HTTP 500, a stopped workflow), by name; absent in old runs. */
  foutLog?: Record<string, number>;
  deadLetters: number;
  statussen: Record<string, number>;
}

interface KostenSoort {
  verbruik: Verbruik;
  posten: Kostenpost[];
  totaal: { usd: number; eur: number };
  bovengrens: { usd: number; eur: number };
  /** The same use on a table of the Standard class (the comparison behind the deployed class); absent in old runs. */
  standaardKlasse?: { usd: number; eur: number };
}

export interface Resultaat {
  gemeten: string;
  commit: { kort: string; lokaleWijzigingen: boolean };
  machine: {
    cpu: string;
    cores: number;
    geheugenGiB: number;
    node: string;
    os: string;
    belastingBijStart: number[];
    belastingBijEinde: number[];
  };
  instellingen: Record<string, string | number>;
  doelen: { bundelBytes: number; initMs: number; dynamoPerCaseView: number; eurPerTraject: number };
  bundels: Bundel[];
  init?: Omit<BundelMeting, 'bundels' | 'nodeOpties' | 'nodeBron'> & { bron: string; opties: string };
  api: Record<string, unknown>;
  kosten: {
    regio: string;
    prijzenDatum: string;
    wisselkoers: { eurPerUsd: number; datum: string };
    perJaar: number;
    nietGemodelleerd: string[];
    normaal?: KostenSoort;
    crisis?: KostenSoort;
    /** Cost lines apart from a trajectory: Cognito per staff MAU, the fixed monthly cost of a deployment. */
    vast?: { cognitoLiteEurPerMau: number; cognitoPlusEurPerMau: number; eurPerMaand: number; uitleg: string };
  } & Record<string, unknown>;
  schaal: { klein: Record<string, unknown>; groot: Record<string, unknown> };
  controles?: {
    langeWachtBijKlokSnelheid1?: {
      statenInEersteSeconde: number;
      lambdaAanroepen: number;
      dynamoAanroepen: number;
      wachtWacht: boolean;
    };
  };
  duurS: number;
}

const ROUTES = ['GET /trajecten/{id}', 'POST /aanmeldingen', 'POST /trajecten/{id}/eerste-gesprek'] as const;

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const ok = (goed: boolean) => (goed ? '✅' : '❌');
const eur = (e: number) => (e >= 0.01 ? `€${e.toFixed(4)}` : `€${e.toFixed(6)}`);
const eurGroot = (e: number) => `€${e.toFixed(2)}`;
const DECIMALEN: Record<string, number> = { 'GB-s': 3, 'GB-months': 6, GB: 6 };
const hoeveelheid = (p: Kostenpost) => `${getal(p.hoeveelheid, DECIMALEN[p.eenheid] ?? 1)} ${p.eenheid}`;
const getal = (n: number | null | undefined, d = 1) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(d);

export function rapport(r: Resultaat): string {
  const regels: string[] = [];
  const m = r.machine;
  regels.push(
    '# schuldhulp-flow benchmark',
    '',
    `Commit \`${r.commit.kort}\`${r.commit.lokaleWijzigingen ? ' (with uncommitted changes)' : ''}, measured ${r.gemeten.slice(0, 16).replace('T', ' ')} UTC in ${r.duurS.toFixed(0)} s on ${m.cores} × ${m.cpu}, ${m.geheugenGiB} GiB, Node ${m.node}, ${m.os}; load average ${m.belastingBijStart[0]} at the start, ${m.belastingBijEinde[0]} at the end. Sizes: ${Object.entries(
      r.instellingen,
    )
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}. How each figure is measured: bench/README.md.`,
    '',
  );

  // Summary
  const grootste = [...r.bundels].sort((a, b) => b.minifiedBytes - a.minifiedBytes)[0];
  const traagste = [...r.bundels].sort((a, b) => b.initMs.mediaan - a.initMs.mediaan)[0];
  const traagsteSdk = [...r.bundels].sort((a, b) => b.initMetSdkMs.mediaan - a.initMetSdkMs.mediaan)[0];
  const hoogsteVerhouding = [...r.bundels].sort((a, b) => b.verhouding - a.verhouding)[0];
  const niveaus = (r.api.niveaus ?? []) as ({ gelijktijdig: number } & Record<string, RouteMeting>)[];
  const view = niveaus.map((n) => n['GET /trajecten/{id}']).filter(Boolean) as RouteMeting[];
  // Reads (GetItem + Query, one round trip) against the goal; the audit record of the read (issue #15: two PutItem
  // in parallel, one per query pattern of GET /audit/inzage) is reported beside it.
  const leest = (v: RouteMeting) =>
    (v.operatiesPerAanroep.GetItem ?? 0) +
    (v.operatiesPerAanroep.Query ?? 0) +
    (v.operatiesPerAanroep.BatchGetItem ?? 0);
  const viewDynamo = Math.max(...view.map((v) => (v.dynamoPerAanroep === null ? Number.POSITIVE_INFINITY : leest(v))));
  const viewSchrijft = Math.max(...view.map((v) => (v.dynamoPerAanroep ?? 0) - leest(v)));
  const hoogste = niveaus.at(-1);
  const normaal = r.kosten.normaal;
  const crisis = r.kosten.crisis;
  const klein = r.schaal.klein as unknown as SchaalMeting;
  const groot = r.schaal.groot as unknown as SchaalMeting;
  const overBundel = r.bundels.filter((b) => b.minifiedBytes > r.doelen.bundelBytes).length;
  const overInit = r.bundels.filter((b) => b.initMs.mediaan > r.doelen.initMs).length;
  const overInitSdk = r.bundels.filter((b) => b.initMetSdkMs.mediaan > r.doelen.initMs).length;
  const kaart = r.bundels.reduce((n, b) => Math.max(n, b.mapBytes), 0);
  const node = r.init ? `Node ${r.init.node}, ${r.init.opties}` : 'Node';
  regels.push('| Figure | Result | Goal | |', '|---|---|---|---|');
  if (grootste) {
    regels.push(
      `| Largest Lambda bundle, minified JS (source map beside it, largest map ${kb(kaart)} kB) | ${kb(grootste.minifiedBytes)} kB (${grootste.functie}); ${overBundel} of ${r.bundels.length} over the goal | ≤ 150 kB | ${ok(overBundel === 0)} |`,
    );
  }
  if (traagste) {
    regels.push(
      `| Slowest median module init (${node}) | ${traagste.initMs.mediaan.toFixed(0)} ms (${traagste.functie}); ${overInit} of ${r.bundels.length} over the goal | ≤ 100 ms | ${ok(overInit === 0)} |`,
    );
  }
  if (traagsteSdk && hoogsteVerhouding && r.init) {
    regels.push(
      `| Slowest median init including the first AWS call (${node}) | ${traagsteSdk.initMetSdkMs.mediaan.toFixed(0)} ms (${traagsteSdk.functie}: ${traagsteSdk.sdkClients.join(', ') || 'no client'}); empty handler with its first DynamoDB call ${r.init.basis.initMetSdkMs.mediaan.toFixed(0)} ms, highest ratio × ${hoogsteVerhouding.verhouding.toFixed(2)} (${hoogsteVerhouding.functie}); ${overInitSdk} of ${r.bundels.length} over 100 ms | ≤ 100 ms | ${ok(overInitSdk === 0)} |`,
    );
  }
  regels.push(
    `| DynamoDB reads per case view (GetItem + Query in parallel: one round trip, bounded items), and beside them the audit record of the read | ${getal(viewDynamo, 0)} reads; ${getal(viewSchrijft, 0)} audit writes (one round trip) | ≤ ${r.doelen.dynamoPerCaseView} reads | ${ok(viewDynamo <= r.doelen.dynamoPerCaseView)} |`,
  );
  if (hoogste) {
    const g = hoogste['GET /trajecten/{id}'];
    if (g) {
      regels.push(
        `| GET /trajecten/{id} at ${hoogste.gelijktijdig} clients | p95 ${getal(g.latentieMs.p95)} ms, ${getal(g.doorvoerPerS, 0)} req/s | – | |`,
      );
    }
  }
  if (normaal && crisis) {
    regels.push(
      `| Cost per trajectory with every component (normal, 13 creditors, to ${normaal.verbruik.eindStap ?? 'the end of the workflows'} / crisis) | ${eur(normaal.totaal.eur)} / ${eur(crisis.totaal.eur)}; upper bound ${eur(normaal.bovengrens.eur)} (Cognito apart) | ≤ €${r.doelen.eurPerTraject} | ${ok(normaal.bovengrens.eur <= r.doelen.eurPerTraject && crisis.bovengrens.eur <= r.doelen.eurPerTraject)} |`,
      `| Cost of ${r.kosten.perJaar.toLocaleString('en')} normal trajectories a year | ${eurGroot(normaal.totaal.eur * r.kosten.perJaar)} (upper bound ${eurGroot(normaal.bovengrens.eur * r.kosten.perJaar)}) | – | |`,
    );
    const w = normaal.verbruik.wachten;
    if (w) {
      const perStap = normaal.verbruik.staatOvergangen / w;
      regels.push(
        `| Step Functions transitions per trajectory (normal) | ${normaal.verbruik.staatOvergangen}, floor ${w} (one per wait: human steps and creditor messages): ${perStap.toFixed(1)} per step | ≤ 2 per step | ${ok(perStap <= 2)} |`,
      );
    }
    if (r.kosten.vast) {
      regels.push(
        `| Apart: Cognito per monthly active staff user / fixed cost per deployment | Lite (federated to the gemeente's IdP: what the stack needs) ${eur(r.kosten.vast.cognitoLiteEurPerMau)} per MAU after 50 free; Plus (only for password users at Cognito) ${eur(r.kosten.vast.cognitoPlusEurPerMau)} / ${eurGroot(r.kosten.vast.eurPerMaand)} a month | – | |`,
      );
    }
  }
  if (klein && groot) {
    regels.push(
      `| Scale: ${groot.trajecten} trajectories in parallel, deadlines firing | ${groot.wandS.toFixed(1)} s, ${groot.trajectenPerS.toFixed(1)} trajectories/s, ${groot.mislukteExecuties} failed, peak RSS ${groot.geheugen.piekRssMB.toFixed(0)} MB; per open case ${getal(groot.geheugen.rssPerOpenCaseKB, 0)} kB RSS, ${getal(groot.geheugen.vastPerOpenCaseKB, 0)} kB heap retained (${getal(groot.geheugen.executiesPerOpenCaseKB, 0)} kB local executions, ${getal(groot.geheugen.restPerOpenCaseKB, 0)} kB table and registries); ${groot.deadlines?.overschreden ?? groot.crisis} breaches and ${groot.deadlines?.herinneringen ?? 0} reminders fired | all done, no failures | ${ok(groot.voltooid === groot.trajecten && groot.mislukteExecuties === 0 && groot.deadLetters === 0)} |`,
      `| Scale ratio ${groot.trajecten} : ${klein.trajecten} | wall time × ${(groot.wandS / klein.wandS).toFixed(2)}, throughput × ${(groot.trajectenPerS / klein.trajectenPerS).toFixed(2)} (linear: × ${(groot.trajecten / klein.trajecten).toFixed(2)}, × 1.00) | – | |`,
    );
  }
  regels.push('');

  const wacht = r.controles?.langeWachtBijKlokSnelheid1;
  if (wacht) {
    regels.push(
      wacht.wachtWacht
        ? `Check: a fresh aanmelding at klokSnelheid 1 waits quietly for its 4-week deadline (${wacht.statenInEersteSeconde} states entered in the first second). ✅`
        : `Check: a fresh aanmelding at klokSnelheid 1 does not wait: its 4-week Task timeout exceeds Node's 24.8-day timer limit and fires after 1 ms, so the workflow loops (${wacht.statenInEersteSeconde} states, ${wacht.lambdaAanroepen} Lambda invocations and ${wacht.dynamoAanroepen} DynamoDB calls in its first second). ❌ The latency and cost runs avoid it with an aanmelding received a week earlier; see bench/README.md.`,
      '',
    );
  }

  // 1. Bundles
  regels.push(
    '## Lambda bundles and init',
    '',
    `Bundled with the construct's esbuild options (infra/constructs/bundel-opties.ts: minified ESM, node22, no AWS SDK in any function, source map beside the bundle without sources; 1 kB = 1000 bytes; the size is the JS only, the map is listed apart). Init as Lambda runs it: a fresh ${r.init ? `Node ${r.init.node} (${r.init.bron}) with ${r.init.opties}` : 'Node'} process imports the bundle (module), then makes the first call to each AWS service the function is granted (infra/functie-catalogus.ts) through the project's own client (functions/adapters/aws-verzoek.ts): built, signed and sent over HTTPS to a closed local port (first AWS call); median of ${r.init?.runs ?? '–'} runs. Baseline in the same run: an empty handler, ${r.init ? `${r.init.basis.initMs.mediaan.toFixed(0)} ms module, ${r.init.basis.initMetSdkMs.mediaan.toFixed(0)} ms with its first DynamoDB call` : '–'}; ratio = init with first calls / the baseline's.`,
    '',
    '| Lambda | Minified kB | Gzip kB | Map kB | Module init ms (min–max) | AWS services of the first calls | Init + first AWS call ms (min–max) | × baseline | Largest parts |',
    '|---|---:|---:|---:|---:|---|---:|---:|---|',
  );
  for (const b of r.bundels) {
    const delen = b.grootsteDelen
      .slice(0, 3)
      .map((d) => `${d.deel} ${kb(d.bytes)}`)
      .join(', ');
    regels.push(
      `| ${b.naam} | ${kb(b.minifiedBytes)} | ${kb(b.gzipBytes)} | ${kb(b.mapBytes)} | ${b.initMs.mediaan.toFixed(0)} (${b.initMs.min.toFixed(0)}–${b.initMs.max.toFixed(0)}) | ${b.sdkClients.join(', ') || '–'} | ${b.initMetSdkMs.mediaan.toFixed(0)} (${b.initMetSdkMs.min.toFixed(0)}–${b.initMetSdkMs.max.toFixed(0)}) | ${b.verhouding.toFixed(2)} | ${delen} |`,
    );
  }
  regels.push('');

  // 2. API
  regels.push(
    '## API latency on the local runtime',
    '',
    `klokSnelheid 1, ${String(r.api.verzoekenPerNiveau)} requests per route and level, HTTP/1.1 keep-alive on 127.0.0.1 from a separate client process. DynamoDB columns: per call of the route's Lambda only (the workflow's own calls are not in them). RCU/WCU as DynamoDB bills them: base table from dynalite's ConsumedCapacity, GSI writes computed from item sizes (dynalite leaves them out); details in bench/README.md.`,
    '',
    '| Route | Clients | p50 ms | p95 ms | p99 ms | req/s | Errors | DynamoDB calls | RCU | WCU (GSI) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const route of ROUTES) {
    for (const n of niveaus) {
      const x = n[route];
      if (!x) continue;
      const ops = Object.entries(x.operatiesPerAanroep)
        .map(([op, k]) => `${k} ${op}`)
        .join(', ');
      regels.push(
        `| ${route} | ${n.gelijktijdig} | ${getal(x.latentieMs.p50)} | ${getal(x.latentieMs.p95)} | ${getal(x.latentieMs.p99)} | ${getal(x.doorvoerPerS, 0)} | ${x.fouten} | ${getal(x.dynamoPerAanroep, 0)} (${ops}) | ${getal(x.rcuPerAanroep)} | ${getal(x.wcuPerAanroep)} (${getal(x.wcuGsiPerAanroep)}) |`,
      );
    }
  }
  regels.push('');

  // 3. Cost
  if (normaal && crisis) {
    const v = normaal.verbruik;
    const c = crisis.verbruik;
    const lambdaTekst = (x: Verbruik) =>
      Object.entries(x.lambda)
        .map(([f, l]) => `${f} ×${l.aanroepen}`)
        .join(', ');
    regels.push(
      `## Cost per trajectory (${r.kosten.regio} list prices of ${r.kosten.prijzenDatum}, 1 USD = €${r.kosten.wisselkoers.eurPerUsd.toFixed(4)} (${r.kosten.wisselkoers.datum}))`,
      '',
      `Normal: driven by the case's own next step (\`GET /trajecten/{id}\` \`volgende.stap\`) until it has none: aanmelding, the 13 claims registered (the 2022 average number of creditors per household), then ${(v.menselijkeStappen ?? []).join(' → ')}; the creditors answer on the bus (the Schuldenknooppunt simulator: saldo within 2 werkdagen, then akkoord); ended at ${v.eindStap ?? 'no next step'} (${v.staatOvergangen} state transitions, ${v.wachten ?? '–'} waits; ${lambdaTekst(v)}). Crisis: aanmelding in a bedreigende situatie, nobody acts, the 3-werkdagen deadline passes on a fast clock, the breach is recorded and published, the workflow waits again; viewed once (${c.staatOvergangen} state transitions; ${lambdaTekst(c)}). Prices and sources: bench/prijzen.ts.`,
      '',
      `| Item | Normal: quantity | Normal | Crisis: quantity | Crisis | ${r.kosten.perJaar.toLocaleString('en')} normal a year |`,
      '|---|---:|---:|---:|---:|---:|',
    );
    normaal.posten.forEach((p, i) => {
      const q = crisis.posten[i];
      regels.push(
        `| ${p.post} | ${hoeveelheid(p)} | ${eur(p.eur)} | ${q ? hoeveelheid(q) : ''} | ${q ? eur(q.eur) : ''} | ${eurGroot(p.eur * r.kosten.perJaar)} |`,
      );
    });
    regels.push(
      `| **Total** | | **${eur(normaal.totaal.eur)}** | | **${eur(crisis.totaal.eur)}** | **${eurGroot(normaal.totaal.eur * r.kosten.perJaar)}** |`,
      `| Upper bound: every invocation a cold start billing its init, +10 ms per DynamoDB call | | ${eur(normaal.bovengrens.eur)} | | ${eur(crisis.bovengrens.eur)} | ${eurGroot(normaal.bovengrens.eur * r.kosten.perJaar)} |`,
      ...(normaal.standaardKlasse && crisis.standaardKlasse
        ? [
            `| Comparison: the same on a table of the Standard class (the stack deploys Standard-IA: functions/adapters/tabel-ontwerp.ts) | | ${eur(normaal.standaardKlasse.eur)} | | ${eur(crisis.standaardKlasse.eur)} | ${eurGroot(normaal.standaardKlasse.eur * r.kosten.perJaar)} |`,
          ]
        : []),
      '',
      'Central figure: each function the trajectory uses starts cold once and bills its init (Node 22, module + first AWS call, measured above on this machine, not on arm64 Lambda). Storage and PITR over the years in the item name (BENCH_BEWAAR_JAREN; the gemeente configures the real retention). Log bytes: what the handlers wrote at the deployed level (INFO), byte for byte, plus 350 bytes of platform lines per invocation.',
      '',
      `Not modelled: ${r.kosten.nietGemodelleerd.join('; ')}.`,
      '',
    );
  }

  // 4. Scale
  if (klein && groot) {
    regels.push(
      '## Scale: trajectories in parallel on a fast clock',
      '',
      'Each run in a fresh process; one simulated hour per wall second. Every 10th trajectory is a crisis case and every 10th + 5 a normal case received four weeks earlier; nobody picks those up, so their deadlines fire during the run (about 1 s and 73 s in) and the weekly reminders after that. Done = the workflow waits for the intake (normal) or waits again after its recorded breach (unattended). RSS and heap of the runtime process (the load client runs in its own process). Per open case: RSS at the end minus at the start over N; heap retained after a full GC over N, split by dropping the executions.',
      '',
      '| Trajectories | Done | Wall s | Trajectories/s | Done after, p50 / p95 s | Breaches / reminders fired | RSS start / peak MB | kB RSS per open case | kB retained per open case (executions + rest) | Lambda invocations | DynamoDB calls | State transitions | Failed executions | Dead letters |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const s of [klein, groot]) {
      regels.push(
        `| ${s.trajecten} (${s.crisis} crisis, ${s.onbeheerd ?? 0} unattended) | ${s.voltooid} | ${s.wandS.toFixed(1)} | ${s.trajectenPerS.toFixed(1)} | ${s.klaarNaS.p50.toFixed(1)} / ${s.klaarNaS.p95.toFixed(1)} | ${s.deadlines?.overschreden ?? '–'} / ${s.deadlines?.herinneringen ?? '–'} | ${s.geheugen.basisRssMB.toFixed(0)} / ${s.geheugen.piekRssMB.toFixed(0)} | ${getal(s.geheugen.rssPerOpenCaseKB, 0)} | ${getal(s.geheugen.vastPerOpenCaseKB, 0)} (${getal(s.geheugen.executiesPerOpenCaseKB, 0)} + ${getal(s.geheugen.restPerOpenCaseKB, 0)}) | ${s.lambdaAanroepen} | ${s.dynamoAanroepen} | ${s.staatOvergangen} | ${s.mislukteExecuties} | ${s.deadLetters} |`,
      );
    }
    for (const s of [klein, groot]) {
      const oorzaken = Object.entries({ ...(s.mislukkingPerOorzaak ?? {}), ...(s.foutLog ?? {}) });
      if (oorzaken.length > 0)
        regels.push(
          '',
          `Failures and logged errors at ${s.trajecten}: ${oorzaken.map(([k, n]) => `${k} × ${n}`).join('; ')}.`,
        );
    }
    regels.push('');
  }
  return `${regels.join('\n')}\n`;
}
