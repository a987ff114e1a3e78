// Infrastructure: what runs and can be redeployed at will: functions, workflows, rules, the HTTP API, sign-in and alarms.
import path from 'node:path';
import { Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { WorkflowNaam } from '../functions/app/poorten';
import { eventRegels } from '../functions/contracts/event-regels';
import { volledigeScope } from '../functions/contracts/machine-clients';
import { stateMachineNaam, workflows } from '../functions/contracts/workflows';
import { doorvoerVan, STAGE_DOORVOER } from '../functions/handlers/http/doorvoer';
import { type Route, routes } from '../functions/handlers/http/routes';
import { LOG_RETENTIE } from './bewaartermijnen';
import { Aanmelden } from './constructs/aanmelden';
import { type AlarmDrempels, Bewaking } from './constructs/bewaking';
import { SchuldhulpFunction } from './constructs/schuldhulp-function';
import { functieCatalogus } from './functie-catalogus';
import { aanmeldconfiguratieVan } from './gemeenten';
import { repoRoot } from './repo-root';
import { documentenBucketNaam, REGEL_NAAM_PREFIX, type StatefulStack } from './stateful-stack';

export interface ServiceStackProps extends StackProps {
  stateful: StatefulStack;
}

/** Every EventBridge target: retry for a while, then park the event in the DLQ (DESIGN 2.4). */
const DOEL_RETRY = { retryAttempts: 8, maxEventAge: Duration.hours(2) };

/** `-c alarmDrempels='{"overschrijdingenPerDag":25}'` arrives as a string; cdk.json context as an object. */
const drempelsUit = (waarde: unknown): Partial<AlarmDrempels> | undefined =>
  typeof waarde === 'string' ? (JSON.parse(waarde) as Partial<AlarmDrempels>) : (waarde as Partial<AlarmDrempels>);

const pascal = (naam: string) => naam.replace(/(^|-)([a-z0-9])/g, (_m, _s, c: string) => c.toUpperCase());

export class ServiceStack extends Stack {
  readonly functies: ReadonlyMap<string, SchuldhulpFunction>;
  readonly stateMachines: ReadonlyMap<WorkflowNaam, sfn.StateMachine>;
  readonly api: apigw.HttpApi;
  readonly alarmTopic: sns.Topic;
  aanmelden!: Aanmelden;
  readonly bewaking: Bewaking;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { stateful } = props;

    this.functies = this.maakFuncties(stateful);
    this.stateMachines = this.maakWorkflows();
    this.bindWorkflows();
    this.maakEventRegels(stateful);
    this.api = this.maakApi();
    this.alarmTopic = this.maakAlarmen(stateful);
    this.bewaking = new Bewaking(this, 'Bewaking', {
      api: this.api,
      stateMachines: this.stateMachines,
      dlqs: [stateful.eventDoelDlq, stateful.functieDlq],
      alarmTopic: this.alarmTopic,
      drempels: drempelsUit(this.node.tryGetContext('alarmDrempels')),
    });
  }

  private functie(naam: string): SchuldhulpFunction {
    const functie = this.functies.get(naam);
    if (!functie) throw new Error(`no function '${naam}' in infra/functie-catalogus.ts`);
    return functie;
  }

  private maakFuncties(stateful: StatefulStack): Map<string, SchuldhulpFunction> {
    const functieLogs = new logs.LogGroup(this, 'FunctieLogs', {
      logGroupName: '/aws/lambda/schuldhulp-flow',
      retention: LOG_RETENTIE,
    });
    const functies = new Map<string, SchuldhulpFunction>();
    for (const def of functieCatalogus) {
      const functie = new SchuldhulpFunction(this, pascal(def.naam), {
        naam: def.naam,
        soort: def.soort,
        bestand: def.bestand,
        logRetention: LOG_RETENTIE,
        logGroup: functieLogs,
        ...(def.soort === 'event' ? { asyncDeadLetterQueue: stateful.functieDlq } : {}),
        ...(def.geheugenMb ? { geheugenMb: def.geheugenMb } : {}),
        ...(def.timeoutSeconden ? { timeoutSeconden: def.timeoutSeconden } : {}),
      });
      if (def.tabel) functie.bindTable(stateful.tabel, def.tabel);
      // Every HTTP function that reads the store may show personal data: it records each such read (inzage log).
      if (def.tabel && def.soort === 'http') functie.bindInzageLog(stateful.tabel);
      if (def.bus) functie.bindBus(stateful.bus);
      if (def.pseudoniem) functie.bindPseudoniem(stateful.pseudoniemSleutel);
      if (def.documenten) {
        functie.bindDocumenten(documentenBucketNaam(this.account, this.region), stateful.sleutel, def.documenten);
      }
      functies.set(def.naam, functie);
    }
    return functies;
  }

  private maakWorkflows(): Map<WorkflowNaam, sfn.StateMachine> {
    const machines = new Map<WorkflowNaam, sfn.StateMachine>();
    for (const [naam, def] of Object.entries(workflows) as [WorkflowNaam, (typeof workflows)[WorkflowNaam]][]) {
      const id = pascal(naam);
      const logGroup = new logs.LogGroup(this, `${id}Logs`, {
        logGroupName: `/aws/vendedlogs/states/${stateMachineNaam(naam)}`,
        retention: LOG_RETENTIE,
      });
      const taken = Object.entries(def.functies).map(
        ([sleutel, functieNaam]) => [sleutel, this.functie(functieNaam)] as const,
      );
      const machine = new sfn.StateMachine(this, `${id}Workflow`, {
        stateMachineName: stateMachineNaam(naam),
        stateMachineType: sfn.StateMachineType.STANDARD,
        definitionBody: sfn.DefinitionBody.fromFile(path.join(repoRoot, def.bestand)),
        definitionSubstitutions: Object.fromEntries(taken.map(([sleutel, functie]) => [sleutel, functie.functionArn])),
        // Errors only, without execution data: inputs hold ids anyway, and the execution history has the rest.
        logs: { destination: logGroup, level: sfn.LogLevel.ERROR, includeExecutionData: false },
        tracingEnabled: true,
      });
      // Only the unqualified ARNs the definition names, instead of grantInvoke's `<arn>:*`.
      machine.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['lambda:InvokeFunction'],
          resources: [...new Set(taken.map(([, functie]) => functie.functionArn))],
        }),
      );
      Validations.of(machine).acknowledge(
        {
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason:
            'Only the statements CDK adds for log delivery (logs:CreateLogDelivery and friends) and X-Ray tracing: these actions support no resource-level permissions.',
        },
        {
          id: 'AwsSolutions-SF1',
          reason:
            'Logging at ERROR without execution data on purpose: a deadline wait loops for weeks, ALL would log every transition, and the execution history already has them.',
        },
      );
      machines.set(naam, machine);
    }
    return machines;
  }

  private bindWorkflows(): void {
    // By name, not by the construct: wacht-op-stap is invoked by the state machine it answers, which would form a cycle.
    const referenties = (Object.keys(workflows) as WorkflowNaam[]).map(
      (naam) =>
        [
          naam,
          sfn.StateMachine.fromStateMachineName(this, `${pascal(naam)}Referentie`, stateMachineNaam(naam)),
        ] as const,
    );
    for (const def of functieCatalogus) {
      if (!def.workflow) continue;
      for (const [naam, referentie] of referenties) this.functie(def.naam).bindWorkflow(naam, referentie, def.workflow);
    }
  }

  private maakEventRegels(stateful: StatefulStack): void {
    // Imported by ARN so CDK adds no queue policy from this stack; the stateful stack grants by rule-name prefix.
    const dlq = sqs.Queue.fromQueueArn(this, 'EventDoelDlqReferentie', stateful.eventDoelDlq.queueArn);
    for (const regel of eventRegels) {
      new events.Rule(this, regel.naam, {
        eventBus: stateful.bus,
        description: regel.omschrijving,
        // Passed through as is: the deployed pattern is the same data the local bus routes by.
        eventPattern: regel.patroon as events.EventPattern,
        targets: [
          new targets.LambdaFunction(this.functie(regel.doel).functie, { ...DOEL_RETRY, deadLetterQueue: dlq }),
        ],
      });
    }
    new events.Rule(this, 'HerpubliceerElkeMinuut', {
      ruleName: `${REGEL_NAAM_PREFIX}-herpubliceer`,
      description: 'Republishes history events whose publication failed (the outbox).',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [
        new targets.LambdaFunction(this.functie('herpubliceer').functie, { ...DOEL_RETRY, deadLetterQueue: dlq }),
      ],
    });
  }

  private maakApi(): apigw.HttpApi {
    // Counsellors sign in at their gemeente's IdP (or, where configured, as administrator-created users); the tenant
    // and the role come from configuration, never from the user (infra/constructs/aanmelden.ts).
    const aanmelden = new Aanmelden(this, 'Aanmelden', {
      configuratie: aanmeldconfiguratieVan(this),
      voorToken: this.functie('voor-token').functie,
    });
    this.aanmelden = aanmelden;
    // The ID token carries `custom:gemeente` and `custom:rol` and has the client id as `aud`; the handlers accept it.
    // Machine clients' access tokens carry `client_id`, which the authorizer also accepts, and only their scope.
    const authorizer = new HttpUserPoolAuthorizer('Jwt', aanmelden.gebruikers, {
      userPoolClients: [aanmelden.uiClient, ...aanmelden.machineClients.values()],
    });

    const api = new apigw.HttpApi(this, 'Api', {
      apiName: 'schuldhulp-flow',
      createDefaultStage: false,
      defaultAuthorizer: authorizer,
    });
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', { retention: LOG_RETENTIE });
    const stage = new apigw.HttpStage(this, 'ApiStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      // Per route below (functions/handlers/http/doorvoer.ts, sized for national peak load); this is the ceiling.
      throttle: { rateLimit: STAGE_DOORVOER.perSeconde, burstLimit: STAGE_DOORVOER.piek },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        // No source IP or user agent: those are personal data and not needed to operate the API.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });

    // Throttling per route: the L2 stage has no route settings, so they go on the CloudFormation stage (a JSON map:
    // CloudFormation's own PascalCase names, not converted by CDK).
    (stage.node.defaultChild as apigw.CfnStage).routeSettings = Object.fromEntries(
      routes.map((route) => {
        const d = doorvoerVan(route.functie);
        return [`${route.methode} ${route.pad}`, { ThrottlingRateLimit: d.perSeconde, ThrottlingBurstLimit: d.piek }];
      }),
    );
    for (const route of routes) {
      const r: Route = route;
      const [added] = api.addRoutes({
        path: route.pad,
        methods: [apigw.HttpMethod[route.methode]],
        integration: new HttpLambdaIntegration(
          `${pascal(route.functie)}Integratie`,
          this.functie(route.functie).functie,
        ),
        ...(r.publiek ? { authorizer: new apigw.HttpNoneAuthorizer() } : {}),
        ...(r.machinePartner ? { authorizationScopes: [volledigeScope(r.machinePartner)] } : {}),
      });
      if (r.publiek && added) {
        Validations.of(added).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.methode} ${route.pad} is public by design (routes.ts: publiek): it serves the OpenAPI document, no case data.`,
        });
      }
    }
    return api;
  }

  private maakAlarmen(stateful: StatefulStack): sns.Topic {
    const topic = new sns.Topic(this, 'Alarmen', {
      topicName: 'schuldhulp-flow-alarmen',
      masterKey: stateful.sleutel,
      enforceSSL: true,
    });
    const actie = new cwActions.SnsAction(topic);
    const alarm = (id: string, metric: cloudwatch.Metric, omschrijving: string) =>
      metric
        .createAlarm(this, id, {
          alarmDescription: omschrijving,
          threshold: 0,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        })
        .addAlarmAction(actie);
    const perMinuut = { period: Duration.minutes(1), statistic: cloudwatch.Stats.MAXIMUM };

    for (const [id, queue] of [
      ['EventDoelDlq', stateful.eventDoelDlq],
      ['FunctieDlq', stateful.functieDlq],
    ] as const) {
      alarm(
        `${id}Alarm`,
        queue.metricApproximateNumberOfMessagesVisible(perMinuut),
        `${queue.queueName} holds messages: redrive them once the cause is fixed.`,
      );
    }
    for (const [naam, machine] of this.stateMachines) {
      alarm(
        `${pascal(naam)}MisluktAlarm`,
        machine.metricFailed({ period: Duration.minutes(1), statistic: cloudwatch.Stats.SUM }),
        `An execution of ${stateMachineNaam(naam)} failed: redrive it once the cause is fixed.`,
      );
    }
    // One alarm over every function's errors (AWS/Lambda Errors without a FunctionName dimension: the account's
    // functions in this region): an alarm per function would cost ~80 resources of the stack's 500. The dashboard
    // and the shared log group (filtered by function_name) show which function it was.
    alarm(
      'FunctieFoutenAlarm',
      new cloudwatch.Metric({
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        period: Duration.minutes(1),
        statistic: cloudwatch.Stats.SUM,
      }),
      'A schuldhulp-flow function reported errors: see the dashboard and the log group /aws/lambda/schuldhulp-flow.',
    );
    return topic;
  }
}
