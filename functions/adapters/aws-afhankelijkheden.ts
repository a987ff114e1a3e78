// Composition root for Lambda: module-scope clients, configured from the environment the function construct sets.
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Afhankelijkheden } from '../app/poorten';
import { BusKoppelingen } from './bus-koppelingen';
import { DynamoTrajectOpslag } from './dynamo-traject-opslag';
import { EventBridgePublicatie } from './eventbridge-publicatie';
import { KmsPseudonimisering } from './kms-pseudonimisering';
import { S3DocumentOpslag } from './s3-document-opslag';
import { StepFunctionsWorkflow } from './step-functions-workflow';
import { systeemklok } from './systeemklok';

function env(naam: string): string {
  const waarde = process.env[naam];
  if (!waarde) throw new Error(`environment variable ${naam} is not set on this function`);
  return waarde;
}

let deps: Afhankelijkheden | undefined;

/**
 * Built on first use, and each adapter on its own first use: importing a handler (tests, the local runtime) needs no
 * AWS environment, and a function that was granted no table (a calculator) never asks for TABLE_NAME.
 */
export function awsAfhankelijkheden(): Afhankelijkheden {
  if (deps) return deps;
  let opslag: DynamoTrajectOpslag | undefined;
  let events: EventBridgePublicatie | undefined;
  let workflow: StepFunctionsWorkflow | undefined;
  let pseudoniem: KmsPseudonimisering | undefined;
  let documenten: S3DocumentOpslag | undefined;
  const nieuw: Afhankelijkheden = {
    get opslag() {
      opslag ??= new DynamoTrajectOpslag(
        DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
        env('TABLE_NAME'),
      );
      return opslag;
    },
    get events() {
      events ??= new EventBridgePublicatie(new EventBridgeClient({}), env('EVENT_BUS_NAME'));
      return events;
    },
    get workflow() {
      workflow ??= new StepFunctionsWorkflow(new SFNClient({}), { 'in-contact': env('STATE_MACHINE_IN_CONTACT') });
      return workflow;
    },
    get pseudoniem() {
      pseudoniem ??= new KmsPseudonimisering(new KMSClient({}), env('PSEUDONIEM_SLEUTEL_ID'));
      return pseudoniem;
    },
    get documenten() {
      documenten ??= new S3DocumentOpslag(new S3Client({}), env('DOCUMENTEN_BUCKET'));
      return documenten;
    },
    get koppelingen() {
      return new BusKoppelingen(nieuw.events, systeemklok.nu);
    },
    klok: systeemklok,
    ids: { nieuwId: randomUUID },
  };
  deps = nieuw;
  return nieuw;
}
