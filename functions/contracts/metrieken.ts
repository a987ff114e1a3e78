// Contracts: the custom CloudWatch metrics the functions emit (embedded metric format, written to the log: no API
// call) and the dashboard and alarms read (infra/constructs/bewaking.ts). One list, so a widget or an alarm cannot
// point at a metric no code emits.

export const METRIEK_NAMESPACE = 'SchuldhulpFlow';
/** Powertools' default dimension; every metric also has the aggregate dimension set `[service]`. */
export const METRIEK_SERVICE = 'schuldhulp-flow';

export const metrieken = {
  /** A step's deadline passed without the step done (the first report per deadline). Dimension: stap. */
  DeadlineOverschreden: 'deadline passed, first report (controleer-stap)',
  /** A reminder per escalation interval while a breached step stays open. Dimension: stap. */
  DeadlineHerinnering: 'reminder after a breach (controleer-stap)',
  /** A step completed on or before its deadline, counted where the lead-time aggregate counts it. Dimension: stap. */
  StapBinnenNorm: 'step completed within its norm (the store, functions/adapters/metriek-regel.ts)',
  /** A step completed after its deadline. Dimension: stap. */
  StapBuitenNorm: 'step completed after its deadline (the store, functions/adapters/metriek-regel.ts)',
  /** A workflow ended failed and its cause was recorded on the case. Dimension: workflow. */
  WorkflowMislukt: 'workflow failed, recorded on the case (leg-fout-vast)',
  /**
   * An audit record of a read of personal data (issue #15 item 3) could not be written. No dimension. Written by
   * `registreerInzage` (functions/handlers/http/inzage.ts); an alarm fires on the first one.
   */
  InzageLogMislukt: 'audit write of a read failed (registreerInzage)',
} as const;

export type MetriekNaam = keyof typeof metrieken;

/** Dimensions a metric is emitted with, besides `service`; kept to low-cardinality codes (cost: one metric each). */
export const metriekDimensies: Record<MetriekNaam, 'stap' | 'workflow' | undefined> = {
  DeadlineOverschreden: 'stap',
  DeadlineHerinnering: 'stap',
  StapBinnenNorm: 'stap',
  StapBuitenNorm: 'stap',
  WorkflowMislukt: 'workflow',
  InzageLogMislukt: undefined,
};

/**
 * Set to `true` on a function (env) to add a `[service, gemeente]` dimension set as well: useful for a shared
 * deployment of a few gemeenten, costly for many (each gemeente × metric is a custom metric). Without it the gemeente
 * is in the EMF record as a property, queryable with Logs Insights, and is no metric.
 */
export const METRIEKEN_PER_GEMEENTE_ENV = 'METRIEKEN_PER_GEMEENTE';
