import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRIEK_NAMESPACE, metrieken } from '../../functions/contracts/metrieken';
import { STANDAARD_DREMPELS } from '../../infra/constructs/bewaking';
import { bouwTestApp, type TestApp } from './test-app';

describe('dashboard and alarms', () => {
  let app: TestApp;
  let template: Template;
  let dashboard: string;
  let topic: unknown;

  beforeAll(() => {
    app = bouwTestApp();
    template = Template.fromStack(app.service);
    const [bord] = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    dashboard = JSON.stringify(bord?.Properties?.DashboardBody);
    topic = { Ref: app.service.getLogicalId(app.service.alarmTopic.node.defaultChild as never) };
  });

  afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

  it('has one dashboard that shows every metric the functions emit, in their namespace', () => {
    // Prepare, Act
    const getoond = Object.keys(metrieken).filter((naam) => dashboard.includes(naam));

    // Assess
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    expect(getoond).toEqual(Object.keys(metrieken));
    expect(dashboard).toContain(METRIEK_NAMESPACE);
  });

  it('shows the failed executions of every state machine and the depth of every dead-letter queue', () => {
    // Prepare, Act, Assess
    expect(dashboard.match(/ExecutionsFailed/g)?.length).toBe(app.service.stateMachines.size);
    for (const machine of app.service.stateMachines.values()) {
      expect(dashboard).toContain(JSON.stringify(app.service.resolve(machine.stateMachineArn)));
    }
    expect(dashboard.match(/ApproximateNumberOfMessagesVisible/g)?.length).toBe(2);
    expect(dashboard).toContain('5xx');
  });

  it('alarms on a burst of 5xx answers of the API', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: app.service.resolve(app.service.api.apiId) }],
      Statistic: 'Sum',
      Period: 300,
      Threshold: STANDAARD_DREMPELS.serverFoutenPer5Minuten,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [topic],
    });
  });

  it('alarms on the first failed audit write, on the metric the audit code emits', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRIEK_NAMESPACE,
      MetricName: 'InzageLogMislukt',
      Dimensions: [{ Name: 'service', Value: 'schuldhulp-flow' }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [topic],
    });
  });

  it('alarms when the deadline breaches of a day reach the threshold', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRIEK_NAMESPACE,
      MetricName: 'DeadlineOverschreden',
      Dimensions: [{ Name: 'service', Value: 'schuldhulp-flow' }],
      Period: 86_400,
      Statistic: 'Sum',
      Threshold: STANDAARD_DREMPELS.overschrijdingenPerDag,
      AlarmActions: [topic],
    });
  });

  it('alarms on every dead-letter queue of the stateful stack: the depth of that queue, at the first message', () => {
    // Prepare: every queue the stateful stack makes is a DLQ (the bus has no other queue)
    const queues = Object.keys(Template.fromStack(app.stateful).findResources('AWS::SQS::Queue'));
    const dlqs = [app.stateful.eventDoelDlq, app.stateful.functieDlq];

    // Assess
    expect(queues).toHaveLength(dlqs.length);
    for (const dlq of dlqs) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: app.service.resolve(dlq.queueName) }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [topic],
      });
    }
  });

  it('alarms on the first failed execution of every state machine, on that machine', () => {
    // Prepare
    const alarmen = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter(
      (a) => (a.Properties as { MetricName?: string }).MetricName === 'ExecutionsFailed',
    );

    // Assess
    expect(app.service.stateMachines.size).toBeGreaterThan(0);
    expect(alarmen).toHaveLength(app.service.stateMachines.size);
    for (const machine of app.service.stateMachines.values()) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/States',
        MetricName: 'ExecutionsFailed',
        Dimensions: [{ Name: 'StateMachineArn', Value: app.service.resolve(machine.stateMachineArn) }],
        Statistic: 'Sum',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [topic],
      });
    }
  });

  it('watches only metrics of its own namespace that the contract lists', () => {
    // Prepare
    const alarmen = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
      (a) => a.Properties as { Namespace?: string; MetricName?: string },
    );

    // Act
    const eigen = alarmen.filter((a) => a.Namespace === METRIEK_NAMESPACE).map((a) => a.MetricName);

    // Assess
    expect(eigen.sort()).toEqual(['DeadlineOverschreden', 'InzageLogMislukt']);
    expect(eigen.every((n) => n && n in metrieken)).toBe(true);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', Match.objectLike({ MetricName: 'ExecutionsFailed' }));
  });
});
