// Bench: AWS list prices for eu-west-1 (Europe, Ireland), on-demand, without free tiers, in one dated place.
// `geverifieerd` says whether the number was read from the cited page when this file was written (2026-11-25)
// or carried over from earlier knowledge of that page; check the unverified ones before quoting a result.

export const PRIJZEN_DATUM = '2026-11-25';
export const REGIO = 'eu-west-1';

export interface Prijs {
  usd: number;
  per: string;
  bron: string;
  geverifieerd: boolean;
  opmerking?: string;
}

export const prijzen = {
  lambdaVerzoek: {
    usd: 0.2 / 1_000_000,
    per: 'request',
    bron: 'https://aws.amazon.com/lambda/pricing/ (Requests: $0.20 per 1M requests)',
    geverifieerd: false,
    opmerking: 'same in eu-west-1 as in us-east-1',
  },
  lambdaArmGbSeconde: {
    usd: 0.0000133334,
    per: 'GB-second (arm64, first 7.5 billion GB-s per month)',
    bron: 'https://aws.amazon.com/lambda/pricing/ (Arm price, first tier)',
    geverifieerd: false,
    opmerking:
      'duration rounded up to 1 ms; since 1 Aug 2025 the INIT phase of ZIP functions on managed runtimes is billed at the same rate (https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/, read 2026-12-02)',
  },
  stepFunctionsOvergang: {
    usd: 0.025 / 1_000,
    per: 'state transition (Standard workflows)',
    bron: 'https://aws.amazon.com/step-functions/pricing/ (Europe (Ireland): $0.0250 per 1,000 state transitions)',
    geverifieerd: true,
  },
  dynamoSchrijfEenheid: {
    usd: 0.7068 / 1_000_000,
    per: 'write request unit (on-demand, Standard table class)',
    bron: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (Europe (Ireland), after the Nov 2024 on-demand price cut)',
    geverifieerd: false,
    opmerking: 'us-east-1 is $0.625 per million (verified on third-party copies of the page)',
  },
  dynamoLeesEenheid: {
    usd: 0.1415 / 1_000_000,
    per: 'read request unit (on-demand, Standard table class)',
    bron: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (Europe (Ireland), after the Nov 2024 on-demand price cut)',
    geverifieerd: false,
    opmerking: 'us-east-1 is $0.125 per million',
  },
  dynamoOpslagGbMaand: {
    usd: 0.283,
    per: 'GB-month of table and index storage (Standard table class, beyond the first 25 GB)',
    bron: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (Data storage, Europe (Ireland))',
    geverifieerd: false,
  },
  /**
   * Standard-IA (the class infra deploys, functions/adapters/tabel-ontwerp.ts): no Ireland figure was at hand, so the
   * Standard prices above times the ratios of the us-east-1 on-demand prices (WRU $0.78125 vs $0.625, RRU $0.15625
   * vs $0.125: × 1.25; storage $0.10 vs $0.25: × 0.4). PITR is priced by table size, not by class.
   */
  dynamoIaSchrijfEenheid: {
    usd: (0.7068 / 1_000_000) * 1.25,
    per: 'write request unit (on-demand, Standard-IA table class)',
    bron: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (Standard-IA: 25 % above Standard, the us-east-1 ratio)',
    geverifieerd: false,
    opmerking: 'derived: Ireland Standard × 1.25',
  },
  dynamoIaLeesEenheid: {
    usd: (0.1415 / 1_000_000) * 1.25,
    per: 'read request unit (on-demand, Standard-IA table class)',
    bron: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (Standard-IA: 25 % above Standard, the us-east-1 ratio)',
    geverifieerd: false,
    opmerking: 'derived: Ireland Standard × 1.25',
  },
  dynamoIaOpslagGbMaand: {
    usd: 0.283 * 0.4,
    per: 'GB-month of table and index storage (Standard-IA table class)',
    bron: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (Standard-IA: 60 % below Standard, the us-east-1 ratio)',
    geverifieerd: false,
    opmerking: 'derived: Ireland Standard × 0.4',
  },
  eventBridgeEvent: {
    usd: 1.0 / 1_000_000,
    per: 'custom event published (64 KB chunk)',
    bron: 'https://aws.amazon.com/eventbridge/pricing/ (Custom events: $1.00 per million)',
    geverifieerd: false,
    opmerking: 'rule matching and delivery to Lambda targets in the same account are not charged',
  },
  httpApiVerzoek: {
    usd: 1.11 / 1_000_000,
    per: 'HTTP API request (512 KB increments, first 300 million per month)',
    bron: 'https://aws.amazon.com/api-gateway/pricing/ (HTTP APIs, Europe (Ireland))',
    geverifieerd: false,
    opmerking: 'us-east-1 is $1.00 per million',
  },
  cloudWatchLogsGb: {
    usd: 0.57,
    per: 'GB of log data ingested (Standard log class)',
    bron: 'https://aws.amazon.com/cloudwatch/pricing/ (Logs, Collect (Data Ingestion), Europe (Ireland))',
    geverifieerd: false,
    opmerking: 'us-east-1 is $0.50 per GB; storage ($0.03 per GB-month) is left out: the construct keeps logs briefly',
  },
  xrayTrace: {
    usd: 5.0 / 1_000_000,
    per: 'trace recorded',
    bron: 'https://aws.amazon.com/xray/pricing/ (Traces recorded: $5.00 per 1 million)',
    geverifieerd: false,
    opmerking:
      'the default sampling rule records the first request each second and 5 % of the rest; at a national load of a few requests per second nearly every one is recorded, so the bench counts them all (upper bound)',
  },
  kmsVerzoek: {
    usd: 0.03 / 10_000,
    per: 'KMS API request (symmetric and HMAC)',
    bron: 'https://aws.amazon.com/kms/pricing/ ($0.03 per 10,000 requests)',
    geverifieerd: false,
  },

  dynamoPitrGbMaand: {
    usd: 0.2264,
    per: 'GB-month of continuous backup (point-in-time recovery)',
    bron: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (Continuous backups (PITR), Europe (Ireland))',
    geverifieerd: false,
    opmerking: 'us-east-1 is $0.20 per GB-month',
  },
  s3Put: {
    usd: 0.005 / 1_000,
    per: 'PUT request (S3 Standard)',
    bron: 'https://aws.amazon.com/s3/pricing/ (Requests, Europe (Ireland))',
    geverifieerd: false,
  },
  s3OpslagGbMaand: {
    usd: 0.023,
    per: 'GB-month of S3 Standard storage (first 50 TB)',
    bron: 'https://aws.amazon.com/s3/pricing/ (Storage, Europe (Ireland))',
    geverifieerd: false,
    opmerking: 'assumption: the us-east-1 figure; Ireland is listed at the same price for S3 Standard',
  },
  s3Get: {
    usd: 0.0004 / 1_000,
    per: 'GET request (S3 Standard)',
    bron: 'https://aws.amazon.com/s3/pricing/ (Requests, Europe (Ireland))',
    geverifieerd: false,
  },
  cognitoPlusMau: {
    usd: 0.02,
    per: 'monthly active user on the Plus plan (threat protection), no free tier',
    bron: 'https://aws.amazon.com/cognito/pricing/ (User pools, Plus tier)',
    geverifieerd: false,
    opmerking:
      'only when a gemeente has administrator-created users who sign in with a password at Cognito (infra/constructs/aanmelden.ts cognitoPlan)',
  },
  sqsVerzoek: {
    usd: 0.4 / 1_000_000,
    per: 'SQS request (standard queue)',
    bron: 'https://aws.amazon.com/sqs/pricing/ ($0.40 per million, beyond the free tier)',
    geverifieerd: false,
    opmerking: 'only dead letters reach the queues: zero on a healthy trajectory',
  },
} as const satisfies Record<string, Prijs>;

