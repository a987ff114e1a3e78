// Bench: the cost model. Turns what one trajectory used (meet-kosten.ts) into euros with bench/prijzen.ts.
import { TABEL, type TabelKlasse } from '../../functions/adapters/tabel-ontwerp';
import { functieCatalogus } from '../../infra/functie-catalogus';
import {
  BEWAAR_JAREN,
  LAMBDA_GEHEUGEN_MB,
  PLATFORM_LOG_BYTES_PER_AANROEP,
  prijzen,
  SQS_VERZOEKEN_PER_DEAD_LETTER,
  wisselkoers,
} from '../prijzen';

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
  /** The steps the driver acted on, in order (from `GET /trajecten/{id}` `volgende.stap`). */
  menselijkeStappen?: string[];
  /** The case's next step when the drive ended (null: none, the workflows went as far as they go). */
  eindStap?: string | null;
  documenten?: { puts: number; gets: number; bytes: number };
  pseudoniemen?: number;
  deadLetters?: number;
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

const geheugenVan = (functie: string) =>
  functieCatalogus.find((f) => f.naam === functie)?.geheugenMb ?? LAMBDA_GEHEUGEN_MB;

/**
 * `initMs`: median init per function name (Node 22, module plus its first SDK requests). Lambda bills INIT since
 * 1 August 2025. Central figure: each function the trajectory uses starts cold once (at national load the rarely
 * used functions go cold between two uses; the busy ones stay warm). Upper bound: every invocation a cold start,
 * and every DynamoDB round trip EXTRA_MS_PER_DYNAMO_AANROEP longer.
 */
export function kostenVan(
  v: Verbruik,
  initMs: Record<string, number>,
  bovengrens = false,
  klasse?: TabelKlasse,
): Kostenpost[] {
  const koers = eurPerUsd();
  let aanroepen = 0;
  let gbSeconden = 0;
  let initGbSeconden = 0;
  let koudeStarts = 0;
  for (const [functie, l] of Object.entries(v.lambda)) {
    aanroepen += l.aanroepen;
    const extra = bovengrens ? EXTRA_MS_PER_DYNAMO_AANROEP * l.dynamoAanroepen : 0;
    const ms = l.duurMs.reduce((a, d) => a + Math.max(1, Math.ceil(d)), 0) + Math.ceil(extra);
    // Memory as deployed (infra/functie-catalogus.ts): the PDF renderer has its own, the rest the construct's default.
    const gb = geheugenVan(functie) / 1024;
    gbSeconden += (ms / 1000) * gb;
    const koud = l.aanroepen === 0 ? 0 : bovengrens ? l.aanroepen : 1;
    koudeStarts += koud;
    initGbSeconden += ((koud * Math.ceil(initMs[functie] ?? 0)) / 1000) * gb;
  }
  const post = (naam: string, hoeveelheid: number, eenheid: string, prijsUsd: number): Kostenpost => ({
    post: naam,
    hoeveelheid,
    eenheid,
    usd: hoeveelheid * prijsUsd,
    eur: hoeveelheid * prijsUsd * koers,
  });
  const opslagGbMaanden = (v.opslag.bytes / 1e9) * 12 * BEWAAR_JAREN;
  // The table class infra deploys (functions/adapters/tabel-ontwerp.ts), or the one asked for in a comparison.
  const ia = (klasse ?? TABEL.klasse) === 'STANDARD_INFREQUENT_ACCESS';
  const tabel = ia
    ? {
        naam: 'Standard-IA',
        lees: prijzen.dynamoIaLeesEenheid,
        schrijf: prijzen.dynamoIaSchrijfEenheid,
        opslag: prijzen.dynamoIaOpslagGbMaand,
      }
    : {
        naam: 'Standard',
        lees: prijzen.dynamoLeesEenheid,
        schrijf: prijzen.dynamoSchrijfEenheid,
        opslag: prijzen.dynamoOpslagGbMaand,
      };
  const docs = v.documenten ?? { puts: 0, gets: 0, bytes: 0 };
  return [
    post('API Gateway HTTP API', v.apiVerzoeken, 'requests', prijzen.httpApiVerzoek.usd),
    post('Lambda requests', aanroepen, 'invocations', prijzen.lambdaVerzoek.usd),
    post('Lambda duration (arm64, memory as deployed)', gbSeconden, 'GB-s', prijzen.lambdaArmGbSeconde.usd),
    post(
      `Lambda INIT, billed since 1 Aug 2025 (${koudeStarts} cold starts × Node 22 init incl. first SDK call)`,
      initGbSeconden,
      'GB-s',
      prijzen.lambdaArmGbSeconde.usd,
    ),
    post('Step Functions Standard', v.staatOvergangen, 'state transitions', prijzen.stepFunctionsOvergang.usd),
    post(`DynamoDB reads (${tabel.naam})`, v.dynamo.rcu, 'RRU', tabel.lees.usd),
    post(`DynamoDB writes incl. GSI (${tabel.naam})`, v.dynamo.wcu, 'WRU', tabel.schrijf.usd),
    post(
      `DynamoDB storage, ${BEWAAR_JAREN} years, items + GSI entries (${tabel.naam})`,
      opslagGbMaanden,
      'GB-months',
      tabel.opslag.usd,
    ),
    post(`DynamoDB PITR, ${BEWAAR_JAREN} years`, opslagGbMaanden, 'GB-months', prijzen.dynamoPitrGbMaand.usd),
    post('EventBridge custom events', v.events.totaal, 'events', prijzen.eventBridgeEvent.usd),
    post(
      'CloudWatch Logs ingestion (measured handler bytes + platform lines)',
      ((v.logBytes ?? 0) + aanroepen * PLATFORM_LOG_BYTES_PER_AANROEP) / 1e9,
      'GB',
      prijzen.cloudWatchLogsGb.usd,
    ),
    // Every invocation outside an API request's trace starts one; counting every invocation is the upper bound.
    post('X-Ray traces recorded (every invocation: upper bound)', aanroepen, 'traces', prijzen.xrayTrace.usd),
    post(
      'KMS requests (GenerateMac per keyed hash, measured)',
      v.pseudoniemen ?? 0,
      'requests',
      prijzen.kmsVerzoek.usd,
    ),
    post('S3 PUT (the beschikking PDFs, measured)', docs.puts, 'requests', prijzen.s3Put.usd),
    post('S3 GET (PDF fetches, measured)', docs.gets, 'requests', prijzen.s3Get.usd),
    post(
      `S3 storage of the PDFs, ${BEWAAR_JAREN} years`,
      (docs.bytes / 1e9) * 12 * BEWAAR_JAREN,
      'GB-months',
      prijzen.s3OpslagGbMaand.usd,
    ),
    post(
      'SQS (dead letters only: send, receive, delete)',
      (v.deadLetters ?? 0) * SQS_VERZOEKEN_PER_DEAD_LETTER,
      'requests',
      prijzen.sqsVerzoek.usd,
    ),
  ];
}

export function totaal(posten: Kostenpost[]): { usd: number; eur: number } {
  return posten.reduce((a, p) => ({ usd: a.usd + p.usd, eur: a.eur + p.eur }), { usd: 0, eur: 0 });
}
