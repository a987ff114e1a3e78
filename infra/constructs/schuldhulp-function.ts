// Infrastructure: the one Lambda function construct; it owns the defaults and the binders (grant + env var in one call).
import path from 'node:path';
import { Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { TABEL } from '../../functions/adapters/tabel-ontwerp';
import type { WorkflowNaam } from '../../functions/app/poorten';
import { stateMachineNaam, workflowEnvNaam } from '../../functions/contracts/workflows';
import type { FunctieSoort } from '../functie-catalogus';
import { repoRoot } from '../repo-root';
import { BUNDEL_OPTIES } from './bundel-opties';

export interface SchuldhulpFunctionProps {
  /** Function name suffix and the name the local runtime uses (`local/functies.ts`). */
  naam: string;
  soort: FunctieSoort;
  /** Entry file relative to the repository root. */
  bestand: string;
  /** For asynchronously invoked functions (EventBridge): where failed invocations go after Lambda's own retries. */
  asyncDeadLetterQueue?: sqs.IQueue;
  logLevel?: string;
  logRetention?: logs.RetentionDays;
  /**
   * The log group to write to. The service stack passes one group for all its functions: a log group per function
   * would cost a CloudFormation resource each, and the stack must stay under the 500-resource limit. Every line
   * carries the function name (Powertools), so ops filter by it.
   */
  logGroup?: logs.ILogGroup;
  /** Defaults: 512 MB; 10 s (HTTP, events) or 30 s (workflow Tasks). */
  geheugenMb?: number;
  timeoutSeconden?: number;
}

const LEES_ACTIES = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const SCHRIJF_ACTIES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
const SLEUTEL_LEES_ACTIES = ['kms:Decrypt', 'kms:DescribeKey'];
const SLEUTEL_SCHRIJF_ACTIES = ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'];

export class SchuldhulpFunction extends Construct {
  readonly functie: nodejs.NodejsFunction;
  readonly logGroup: logs.ILogGroup;
  readonly rol: iam.Role;

  constructor(scope: Construct, id: string, props: SchuldhulpFunctionProps) {
    super(scope, id);
    const functionName = `schuldhulp-flow-${props.naam}`;

    this.logGroup =
      props.logGroup ??
      new logs.LogGroup(this, 'Logs', {
        logGroupName: `/aws/lambda/${functionName}`,
        retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
      });

    // An own role instead of AWSLambdaBasicExecutionRole: logging only to this function's log group.
    this.rol = new iam.Role(this, 'Rol', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    this.rol.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.functie = new nodejs.NodejsFunction(this, 'Functie', {
      functionName,
      entry: path.join(repoRoot, props.bestand),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.geheugenMb ?? 512,
      timeout: Duration.seconds(props.timeoutSeconden ?? (props.soort === 'workflow' ? 30 : 10)),
      tracing: lambda.Tracing.ACTIVE,
      role: this.rol,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        LOG_LEVEL: props.logLevel ?? 'INFO',
        POWERTOOLS_SERVICE_NAME: 'schuldhulp-flow',
        NODE_OPTIONS: BUNDEL_OPTIES.nodeOptions,
      },
      ...(props.asyncDeadLetterQueue
        ? { deadLetterQueueEnabled: true, deadLetterQueue: props.asyncDeadLetterQueue, retryAttempts: 2 }
        : {}),
      // The options live in bundel-opties.ts, which the benchmark bundles with too.
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: BUNDEL_OPTIES.target,
        mainFields: [...BUNDEL_OPTIES.mainFields],
        banner: BUNDEL_OPTIES.banner,
        minify: BUNDEL_OPTIES.minify,
        sourceMap: BUNDEL_OPTIES.sourceMap,
        sourcesContent: BUNDEL_OPTIES.sourcesContent,
        externalModules: [...BUNDEL_OPTIES.externals],
      },
    });

    Validations.of(this.rol).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only the X-Ray statement CDK adds for active tracing (xray:PutTraceSegments, xray:PutTelemetryRecords): these actions support no resource-level permissions.',
    });
    Validations.of(this.functie).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x is the runtime the project targets on purpose (DESIGN 2, Node >= 20 locally); moving to a newer one is a deliberate, tested upgrade, not a silent default.',
    });
  }

  get functionArn(): string {
    return this.functie.functionArn;
  }

  /** Reads (`r`) or reads and writes (`rw`) the case store: the table, its GSIs and its KMS key; sets TABLE_NAME. */
  bindTable(table: dynamodb.ITableV2, toegang: 'r' | 'rw'): this {
    const indexen = Object.keys(TABEL.indexen).map((naam) => `${table.tableArn}/index/${naam}`);
    this.rol.addToPolicy(
      new iam.PolicyStatement({
        actions: toegang === 'rw' ? [...LEES_ACTIES, ...SCHRIJF_ACTIES] : LEES_ACTIES,
        resources: [table.tableArn, ...indexen],
      }),
    );
    if (table.encryptionKey) {
      this.rol.addToPolicy(
        new iam.PolicyStatement({
          actions: toegang === 'rw' ? [...SLEUTEL_LEES_ACTIES, ...SLEUTEL_SCHRIJF_ACTIES] : SLEUTEL_LEES_ACTIES,
          resources: [table.encryptionKey.keyArn],
        }),
      );
    }
    this.functie.addEnvironment('TABLE_NAME', table.tableName);
    return this;
  }

  /**
   * Writes the inzage log (functions/adapters/dynamo-inzage-log.ts): PutItem on the table, only on partition keys
   * that start with `INZAGE#`, so a read-only function can record its reads and still cannot touch a case.
   */
  bindInzageLog(table: dynamodb.ITableV2): this {
    this.rol.addToPolicy(
      new iam.PolicyStatement({
        sid: 'InzageLog',
        actions: ['dynamodb:PutItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['INZAGE#*'] } },
      }),
    );
    if (table.encryptionKey) {
      this.rol.addToPolicy(
        new iam.PolicyStatement({
          sid: 'InzageLogSleutel',
          actions: [...SLEUTEL_SCHRIJF_ACTIES],
          resources: [table.encryptionKey.keyArn],
        }),
      );
    }
    this.functie.addEnvironment('TABLE_NAME', table.tableName);
    return this;
  }

  /** Hashes personal identifiers with the HMAC key (GenerateMac only); sets PSEUDONIEM_SLEUTEL_ID. */
  bindPseudoniem(sleutel: kms.IKey): this {
    this.rol.addToPolicy(new iam.PolicyStatement({ actions: ['kms:GenerateMac'], resources: [sleutel.keyArn] }));
    this.functie.addEnvironment('PSEUDONIEM_SLEUTEL_ID', sleutel.keyArn);
    return this;
  }

  /**
   * Reads (`r`) or also writes (`rw`) the beschikkingen in the document store, and uses its key; sets
   * DOCUMENTEN_BUCKET. Object keys are per case, so the object permission is a prefix, acknowledged as such.
   */
  bindDocumenten(bucketNaam: string, sleutel: kms.IKey, toegang: 'r' | 'rw'): this {
    const objecten = `arn:aws:s3:::${bucketNaam}/beschikkingen/*`;
    this.rol.addToPolicy(
      new iam.PolicyStatement({
        actions: toegang === 'rw' ? ['s3:GetObject', 's3:PutObject'] : ['s3:GetObject'],
        resources: [objecten],
      }),
    );
    this.rol.addToPolicy(
      new iam.PolicyStatement({
        actions: toegang === 'rw' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
        resources: [sleutel.keyArn],
      }),
    );
    Validations.of(this.rol).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${objecten}]`,
      reason:
        'Beschikkingen are stored per case under beschikkingen/<gemeente>/<traject>/; the function may touch that prefix only.',
    });
    this.functie.addEnvironment('DOCUMENTEN_BUCKET', bucketNaam);
    return this;
  }

  /** Publishes on the bus; sets EVENT_BUS_NAME. */
  bindBus(bus: events.IEventBus): this {
    bus.grantPutEventsTo(this.functie);
    this.functie.addEnvironment('EVENT_BUS_NAME', bus.eventBusName);
    return this;
  }

  /**
   * Starts executions of (`start`) or answers task tokens of (`task-response`) a workflow; sets STATE_MACHINE_<NAAM>.
   * Pass a by-name reference for a state machine that itself invokes this function, or the two form a cycle.
   */
  bindWorkflow(
    naam: WorkflowNaam,
    stateMachine: sfn.IStateMachine,
    toegang: 'start' | 'task-response' | 'historie',
  ): this {
    if (toegang === 'start') stateMachine.grantStartExecution(this.functie);
    else if (toegang === 'historie') {
      stateMachine.grantExecution(this.functie, 'states:GetExecutionHistory');
      const stack = Stack.of(this);
      const deel = (waarde: string, pseudo: string) => (Token.isUnresolved(waarde) ? pseudo : waarde);
      Validations.of(this.rol).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${deel(stack.region, '<AWS::Region>')}:${deel(stack.account, '<AWS::AccountId>')}:execution:${stateMachineNaam(naam)}:*]`,
        reason:
          "Executions are named per case; reading the history of this state machine's executions (to name the state that failed) is the narrowest grant.",
      });
    } else stateMachine.grantTaskResponse(this.functie);
    this.functie.addEnvironment(workflowEnvNaam(naam), stateMachine.stateMachineArn);
    return this;
  }
}
