// Infrastructure: what holds data and must outlive a redeploy: the key, the case store, the bus and the dead-letter queues.
import { RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TABEL } from '../functions/adapters/tabel-ontwerp';
import { TRAJECT_BRON } from '../functions/contracts/domein-events';
import { DLQ_RETENTIE, EVENT_ARCHIEF_RETENTIE, TOEGANGSLOG_RETENTIE } from './bewaartermijnen';

export const BUS_NAAM = 'schuldhulp-flow';
/** Every EventBridge rule of this app is named `schuldhulp-flow…` or lives on the bus of that name. */
export const REGEL_NAAM_PREFIX = 'schuldhulp-flow';

/** A literal name, so function policies can name the object prefix without a cross-stack token. */
export function documentenBucketNaam(account: string, region: string): string {
  return `schuldhulp-flow-documenten-${account}-${region}`;
}

export class StatefulStack extends Stack {
  readonly sleutel: kms.Key;
  /** HMAC key for person lookups: the contact is hashed inside KMS, the key material never leaves it. */
  readonly pseudoniemSleutel: kms.Key;
  readonly tabel: dynamodb.TableV2;
  readonly bus: events.EventBus;
  /** Events EventBridge could not deliver to a rule target after its retries. */
  readonly eventDoelDlq: sqs.Queue;
  /** Documents with personal data (the beschikking PDF): encrypted with the CMK, never public, kept on delete. */
  readonly documenten: s3.Bucket;
  /** Asynchronous Lambda invocations (event consumers) that failed after Lambda's own retries. */
  readonly functieDlq: sqs.Queue;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.pseudoniemSleutel = new kms.Key(this, 'PseudoniemSleutel', {
      description: 'schuldhulp-flow: HMAC key for keyed hashes of personal identifiers',
      keySpec: kms.KeySpec.HMAC_256,
      keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.sleutel = new kms.Key(this, 'Sleutel', {
      alias: 'alias/schuldhulp-flow',
      description: 'schuldhulp-flow: case store and alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // CloudWatch alarms publish to the KMS-encrypted alarm topic; the AWS managed SNS key would not allow that.
    this.sleutel.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );

    const sleutel = (naam: string) => ({ name: naam, type: dynamodb.AttributeType.STRING });
    this.tabel = new dynamodb.TableV2(this, 'Tabel', {
      partitionKey: sleutel(TABEL.partitionKey),
      sortKey: sleutel(TABEL.sortKey),
      billing: dynamodb.Billing.onDemand(),
      tableClass: dynamodb.TableClass[TABEL.klasse],
      encryption: dynamodb.TableEncryptionV2.customerManagedKey(this.sleutel),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // DESIGN 2.2: a closed case gets an expiry date.
      timeToLiveAttribute: TABEL.ttlAttribute,
      globalSecondaryIndexes: Object.entries(TABEL.indexen).map(([indexName, index]) => ({
        indexName,
        partitionKey: sleutel(index.partitionKey),
        sortKey: sleutel(index.sortKey),
        projectionType: dynamodb.ProjectionType[index.projectie],
      })),
    });

    this.bus = new events.EventBus(this, 'Bus', { eventBusName: BUS_NAAM });
    // Domain events carry ids, step names and dates only (DESIGN 2.2), so an archive for replay holds no personal data.
    this.bus.archive('TrajectArchief', {
      archiveName: 'schuldhulp-flow-traject',
      description: 'nl.schuldhulp.traject domain events, for replay',
      eventPattern: { source: [TRAJECT_BRON] },
      retention: EVENT_ARCHIEF_RETENTIE,
    });

    const toegangslog = new s3.Bucket(this, 'DocumentenToegangslog', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: TOEGANGSLOG_RETENTIE }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(toegangslog).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket is the access log of the documents bucket; logging the log bucket would recurse.',
    });
    this.documenten = new s3.Bucket(this, 'Documenten', {
      bucketName: documentenBucketNaam(this.account, this.region),
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.sleutel,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: toegangslog,
      serverAccessLogsPrefix: 'documenten/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.eventDoelDlq = this.dlq('EventDoelDlq', 'schuldhulp-flow-event-doel-dlq');
    this.functieDlq = this.dlq('FunctieDlq', 'schuldhulp-flow-functie-dlq');
    // The rules live in the service stack; granting by rule-name prefix here avoids a cross-stack cycle.
    this.eventDoelDlq.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('events.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.eventDoelDlq.queueArn],
        conditions: {
          ArnLike: {
            'aws:SourceArn': this.formatArn({
              service: 'events',
              resource: 'rule',
              resourceName: `${REGEL_NAAM_PREFIX}*`,
            }),
          },
        },
      }),
    );
  }

  private dlq(id: string, queueName: string): sqs.Queue {
    const queue = new sqs.Queue(this, id, {
      queueName,
      // SQS-managed SSE: EventBridge and Lambda can write without a key policy; the messages are event envelopes (ids).
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: DLQ_RETENTIE,
      // Undelivered events wait here for a redrive; deleting the stack must not drop them.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue (of EventBridge targets or of asynchronous Lambda invocations); cdk-nag only recognises DLQs named in an SQS RedrivePolicy.',
    });
    return queue;
  }
}
