// Secondary adapter: one CloudWatch metric as an embedded-metric-format log line, for code below the handlers (the
// store counts a completed step where the lead-time aggregate counts it, once per completion). Dependency-free, so
// every bundle that holds the store does not also carry Powertools Metrics; the record has the shape Powertools
// writes (functions/handlers/metrieken.ts): namespace, `service`, the metric's dimension and the aggregate `[service]`.
import {
  METRIEK_NAMESPACE,
  METRIEK_SERVICE,
  METRIEKEN_PER_GEMEENTE_ENV,
  type MetriekNaam,
  metriekDimensies,
} from '../contracts/metrieken';

/** Outside Lambda (tests, `npm start`) nothing is written unless a test asks for it, as with Powertools. */
const actief = () =>
  Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME) || process.env.POWERTOOLS_METRICS_DISABLED === 'false';

export function schrijfMetriek(naam: MetriekNaam, context: { stap?: string; gemeente?: string }): void {
  if (!actief()) return;
  const dimensie = metriekDimensies[naam];
  const waarde = dimensie === 'stap' ? context.stap : undefined;
  const dimensies: string[][] = waarde ? [['service', 'stap'], ['service']] : [['service']];
  const perGemeente = context.gemeente && process.env[METRIEKEN_PER_GEMEENTE_ENV] === 'true';
  if (perGemeente) dimensies.push(['service', 'gemeente']);
  const record = {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        { Namespace: METRIEK_NAMESPACE, Dimensions: dimensies, Metrics: [{ Name: naam, Unit: 'Count' }] },
      ],
    },
    service: METRIEK_SERVICE,
    ...(waarde ? { stap: waarde } : {}),
    ...(context.gemeente ? { gemeente: context.gemeente } : {}),
    [naam]: 1,
  };
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
