// Composition root for Lambda: one adapter maker per port, configured from the environment the function construct
// sets. A handler imports the makers of the ports it uses and hands them to awsAfhankelijkheden; esbuild leaves the
// others, and their adapters, out of its bundle.
import { workflowEnvNaam } from '../contracts/workflows';
import type { AdapterMaker } from './aws-bedrading';
import { BusKoppelingen } from './bus-koppelingen';
import { BusSchuldenknooppunt } from './bus-schuldenknooppunt';
import { DynamoBewaring } from './dynamo-bewaring';
import { DynamoConsulentOpslag } from './dynamo-consulent-opslag';
import { DynamoGemeenteConfiguratie } from './dynamo-gemeente-configuratie';
import { DynamoInzageLog } from './dynamo-inzage-log';
import { DynamoLijsten } from './dynamo-lijsten';
import { DynamoOutbox } from './dynamo-outbox';
import { DynamoSignaalOpslag } from './dynamo-signaal-opslag';
import { DynamoTrajectOpslag } from './dynamo-traject-opslag';
import { EventBridgePublicatie } from './eventbridge-publicatie';
import { KmsPseudonimisering } from './kms-pseudonimisering';
import { S3DocumentOpslag } from './s3-document-opslag';
import { StepFunctionsWorkflow } from './step-functions-workflow';

function env(naam: string): string {
  const waarde = process.env[naam];
  if (!waarde) throw new Error(`environment variable ${naam} is not set on this function`);
  return waarde;
}

export const opslag: AdapterMaker<'opslag'> = () => new DynamoTrajectOpslag(env('TABLE_NAME'));

export const lijsten: AdapterMaker<'lijsten'> = () => new DynamoLijsten(env('TABLE_NAME'));

export const outbox: AdapterMaker<'outbox'> = () => new DynamoOutbox(env('TABLE_NAME'));

export const consulent: AdapterMaker<'consulent'> = () => new DynamoConsulentOpslag(env('TABLE_NAME'));

export const events: AdapterMaker<'events'> = () => new EventBridgePublicatie(env('EVENT_BUS_NAME'));

export const workflow: AdapterMaker<'workflow'> = () => new StepFunctionsWorkflow((naam) => env(workflowEnvNaam(naam)));

export const pseudoniem: AdapterMaker<'pseudoniem'> = () => new KmsPseudonimisering(env('PSEUDONIEM_SLEUTEL_ID'));

export const documenten: AdapterMaker<'documenten'> = () => new S3DocumentOpslag(env('DOCUMENTEN_BUCKET'));

export const inzage: AdapterMaker<'inzage'> = () => new DynamoInzageLog(env('TABLE_NAME'));

/** Publishes on the bus: the handler wires `events` too. */
export const koppelingen: AdapterMaker<'koppelingen'> = (root) => new BusKoppelingen(root.events, root.klok.nu);

export const configuratie: AdapterMaker<'configuratie'> = () => new DynamoGemeenteConfiguratie(env('TABLE_NAME'));

/** Publishes on the bus: the handler wires `events` too. */
export const schuldenknooppunt: AdapterMaker<'schuldenknooppunt'> = (root) =>
  new BusSchuldenknooppunt(root.events, root.klok.nu);

// BEWAARTERMIJNEN: JSON {"<gemeente>": {"trajectMaanden": n, "signaalMaanden": n}}; absent = none configured.
export const bewaring: AdapterMaker<'bewaring'> = () =>
  new DynamoBewaring(env('TABLE_NAME'), JSON.parse(process.env.BEWAARTERMIJNEN ?? '{}'));

export const signalen: AdapterMaker<'signalen'> = () => new DynamoSignaalOpslag(env('TABLE_NAME'));
