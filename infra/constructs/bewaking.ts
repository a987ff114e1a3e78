// Infrastructure: what ops and the teamleider watch. A CloudWatch dashboard with the metrics the functions emit
// (functions/contracts/metrieken.ts), the workflow failures and the dead-letter depths, and the alarms the fault
// scenarios call for: a burst of 5xx, a failed audit write, and deadline breaches above a threshold. The alarms on
// every DLQ, every failed execution and every function's errors are in the service stack (maakAlarmen).
import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import {
  METRIEK_NAMESPACE,
  METRIEK_SERVICE,
  type MetriekNaam,
  metriekDimensies,
} from '../../functions/contracts/metrieken';

/**
 * Alarm thresholds: operational choices of ours, not legal numbers; a deployment sets its own with
 * `-c alarmDrempels='{"overschrijdingenPerDag":25}'`.
 */
export const STANDAARD_DREMPELS = {
  /** Deadline breaches (first reports) per day across all steps and gemeenten before someone should look. */
  overschrijdingenPerDag: 10,
  /** 5xx answers of the API within five minutes: one is a bug to log, a burst is an incident. */
  serverFoutenPer5Minuten: 5,
};
export type AlarmDrempels = typeof STANDAARD_DREMPELS;

export interface BewakingProps {
  api: apigw.IHttpApi;
  stateMachines: ReadonlyMap<string, sfn.IStateMachine>;
  dlqs: readonly sqs.IQueue[];
  alarmTopic: sns.ITopic;
  drempels?: Partial<AlarmDrempels>;
}

/** The aggregate `[service]` series of one of our metrics (every metric carries that dimension set). */
export function metriek(naam: MetriekNaam, statistiek = cloudwatch.Stats.SUM, periode = Duration.minutes(5)) {
  return new cloudwatch.Metric({
    namespace: METRIEK_NAMESPACE,
    metricName: naam,
    dimensionsMap: { service: METRIEK_SERVICE },
    statistic: statistiek,
    period: periode,
  });
}

/** One line per step (or workflow) of a metric: a SEARCH over its dimension set, allowed in dashboards. */
function perDimensie(naam: MetriekNaam, periode = Duration.hours(1)): cloudwatch.IMetric {
  const dimensie = metriekDimensies[naam];
  if (!dimensie) return metriek(naam, cloudwatch.Stats.SUM, periode);
  return new cloudwatch.MathExpression({
    expression: `SEARCH('{${METRIEK_NAMESPACE},service,${dimensie}} MetricName="${naam}"', 'Sum', ${periode.toSeconds()})`,
    label: `${naam} per ${dimensie}`,
    period: periode,
  });
}

export class Bewaking extends Construct {
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarmen: Record<'serverFouten' | 'inzageLogMislukt' | 'overschrijdingen', cloudwatch.Alarm>;

  constructor(scope: Construct, id: string, props: BewakingProps) {
    super(scope, id);
    const drempels = { ...STANDAARD_DREMPELS, ...props.drempels };
    const actie = new cwActions.SnsAction(props.alarmTopic);
    const serverFouten = props.api.metricServerError({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM });

    const alarm = (alarmId: string, metric: cloudwatch.IMetric, drempel: number, omschrijving: string) => {
      const a = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold: drempel,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: omschrijving,
      });
      a.addAlarmAction(actie);
      return a;
    };
    this.alarmen = {
      serverFouten: alarm(
        'ServerFoutenAlarm',
        serverFouten,
        drempels.serverFoutenPer5Minuten,
        `At least ${drempels.serverFoutenPer5Minuten} 5xx answers of the API in five minutes: something of ours is broken (the logs name the cause).`,
      ),
      inzageLogMislukt: alarm(
        'InzageLogMisluktAlarm',
        metriek('InzageLogMislukt'),
        1,
        'An audit record of a read of personal data could not be written (AVG accountability): fix and replay it today.',
      ),
      overschrijdingen: alarm(
        'OverschrijdingenAlarm',
        metriek('DeadlineOverschreden', cloudwatch.Stats.SUM, Duration.days(1)),
        drempels.overschrijdingenPerDag,
        `At least ${drempels.overschrijdingenPerDag} deadlines were breached today: the worklists need attention.`,
      ),
    };

    const machines = [...props.stateMachines.entries()];
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: 'schuldhulp-flow',
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new cloudwatch.SingleValueWidget({
            title: 'Vandaag',
            metrics: (['DeadlineOverschreden', 'DeadlineHerinnering', 'StapBinnenNorm', 'StapBuitenNorm'] as const).map(
              (naam) => metriek(naam, cloudwatch.Stats.SUM, Duration.days(1)),
            ),
            width: 24,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Deadlines overschreden per stap',
            left: [perDimensie('DeadlineOverschreden')],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'Herinneringen na overschrijding per stap',
            left: [perDimensie('DeadlineHerinnering')],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Stappen voltooid binnen de norm per stap',
            left: [perDimensie('StapBinnenNorm')],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'Stappen voltooid na de deadline per stap',
            left: [perDimensie('StapBuitenNorm')],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Workflows mislukt (Step Functions)',
            left: machines.map(([naam, m]) =>
              m.metricFailed({ period: Duration.hours(1), statistic: cloudwatch.Stats.SUM, label: naam }),
            ),
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: 'Workflows mislukt, op het traject vastgelegd',
            left: [perDimensie('WorkflowMislukt')],
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: 'Dead-letter queues: berichten',
            left: props.dlqs.map((q) =>
              q.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
            ),
            width: 8,
          }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'API 5xx', left: [serverFouten], width: 12 }),
          new cloudwatch.GraphWidget({
            title: 'Inzagelog mislukt',
            left: [metriek('InzageLogMislukt')],
            width: 12,
          }),
        ],
      ],
    });
  }
}
