// Bench: the cost model. Turns what one trajectory used (meet-kosten.ts) into euros with bench/prijzen.ts.
import { functieCatalogus } from '../../infra/functie-catalogus';
import { LAMBDA_GEHEUGEN_MB, PLATFORM_LOG_BYTES_PER_AANROEP, prijzen, wisselkoers } from '../prijzen';

export interface Verbruik {
  staatOvergangen: number;
  lambda: Record<string, { aanroepen: number; duurMs: number[]; dynamoAanroepen: number }>;
  dynamo: { aanroepen: number; rcu: number; wcu: number; wcuGsi: number };
  events: { totaal: number };
  apiVerzoeken: number;
  opslag: { items: number; bytes: number };
  /** Bytes the handlers logged at the deployed level (measured); Lambda's platform lines are added per invocation. */
  logBytes?: number;
  /** Transitions of the waits alone: the floor (one per human step or creditor message). */
  wachten?: number;
}

export interface Kostenpost {
  post: string;
  hoeveelheid: number;
  eenheid: string;
  usd: number;
  eur: number;
}

/** Extra wall time per DynamoDB round trip in AWS compared with dynalite on loopback (assumption, upper bound). */
export const EXTRA_MS_PER_DYNAMO_AANROEP = 10;

export function eurPerUsd(): number {
  const override = Number(process.env.BENCH_EUR_PER_USD);
  return Number.isFinite(override) && override > 0 ? override : wisselkoers.eurPerUsd;
}

/**
 * `initMs`: median init time per function name; used only for the upper bound, in which every invocation is a cold
 * start that bills its init phase and every DynamoDB round trip takes EXTRA_MS_PER_DYNAMO_AANROEP longer.
 */
export function kostenVan(v: Verbruik, initMs: Record<string, number>, bovengrens = false): Kostenpost[] {
  const koers = eurPerUsd();
  let aanroepen = 0;
  let gbSeconden = 0;
  for (const [functie, l] of Object.entries(v.lambda)) {
    aanroepen += l.aanroepen;
    const extra = bovengrens
      ? (initMs[functie] ?? 0) * l.aanroepen + EXTRA_MS_PER_DYNAMO_AANROEP * l.dynamoAanroepen
      : 0;
    const ms = l.duurMs.reduce((a, d) => a + Math.max(1, Math.ceil(d)), 0) + Math.ceil(extra);
    // Memory as deployed (infra/functie-catalogus.ts): the PDF renderer has 1024 MB, the rest the construct's default.
    const mb = functieCatalogus.find((f) => f.naam === functie)?.geheugenMb ?? LAMBDA_GEHEUGEN_MB;
    gbSeconden += (ms / 1000) * (mb / 1024);
  }
  const post = (naam: string, hoeveelheid: number, eenheid: string, prijsUsd: number): Kostenpost => ({
    post: naam,
    hoeveelheid,
    eenheid,
    usd: hoeveelheid * prijsUsd,
    eur: hoeveelheid * prijsUsd * koers,
  });
  return [
    post('API Gateway HTTP API', v.apiVerzoeken, 'requests', prijzen.httpApiVerzoek.usd),
    post('Lambda requests', aanroepen, 'invocations', prijzen.lambdaVerzoek.usd),
    post('Lambda duration (arm64, memory as deployed)', gbSeconden, 'GB-s', prijzen.lambdaArmGbSeconde.usd),
    post('Step Functions Standard', v.staatOvergangen, 'state transitions', prijzen.stepFunctionsOvergang.usd),
    post('DynamoDB reads', v.dynamo.rcu, 'RRU', prijzen.dynamoLeesEenheid.usd),
    post('DynamoDB writes (incl. GSI)', v.dynamo.wcu, 'WRU', prijzen.dynamoSchrijfEenheid.usd),
    post('DynamoDB storage, 1 year', (v.opslag.bytes / 1e9) * 12, 'GB-months', prijzen.dynamoOpslagGbMaand.usd),
    post('EventBridge custom events', v.events.totaal, 'events', prijzen.eventBridgeEvent.usd),
    post('DynamoDB PITR, 1 year', (v.opslag.bytes / 1e9) * 12, 'GB-months', prijzen.dynamoPitrGbMaand.usd),
    post(
      'CloudWatch Logs ingestion (measured handler logs + platform lines)',
      ((v.logBytes ?? 0) + aanroepen * PLATFORM_LOG_BYTES_PER_AANROEP) / 1e9,
      'GB',
      prijzen.cloudWatchLogsGb.usd,
    ),
    // Every API request is one trace; every workflow Task or event consumer invocation outside one starts another.
    post('X-Ray traces (all recorded: upper bound)', aanroepen, 'traces', prijzen.xrayTrace.usd),
    post(
      'KMS requests (GenerateMac per aanmelding, SSE-KMS per document request)',
      kmsVerzoeken(v),
      'requests',
      prijzen.kmsVerzoek.usd,
    ),
    post(
      'S3 requests (the beschikking PDF: stored once, read per fetch)',
      documentVerzoeken(v),
      'requests',
      prijzen.s3Put.usd,
    ),
  ];
}

export function totaal(posten: Kostenpost[]): { usd: number; eur: number } {
  return posten.reduce((a, p) => ({ usd: a.usd + p.usd, eur: a.eur + p.eur }), { usd: 0, eur: 0 });
}

/** One GenerateMac per aanmelding or referral, one data-key call per document PUT or GET (no S3 bucket key assumed). */
function kmsVerzoeken(v: Verbruik): number {
  const n = (f: string) => v.lambda[f]?.aanroepen ?? 0;
  return n('registreer-aanmelding') + n('verwijs-door') + documentVerzoeken(v);
}

/** The PDF is written by stel-beschikking-op and read by haal-beschikking (priced at the PUT price: upper bound). */
function documentVerzoeken(v: Verbruik): number {
  return (v.lambda['stel-beschikking-op']?.aanroepen ?? 0) + (v.lambda['haal-beschikking']?.aanroepen ?? 0);
}
