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
    opmerking: 'duration rounded up to 1 ms; since 1 Aug 2025 the INIT phase is billed too',
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
} as const satisfies Record<string, Prijs>;

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
  'KMS (customer key: about $1 per key per month plus $0.03 per 10,000 requests; DynamoDB caches data keys)',
  'CloudWatch Logs ingestion and storage, metrics and alarms, X-Ray',
  'data transfer out of AWS and between services',
  'DynamoDB point-in-time recovery and backups',
  'SQS dead-letter queues and EventBridge retries (only on failure)',
  'free tiers (Lambda, Step Functions 4,000 transitions a month, DynamoDB 25 GB storage)',
  'Cognito (the JWT issuer)',
  'S3 requests and storage of the beschikking PDF (one PUT and a few GETs per case: well under €0.0001)',
  'everything after the betaalvoorstel (Schuldenknooppunt exchange, 18 months of repayment, nazorg): the workflows do not go further yet',
];