/** Lambda writes START, END and REPORT lines for every invocation (estimate of their size with an X-Ray trace id). */
export const PLATFORM_LOG_BYTES_PER_AANROEP = 350;

/** A dead letter costs a send, a receive and a delete on its queue. */
export const SQS_VERZOEKEN_PER_DEAD_LETTER = 3;

/**
 * Years a case's items and documents are stored: the trajectory (about 2 years: 18 months of schuldregeling, then
 * nazorg) plus the gemeente's retention after closing. The stack sets no default (infra/bewaartermijnen.ts: the
 * gemeente configures it); 7 is an assumption (2 + 5 years), override with BENCH_BEWAAR_JAREN.
 */
export const BEWAAR_JAREN = Number(process.env.BENCH_BEWAAR_JAREN) > 0 ? Number(process.env.BENCH_BEWAAR_JAREN) : 7;

/** USD → EUR. Override with BENCH_EUR_PER_USD. */
export const wisselkoers = {
  eurPerUsd: 1 / 1.0411,
  datum: '2025-02-28',
  bron: 'ECB euro foreign exchange reference rate of 28 February 2025: 1 EUR = 1.0411 USD (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/)',
  opmerking:
    'the most recent ECB reference rate at hand when this file was written; a stronger euro lowers every euro figure proportionally',
};

export const LAMBDA_GEHEUGEN_MB = 512;
export const LAMBDA_ARCHITECTUUR = 'arm64';

/** What the model leaves out. */
export const nietGemodelleerd = [
  'KMS requests of DynamoDB (it caches the table key) and of S3 (the bucket key: a few per bucket per day, not per object)',
  'CloudWatch Logs storage (kept 3 months, infra/bewaartermijnen.ts) and X-Ray trace retrieval and scans',
  'data transfer out of AWS and between services',
  'EventBridge retries and archive replays (only on failure)',
  'free tiers (Lambda, Step Functions 4,000 transitions a month, DynamoDB 25 GB storage, Cognito 50 federated MAU)',
];
