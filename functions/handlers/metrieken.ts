// Primary adapter: the figures ops and the teamleider watch, as CloudWatch metrics in embedded metric format (a log
// line Lambda's log pipeline turns into metrics: no API call, no SDK). Codes only: a step, a workflow, a gemeente.
// Outside Lambda (tests, `npm start`) nothing is written unless a test asks for it.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { ControleResultaat } from '../app/controleer-stap';
import {
  METRIEK_NAMESPACE,
  METRIEK_SERVICE,
  METRIEKEN_PER_GEMEENTE_ENV,
  type MetriekNaam,
  metriekDimensies,
} from '../contracts/metrieken';

let metrics: Metrics | undefined;
const meter = () => {
  metrics ??= new Metrics({ namespace: METRIEK_NAMESPACE, serviceName: METRIEK_SERVICE });
  return metrics;
};
/** Powertools writes EMF to stdout; outside Lambda that is noise in the tests and the local server. */
const actief = () =>
  Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME) || process.env.POWERTOOLS_METRICS_DISABLED === 'false';

/** One metric record, written at once (Powertools' single metric). */
export function meet(naam: MetriekNaam, context: { stap?: string; workflow?: string; gemeente?: string } = {}): void {
  if (!actief()) return;
  const m = meter().singleMetric();
  const dimensie = metriekDimensies[naam];
  const waarde = dimensie ? context[dimensie] : undefined;
  if (dimensie && waarde) {
    m.addDimension(dimensie, waarde);
    m.addDimensions({}); // and the aggregate `[service]`, which the alarms watch
  }
  if (context.gemeente) {
    if (process.env[METRIEKEN_PER_GEMEENTE_ENV] === 'true') m.addDimensions({ gemeente: context.gemeente });
    else m.addMetadata('gemeente', context.gemeente);
  }
  m.addMetric(naam, MetricUnit.Count, 1);
}

/** The deadline check of a step: a first breach or a reminder (a completion is counted by the store as it is written). */
export function meetStapControle(resultaat: ControleResultaat): void {
  const { meting, stap } = resultaat;
  if (!meting) return;
  const context = { stap, gemeente: meting.gemeente };
  if (meting.gemeld === 'overschrijding') meet('DeadlineOverschreden', context);
  if (meting.gemeld === 'herinnering') meet('DeadlineHerinnering', context);
}

/** For the code that records a failed workflow on the case. */
export function meetWorkflowMislukt(workflow: string, gemeente?: string): void {
  meet('WorkflowMislukt', { workflow, ...(gemeente ? { gemeente } : {}) });
}
