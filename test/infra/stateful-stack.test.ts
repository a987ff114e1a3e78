import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABEL } from '../../functions/adapters/tabel-ontwerp';
import { TRAJECT_BRON } from '../../functions/contracts/domein-events';
import { bouwTestApp, type TestApp } from './test-app';

describe('StatefulStack', () => {
  let app: TestApp;
  let template: Template;
  let sleutelArn: unknown;

  beforeAll(() => {
    app = bouwTestApp();
    template = Template.fromStack(app.stateful);
    sleutelArn = app.stateful.resolve(app.stateful.sleutel.keyArn);
  });

  afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

  it('has one customer-managed encryption key with rotation and one HMAC key for pseudonyms, both kept on delete', () => {
    template.resourceCountIs('AWS::KMS::Key', 2);
    template.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({ EnableKeyRotation: true }),
      DeletionPolicy: 'Retain',
    });
    template.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      DeletionPolicy: 'Retain',
    });
  });

  it('lets CloudWatch alarms use the key for the encrypted alarm topic, for this account only', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Condition: { StringEquals: { 'aws:SourceAccount': app.stateful.account } },
          }),
        ]),
      },
    });
  });

  it('has one on-demand table encrypted with the CMK, with PITR, deletion protection and TTL, kept on delete', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        TimeToLiveSpecification: { AttributeName: TABEL.ttlAttribute, Enabled: true },
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            SSESpecification: { KMSMasterKeyId: sleutelArn },
          }),
        ],
      }),
    });
  });

  it('has exactly the keys and GSIs of TABEL', () => {
    const sleutels = (pk: string, sk: string) => [
      { AttributeName: pk, KeyType: 'HASH' },
      { AttributeName: sk, KeyType: 'RANGE' },
    ];
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: sleutels(TABEL.partitionKey, TABEL.sortKey),
      GlobalSecondaryIndexes: Object.entries(TABEL.indexen).map(([IndexName, index]) => ({
        IndexName,
        KeySchema: sleutels(index.partitionKey, index.sortKey),
        Projection: { ProjectionType: index.projectie },
      })),
    });
  });

  it('has the custom bus and an archive of the nl.schuldhulp.traject events', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'schuldhulp-flow' });
    template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: app.stateful.resolve(app.stateful.bus.eventBusArn),
      EventPattern: { source: [TRAJECT_BRON] },
    });
  });

  it('has encrypted, SSL-only dead-letter queues that outlive the stack', () => {
    const queues = template.findResources('AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(2);
    for (const [logicalId, queue] of Object.entries(queues)) {
      expect(queue).toMatchObject({ DeletionPolicy: 'Retain', Properties: { SqsManagedSseEnabled: true } });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: logicalId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('lets only this app’s EventBridge rules write to the event-target DLQ', () => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [app.stateful.resolve(app.stateful.eventDoelDlq.queueUrl)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Condition: {
              ArnLike: {
                'aws:SourceArn': Match.objectLike({
                  'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':rule/schuldhulp-flow\\*$')])],
                }),
              },
            },
          }),
        ]),
      },
    });
  });
});

describe('StatefulStack documents', () => {
  it('keeps beschikkingen in a private, CMK-encrypted, versioned bucket with access logs', () => {
    const template = Template.fromStack(bouwTestApp().stateful);
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        BucketName: Match.stringLikeRegexp('^schuldhulp-flow-documenten-'),
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }) }),
          ],
        },
        PublicAccessBlockConfiguration: Match.objectLike({ BlockPublicAcls: true, RestrictPublicBuckets: true }),
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'documenten/' }),
      }),
      DeletionPolicy: 'Retain',
    });
  });
});
