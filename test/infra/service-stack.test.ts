import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRegels } from '../../functions/contracts/event-regels';
import { workflows } from '../../functions/contracts/workflows';
import { doorvoerVan, STAGE_DOORVOER } from '../../functions/handlers/http/doorvoer';
import { routes } from '../../functions/handlers/http/routes';
import { functieCatalogus } from '../../infra/functie-catalogus';
import { repoRoot } from '../../infra/repo-root';
import { functieNamen } from '../../local/functies';
import { actiesVanRol, bouwTestApp, type TestApp } from './test-app';

const SCHRIJVEN = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
const TAAK_ANTWOORD = ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'];

describe('ServiceStack', () => {
  let app: TestApp;
  let template: Template;
  /** `{ Fn::GetAtt: [<function>, 'Arn'] }` as it appears in the template. */
  let functieArn: (naam: string) => unknown;
  let acties: (naam: string) => Set<string>;
  let omgeving: (naam: string) => Record<string, unknown>;

  beforeAll(() => {
    app = bouwTestApp();
    template = Template.fromStack(app.service);
    const functie = (naam: string) => {
      const f = app.service.functies.get(naam);
      if (!f) throw new Error(`no function ${naam}`);
      return f;
    };
    functieArn = (naam) => app.service.resolve(functie(naam).functionArn);
    acties = (naam) => actiesVanRol(template, app.service.getLogicalId(functie(naam).rol.node.defaultChild as never));
    omgeving = (naam) => {
      const [resource] = Object.values(
        template.findResources('AWS::Lambda::Function', { Properties: { FunctionName: `schuldhulp-flow-${naam}` } }),
      );
      return (resource?.Properties?.Environment?.Variables ?? {}) as Record<string, unknown>;
    };
  });

  afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

  describe('functions', () => {
    it('catalogues exactly the functions the local runtime runs', () => {
      expect(functieCatalogus.map((f) => f.naam).sort()).toEqual([...functieNamen].sort());
    });

    it('derives the HTTP functions from the route table', () => {
      const http = functieCatalogus.filter((f) => f.soort === 'http').map((f) => f.naam);
      expect(http).toEqual(routes.map((r) => r.functie));
    });

    it('deploys one function per catalogue entry and no other', () => {
      const namen = Object.values(template.findResources('AWS::Lambda::Function')).map(
        (f) => f.Properties?.FunctionName,
      );
      expect(namen.sort()).toEqual(functieCatalogus.map((f) => `schuldhulp-flow-${f.naam}`).sort());
    });

    it.each(functieCatalogus.map((f) => [f.naam, f] as const))('%s has the defaults of the construct', (naam, def) => {
      const logGroup = Object.entries(
        template.findResources('AWS::Logs::LogGroup', {
          // One log group for every function: a group each would cost the stack ~80 of its 500 resources.
          Properties: { LogGroupName: '/aws/lambda/schuldhulp-flow' },
        }),
      );
      expect(logGroup).toHaveLength(1);
      expect(logGroup[0]?.[1].Properties).toMatchObject({ RetentionInDays: 90 });
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `schuldhulp-flow-${naam}`,
        Handler: 'index.handler',
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        MemorySize: def.geheugenMb ?? 512,
        Timeout: def.timeoutSeconden ?? (def.soort === 'workflow' ? 30 : 10),
        LoggingConfig: Match.objectLike({ LogGroup: { Ref: logGroup[0]?.[0] } }),
        Environment: {
          Variables: Match.objectLike({ LOG_LEVEL: 'INFO', POWERTOOLS_SERVICE_NAME: 'schuldhulp-flow' }),
        },
      });
    });

    it('uses no AWS managed policies on function roles', () => {
      for (const def of functieCatalogus) {
        const rol = app.service.functies.get(def.naam)?.rol.node.defaultChild as never;
        const resource = template.toJSON().Resources[app.service.getLogicalId(rol)];
        expect(resource.Properties.ManagedPolicyArns).toBeUndefined();
      }
    });

    it.each(functieCatalogus.map((f) => [f.naam, f] as const))(
      '%s gets exactly the access the catalogue gives',
      (naam, def) => {
        const a = acties(naam);
        const env = omgeving(naam);
        expect(a.has('dynamodb:Query'), 'reads the table').toBe(def.tabel !== undefined);
        expect('TABLE_NAME' in env).toBe(def.tabel !== undefined);
        for (const actie of SCHRIJVEN) expect(a.has(actie), actie).toBe(def.tabel === 'rw');
        expect(a.has('kms:Encrypt')).toBe(def.tabel === 'rw');
        expect(a.has('events:PutEvents')).toBe(def.bus === true);
        expect('EVENT_BUS_NAME' in env).toBe(def.bus === true);
        expect(a.has('states:StartExecution')).toBe(def.workflow === 'start');
        for (const actie of TAAK_ANTWOORD) expect(a.has(actie), actie).toBe(def.workflow === 'task-response');
        expect('STATE_MACHINE_IN_CONTACT' in env).toBe(def.workflow !== undefined);
        expect('STATE_MACHINE_PLAATJE_COMPLEET' in env).toBe(def.workflow !== undefined);
        expect(a.has('kms:GenerateMac')).toBe(def.pseudoniem === true);
        expect('PSEUDONIEM_SLEUTEL_ID' in env).toBe(def.pseudoniem === true);
      },
    );

    it('gives the functions the access their job needs, and no more', () => {
      for (const actie of SCHRIJVEN) expect(acties('bekijk-traject')).not.toContain(actie);
      expect(acties('bekijk-traject')).not.toContain('events:PutEvents');
      expect(acties('voltooi-eerste-gesprek')).toContain('states:SendTaskSuccess');
      expect(acties('voltooi-eerste-gesprek')).toContain('dynamodb:PutItem');
      expect(acties('wacht-op-stap')).toContain('states:SendTaskSuccess');
      expect(acties('controleer-stap')).toContain('events:PutEvents');
      expect(acties('start-workflow')).toContain('states:StartExecution');
      expect(acties('registreer-aanmelding')).toContain('kms:GenerateMac');
      expect(acties('verwijs-door')).toContain('kms:GenerateMac');
      expect(acties('bekijk-verwijzing')).not.toContain('kms:GenerateMac');
      expect([...acties('stel-beschikking-op')]).toEqual(expect.arrayContaining(['s3:PutObject', 's3:GetObject']));
      expect([...acties('haal-beschikking')]).toContain('s3:GetObject');
      expect([...acties('haal-beschikking')]).not.toContain('s3:PutObject');
      expect([...acties('bekijk-traject')].filter((a) => a.startsWith('s3:'))).toEqual([]);
      // It reads the case (does a vastgestelde beschikking open a schuldregeling?), it never writes it.
      for (const actie of SCHRIJVEN) expect(acties('start-workflow')).not.toContain(actie);
      expect(acties('krediet')).toContain('dynamodb:PutItem');
      expect(acties('krediet')).not.toContain('states:SendTaskSuccess');
      expect(acties('leg-berekening-vast')).toContain('states:SendTaskSuccess');
      expect([...acties('openapi')].sort()).toEqual(
        ['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTelemetryRecords', 'xray:PutTraceSegments'].sort(),
      );
    });

    it('lets every HTTP function that reads the store write the inzage log, and only on INZAGE# keys', () => {
      for (const def of functieCatalogus) {
        const f = app.service.functies.get(def.naam);
        const rol = app.service.getLogicalId(f?.rol.node.defaultChild as never);
        const verwacht = def.soort === 'http' && def.tabel !== undefined;
        expect(actiesVanRol(template, rol, { inzage: true }).has('dynamodb:PutItem'), def.naam).toBe(verwacht);
      }
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: Match.objectLike({
          Statement: Match.arrayWith([
            Match.objectLike({
              Sid: 'InzageLog',
              Action: 'dynamodb:PutItem',
              Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['INZAGE#*'] } },
            }),
          ]),
        }),
      });
    });

    it('scopes table access to the table and its named GSIs, never index/*', () => {
      const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
      expect(policies).toContain('/index/outbox');
      expect(policies).toContain('/index/werkvoorraad');
      expect(policies).not.toContain('/index/*');
    });

    it('sends failed asynchronous invocations of the event consumers to the function DLQ', () => {
      for (const def of functieCatalogus.filter((f) => f.soort === 'event')) {
        template.hasResourceProperties('AWS::Lambda::Function', {
          FunctionName: `schuldhulp-flow-${def.naam}`,
          DeadLetterConfig: {
            TargetArn: Match.objectLike({ 'Fn::ImportValue': Match.stringLikeRegexp('FunctieDlq') }),
          },
        });
        template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: Match.anyValue(),
          MaximumRetryAttempts: 2,
        });
      }
    });
  });

  describe('workflows', () => {
    it.each(Object.entries(workflows))('%s: Standard, traced, errors logged without execution data', (naam) => {
      template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        StateMachineName: `schuldhulp-flow-${naam}`,
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: Match.objectLike({ Level: 'ERROR', IncludeExecutionData: false }),
      });
    });

    it.each(Object.entries(workflows))('%s: every placeholder in the ASL file is a function ARN', (naam, def) => {
      const asl = readFileSync(path.join(repoRoot, def.bestand), 'utf8');
      const placeholders = new Set([...asl.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]));
      expect([...placeholders].sort()).toEqual(Object.keys(def.functies).sort());
      template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        StateMachineName: `schuldhulp-flow-${naam}`,
        DefinitionSubstitutions: Object.fromEntries(
          Object.entries(def.functies).map(([sleutel, functie]) => [sleutel, functieArn(functie)]),
        ),
      });
    });

    it.each(Object.entries(workflows))('%s: may invoke exactly its task functions', (naam, def) => {
      const machine = app.service.stateMachines.get(naam as never);
      if (!machine) throw new Error(`no state machine ${naam}`);
      const rol = app.service.getLogicalId(machine.role.node.defaultChild as never);
      template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [{ Ref: rol }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            {
              Effect: 'Allow',
              Action: 'lambda:InvokeFunction',
              Resource: [...new Set(Object.values(def.functies))].map(functieArn),
            },
          ]),
        },
      });
    });
  });

  describe('event rules', () => {
    it.each(eventRegels.map((r, i) => [r.naam, i] as const))('%s: the deployed pattern is the data', (_naam, i) => {
      const regel = eventRegels[i];
      if (!regel) throw new Error('no rule');
      template.hasResourceProperties('AWS::Events::Rule', {
        EventPattern: Match.exact(regel.patroon),
        EventBusName: app.service.resolve(app.stateful.bus.eventBusName),
        Targets: [Match.objectLike({ Arn: functieArn(regel.doel) })],
      });
    });

    it('gives every rule target retries, a maximum event age and a DLQ', () => {
      const rules = Object.values(template.findResources('AWS::Events::Rule'));
      expect(rules.length).toBe(eventRegels.length + 1);
      for (const rule of rules) {
        for (const target of rule.Properties.Targets) {
          expect(target).toMatchObject({
            RetryPolicy: { MaximumRetryAttempts: expect.any(Number), MaximumEventAgeInSeconds: expect.any(Number) },
            DeadLetterConfig: { Arn: { 'Fn::ImportValue': expect.stringMatching(/EventDoelDlq/) } },
          });
        }
      }
    });

    it('runs herpubliceer every minute under a name the DLQ policy admits', () => {
      template.hasResourceProperties('AWS::Events::Rule', {
        Name: Match.stringLikeRegexp('^schuldhulp-flow'),
        ScheduleExpression: 'rate(1 minute)',
        Targets: [Match.objectLike({ Arn: functieArn('herpubliceer') })],
      });
    });
  });

  describe('HTTP API', () => {
    it('has a Cognito JWT authorizer for the UI client and the machine clients (test/infra/aanmelden.test.ts)', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [Match.anyValue(), Match.anyValue(), Match.anyValue()],
          Issuer: Match.anyValue(),
        },
      });
    });

    it.each(routes.map((r) => [`${r.methode} ${r.pad}`, r] as const))(
      '%s routes to its function',
      (routeKey, route) => {
        const publiek = 'publiek' in route && route.publiek === true;
        template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
          RouteKey: routeKey,
          AuthorizationType: publiek ? 'NONE' : 'JWT',
          ...(publiek ? {} : { AuthorizerId: Match.anyValue() }),
        });
        const [route_] = Object.values(
          template.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: routeKey } }),
        );
        const integratie = JSON.stringify(route_?.Properties?.Target).match(/"Ref":"(\w+)"/)?.[1];
        expect(template.toJSON().Resources[integratie ?? '']?.Properties).toMatchObject({
          IntegrationType: 'AWS_PROXY',
          IntegrationUri: functieArn(route.functie),
          PayloadFormatVersion: '2.0',
        });
      },
    );

    it('has no routes other than the route table', () => {
      template.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length);
    });

    it('logs access to a log group with retention, without the caller’s IP', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.not(Match.stringLikeRegexp('sourceIp')) },
      });
      const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
      const logGroup = stage?.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
      expect(template.toJSON().Resources[logGroup].Properties.RetentionInDays).toBe(90);
    });

    it('keeps gemeente and rol out of what a user may write', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        MfaConfiguration: 'ON',
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        Schema: Match.arrayWith([
          Match.objectLike({ Name: 'gemeente', Mutable: true }),
          Match.objectLike({ Name: 'rol', Mutable: true }),
        ]),
      });
      const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
      expect(client?.Properties.ReadAttributes).toEqual(expect.arrayContaining(['custom:gemeente', 'custom:rol']));
      expect(client?.Properties.WriteAttributes ?? []).not.toEqual(expect.arrayContaining(['custom:gemeente']));
      expect(client?.Properties.WriteAttributes ?? []).not.toEqual(expect.arrayContaining(['custom:rol']));
    });
  });

  describe('alarms', () => {
    const alarmOp = (metricName: string, dimensie: Record<string, unknown>) =>
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: metricName,
        Dimensions: [dimensie],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ Ref: app.service.getLogicalId(app.service.alarmTopic.node.defaultChild as never) }],
      });

    it('alarms when a DLQ holds messages', () => {
      for (const queue of [app.stateful.eventDoelDlq, app.stateful.functieDlq]) {
        alarmOp('ApproximateNumberOfMessagesVisible', {
          Name: 'QueueName',
          Value: app.service.resolve(queue.queueName),
        });
      }
    });

    it('alarms when a workflow execution fails', () => {
      for (const machine of app.service.stateMachines.values()) {
        alarmOp('ExecutionsFailed', { Name: 'StateMachineArn', Value: app.service.resolve(machine.stateMachineArn) });
      }
    });

    it('alarms when a function reports errors (one alarm over every function)', () => {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Threshold: 0,
        AlarmActions: Match.anyValue(),
      });
    });

    it('stays under the CloudFormation limit of 500 resources per stack', () => {
      expect(Object.keys(template.toJSON().Resources).length).toBeLessThan(500);
    });

    it('publishes alarms to a KMS-encrypted, SSL-only topic', () => {
      template.hasResourceProperties('AWS::SNS::Topic', {
        KmsMasterKeyId: Match.objectLike({ 'Fn::ImportValue': Match.stringLikeRegexp('Sleutel') }),
      });
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });
  });

  it('throttles every route at its own limit (doorvoer.ts), under a stage ceiling of their sum', () => {
    const [stage] = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'));
    const instellingen = stage?.Properties?.RouteSettings as Record<string, Record<string, number>>;
    expect(Object.keys(instellingen).sort()).toEqual(routes.map((r) => `${r.methode} ${r.pad}`).sort());
    for (const r of routes) {
      expect(instellingen[`${r.methode} ${r.pad}`]).toEqual({
        ThrottlingRateLimit: doorvoerVan(r.functie).perSeconde,
        ThrottlingBurstLimit: doorvoerVan(r.functie).piek,
      });
    }
    expect(instellingen['GET /trajecten/{id}']?.ThrottlingRateLimit).toBeGreaterThan(50);
    expect(stage?.Properties?.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: STAGE_DOORVOER.perSeconde });
  });
});
