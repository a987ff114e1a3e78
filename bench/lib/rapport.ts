// Bench: latest.md, the tables for the README, from the result that run.ts writes to latest.json.
import type { Bundel } from './bundels';
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
  geheugen: { basisRssMB: number; piekRssMB: number; piekHeapMB: number; maxRssMB: number; perOpenCaseKB?: number };
  lambdaAanroepen: number;
  dynamoAanroepen: number;
  staatOvergangen: number;
  mislukteExecuties: number;
  deadLetters: number;
  statussen: Record<string, number>;
}

interface KostenSoort {
  verbruik: Verbruik;
  posten: Kostenpost[];
  totaal: { usd: number; eur: number };
  bovengrens: { usd: number; eur: number };
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
    vast?: { cognitoEurPerMau: number; eurPerMaand: number; uitleg: string };
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
  const niveaus = (r.api.niveaus ?? []) as ({ gelijktijdig: number } & Record<string, RouteMeting>)[];
  const view = niveaus.map((n) => n['GET /trajecten/{id}']).filter(Boolean) as RouteMeting[];
  const viewDynamo = Math.max(...view.map((v) => v.dynamoPerAanroep ?? Number.POSITIVE_INFINITY));
  const hoogste = niveaus.at(-1);
  const normaal = r.kosten.normaal;
  const crisis = r.kosten.crisis;
  const klein = r.schaal.klein as unknown as SchaalMeting;
  const groot = r.schaal.groot as unknown as SchaalMeting;
  const overBundel = r.bundels.filter((b) => b.minifiedBytes > r.doelen.bundelBytes).length;
  const overInit = r.bundels.filter((b) => b.initMs.mediaan > r.doelen.initMs).length;
  regels.push('| Figure | Result | Goal | |', '|---|---|---|---|');
  if (grootste) {
    regels.push(
      `| Largest Lambda bundle, minified | ${kb(grootste.minifiedBytes)} kB (${grootste.functie}); ${overBundel} of ${r.bundels.length} over the goal | ≤ 150 kB | ${ok(overBundel === 0)} |`,
    );
  }
  if (traagste) {
    regels.push(
      `| Slowest median init (fresh Node process) | ${traagste.initMs.mediaan.toFixed(0)} ms (${traagste.functie}); ${overInit} of ${r.bundels.length} over the goal | ≤ 100 ms | ${ok(overInit === 0)} |`,
    );
  }
  regels.push(
    `| DynamoDB calls per case view (GetItem + Query in parallel: one round trip, bounded items) | ${getal(viewDynamo, 0)} | ≤ ${r.doelen.dynamoPerCaseView} | ${ok(viewDynamo <= r.doelen.dynamoPerCaseView)} |`,
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
      `| Cost per trajectory (normal / crisis, as far as the workflows go) | ${eur(normaal.totaal.eur)} / ${eur(crisis.totaal.eur)}; upper bound ${eur(normaal.bovengrens.eur)} (Cognito apart) | ≤ €${r.doelen.eurPerTraject} | ${ok(normaal.bovengrens.eur <= r.doelen.eurPerTraject && crisis.bovengrens.eur <= r.doelen.eurPerTraject)} |`,
      `| Cost of ${r.kosten.perJaar.toLocaleString('en')} normal trajectories a year | ${eurGroot(normaal.totaal.eur * r.kosten.perJaar)} (upper bound ${eurGroot(normaal.bovengrens.eur * r.kosten.perJaar)}) | – | |`,
    );
    const w = normaal.verbruik.wachten;
    if (w) {
      const perStap = normaal.verbruik.staatOvergangen / w;
      regels.push(
        `| Step Functions transitions per trajectory (normal) | ${normaal.verbruik.staatOvergangen}, floor ${w} (one per wait): ${perStap.toFixed(1)} per human step | ≤ 2 per human step | ${ok(perStap <= 2)} |`,
      );
    }
    if (r.kosten.vast) {
      regels.push(
        `| Apart: Cognito per monthly active user (staff) / fixed cost per deployment | ${eur(r.kosten.vast.cognitoEurPerMau)} per MAU beyond 10,000 free / ${eurGroot(r.kosten.vast.eurPerMaand)} a month | – | |`,
      );
    }
  }
  if (klein && groot) {
    regels.push(
      `| Scale: ${groot.trajecten} trajectories in parallel | ${groot.wandS.toFixed(1)} s, ${groot.trajectenPerS.toFixed(1)} trajectories/s, peak RSS ${groot.geheugen.piekRssMB.toFixed(0)} MB, ${groot.geheugen.perOpenCaseKB === undefined ? '–' : groot.geheugen.perOpenCaseKB.toFixed(0)} kB heap per open case; ${groot.crisis} crisis deadlines fired and recorded | all done, no failures | ${ok(groot.voltooid === groot.trajecten && groot.mislukteExecuties === 0 && groot.deadLetters === 0)} |`,
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
    'esbuild, minified, ESM, node22, `@aws-sdk/*` external (1 kB = 1000 bytes). Init: `await import()` of the bundle in a fresh `node` process, median of the runs. The last column is a diagnostic: the same entry with the SDK bundled in.',
    '',
    '| Lambda | Minified kB | Gzip kB | Init median ms (min–max) | Largest parts | SDK bundled: kB / init ms |',
    '|---|---:|---:|---:|---|---:|',
  );
  for (const b of r.bundels) {
    const delen = b.grootsteDelen
      .slice(0, 3)
      .map((d) => `${d.deel} ${kb(d.bytes)}`)
      .join(', ');
    const sdk = b.metSdk ? `${kb(b.metSdk.minifiedBytes)} / ${b.metSdk.initMediaanMs.toFixed(0)}` : '–';
    regels.push(
      `| ${b.naam} | ${kb(b.minifiedBytes)} | ${kb(b.gzipBytes)} | ${b.initMs.mediaan.toFixed(0)} (${b.initMs.min.toFixed(0)}–${b.initMs.max.toFixed(0)}) | ${delen} | ${sdk} |`,
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
      `Normal: aanmelding → workflow waits → case viewed → eerste gesprek → intake → triage → beschikking drafted as JSON and PDF → beschikking fetched → vaststelling → VISH and schuldenpauze messages → plaatje-compleet: berekening → betaalvoorstel by the krediet Task → case viewed (${v.staatOvergangen} state transitions; ${lambdaTekst(v)}). Crisis: aanmelding in a bedreigende situatie, nobody acts, the 3-werkdagen deadline passes on a fast clock, the breach is recorded and published, the workflow waits again; viewed once (${c.staatOvergangen} state transitions; ${lambdaTekst(c)}). Prices and sources: bench/prijzen.ts.`,
      '',
      `| Item | Normal: quantity | Normal | Crisis: quantity | Crisis | ${r.kosten.perJaar.toLocaleString('en')} normal a year |`,
      '|---|---:|---:|---:|---:|---:|',
    );
    normaal.posten.forEach((p, i) => {
      const q = crisis.posten[i];
      regels.push(
        `| ${p.post} | ${getal(p.hoeveelheid, p.eenheid === 'GB-s' ? 3 : p.eenheid === 'GB-months' ? 6 : 1)} ${p.eenheid} | ${eur(p.eur)} | ${q ? `${getal(q.hoeveelheid, q.eenheid === 'GB-s' ? 3 : q.eenheid === 'GB-months' ? 6 : 1)} ${q.eenheid}` : ''} | ${q ? eur(q.eur) : ''} | ${eurGroot(p.eur * r.kosten.perJaar)} |`,
      );
    });
    regels.push(
      `| **Total** | | **${eur(normaal.totaal.eur)}** | | **${eur(crisis.totaal.eur)}** | **${eurGroot(normaal.totaal.eur * r.kosten.perJaar)}** |`,
      `| Upper bound: every invocation a cold start billing its init, +10 ms per DynamoDB call | | ${eur(normaal.bovengrens.eur)} | | ${eur(crisis.bovengrens.eur)} | ${eurGroot(normaal.bovengrens.eur * r.kosten.perJaar)} |`,
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
      'Each run in a fresh process; one simulated hour per wall second; every 10th trajectory is a crisis case whose deadline passes. Done = the workflow waits for the intake (normal) or waits again after the recorded breach (crisis). RSS and heap of the runtime process (the load client runs in its own process).',
      '',
      '| Trajectories | Done | Wall s | Trajectories/s | Done after, p50 / p95 s | RSS at start MB | Peak RSS MB | Peak heap MB | Lambda invocations | DynamoDB calls | State transitions | Failed executions | Dead letters |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const s of [klein, groot]) {
      regels.push(
        `| ${s.trajecten} (${s.crisis} crisis) | ${s.voltooid} | ${s.wandS.toFixed(1)} | ${s.trajectenPerS.toFixed(1)} | ${s.klaarNaS.p50.toFixed(1)} / ${s.klaarNaS.p95.toFixed(1)} | ${s.geheugen.basisRssMB.toFixed(0)} | ${s.geheugen.piekRssMB.toFixed(0)} | ${s.geheugen.piekHeapMB.toFixed(0)} | ${s.lambdaAanroepen} | ${s.dynamoAanroepen} | ${s.staatOvergangen} | ${s.mislukteExecuties} | ${s.deadLetters} |`,
      );
    }
    regels.push('');
  }
  return `${regels.join('\n')}\n`;
}
