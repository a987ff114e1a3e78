// Infrastructure: the fixed monthly cost of one deployment (what the benchmark's per-trajectory model in
// bench/lib/kosten.ts leaves out: bench/prijzen.ts `nietGemodelleerd`) and the cost of the two tenancy models.
// List prices for eu-west-1, without free tiers unless said; `geverifieerd` as in bench/prijzen.ts: whether the
// number was read from a cited page when this file was written (2026-12-02). Check the unverified ones before quoting.
import { metriekDimensies } from '../functions/contracts/metrieken';
import { workflows } from '../functions/contracts/workflows';
import { Stap } from '../functions/domain/traject/gebeurtenissen';
import { functieCatalogus } from './functie-catalogus';

export interface VastePrijs {
  usd: number;
  per: string;
  bron: string;
  geverifieerd: boolean;
}

export const VASTE_PRIJZEN_DATUM = '2026-12-02';

export const vastePrijzen = {
  kmsSleutel: {
    usd: 1,
    per: 'customer managed key per month',
    bron: 'https://aws.amazon.com/kms/pricing/ (as bench/prijzen.ts nietGemodelleerd quotes it)',
    geverifieerd: false,
  },
  alarm: {
    usd: 0.1,
    per: 'standard-resolution alarm metric per month',
    bron: 'https://aws.amazon.com/cloudwatch/pricing/',
    geverifieerd: false,
  },
  dashboard: {
    usd: 3,
    per: 'dashboard per month (beyond the first three)',
    bron: 'https://aws.amazon.com/cloudwatch/pricing/',
    geverifieerd: false,
  },
  metriek: {
    usd: 0.3,
    per: 'custom metric per month (first 10,000)',
    bron: 'https://aws.amazon.com/cloudwatch/pricing/',
    geverifieerd: false,
  },
  geheim: {
    usd: 0.4,
    per: 'Secrets Manager secret per month (the OIDC client secret of one IdP)',
    bron: 'https://aws.amazon.com/secrets-manager/pricing/',
    geverifieerd: false,
  },
  machineClient: {
    usd: 6,
    per: 'client-credentials app client per month',
    bron: 'https://aws.amazon.com/cognito/pricing/ (M2M: charged per app client per month and per token request; https://docs.aws.amazon.com/cognito/latest/developerguide/tracking-cost.html)',
    geverifieerd: false,
  },
  machineToken: {
    usd: 2.25 / 1000,
    per: 'client-credentials token request',
    bron: 'third-party copy of the billing code CUPM2MTokenRequestsFull: "$2.250 per 1000 token requests" (cur.vantage-api.com)',
    geverifieerd: true,
  },
  federatieveGebruiker: {
    usd: 0.015,
    per: 'monthly active user signed in through SAML or OIDC (Lite plan), after 50 free per account',
    bron: 'https://aws.amazon.com/cognito/pricing/ (the 50 free federated MAU: verified on the German edition of the page)',
    geverifieerd: false,
  },
} as const satisfies Record<string, VastePrijs>;

/** Tokens are cached for their validity (1 h, infra/constructs/aanmelden.ts): at most one request an hour each. */
const TOKENS_PER_CLIENT_PER_MAAND = 24 * 30;

export interface Aantallen {
  kmsSleutels: number;
  alarmen: number;
  dashboards: number;
  metrieken: number;
  machineClients: number;
}

/** What one deployment runs, counted from the same data the stacks are built from. */
export function aantallenPerDeployment(): Aantallen {
  const aantalWorkflows = Object.keys(workflows).length;
  // service-stack maakAlarmen: 2 DLQs, each workflow, each function; bewaking: 5xx, audit writes, breaches.
  const alarmen = 2 + aantalWorkflows + functieCatalogus.length + 3;
  const waarden = { stap: Stap.options.length, workflow: aantalWorkflows };
  // Each metric: the aggregate [service] plus one per value of its dimension.
  const metrieken = Object.values(metriekDimensies).reduce((n, d) => n + 1 + (d ? waarden[d] : 0), 0);
  return { kmsSleutels: 2, alarmen, dashboards: 1, metrieken, machineClients: 2 };
}

/** Monthly fixed cost of one deployment in USD, without the users (Cognito MAU) and the IdP secrets. */
export function vastPerDeploymentUsd(a: Aantallen = aantallenPerDeployment()): number {
  const p = vastePrijzen;
  return (
    a.kmsSleutels * p.kmsSleutel.usd +
    a.alarmen * p.alarm.usd +
    a.dashboards * p.dashboard.usd +
    a.metrieken * p.metriek.usd +
    a.machineClients * (p.machineClient.usd + TOKENS_PER_CLIENT_PER_MAAND * p.machineToken.usd)
  );
}
