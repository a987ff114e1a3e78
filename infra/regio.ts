// Infrastructure: where the stacks deploy. The region is pinned in code, not taken from the AWS profile: the CDK CLI
// sets CDK_DEFAULT_REGION to us-east-1 when no AWS configuration is present, and a case store must not land there by
// accident (AVG ch. V: a transfer outside the EEA needs its own legal ground; the gemeente decides where its data lives).
import type { App, Environment } from 'aws-cdk-lib';

/** Ireland: the region the benchmark's price model (`bench/prijzen.ts`) is priced for. */
export const STANDAARD_REGIO = 'eu-west-1';
/** `cdk synth -c regio=eu-central-1`, or the environment variable, overrides the default. */
export const REGIO_CONTEXT = 'regio';
export const REGIO_ENV = 'SCHULDHULP_REGIO';

/** AWS regions inside the EEA (eu-*, without the non-EEA eu-central-2 Zürich and eu-west-2 London). */
const EER_REGIO = /^eu-(west-1|west-3|central-1|north-1|south-1|south-2)$/;

/** The region: context `regio`, else SCHULDHULP_REGIO, else eu-west-1; a region outside the EEA is refused. */
export function regioVan(app: Pick<App, 'node'>, env: NodeJS.ProcessEnv = process.env): string {
  const context: unknown = app.node.tryGetContext(REGIO_CONTEXT);
  const regio = (typeof context === 'string' && context) || env[REGIO_ENV] || STANDAARD_REGIO;
  if (!EER_REGIO.test(regio)) {
    throw new Error(
      `region '${regio}' is outside the EEA; schuldhulp-flow deploys only to ${EER_REGIO.source} (set -c ${REGIO_CONTEXT}=… or ${REGIO_ENV})`,
    );
  }
  return regio;
}

/** Explicit account and region, no lookups: `cdk synth` works offline and without credentials. */
export function omgeving(app: Pick<App, 'node'>, env: NodeJS.ProcessEnv = process.env): Environment {
  return { account: env.CDK_DEFAULT_ACCOUNT ?? '000000000000', region: regioVan(app, env) };
}
