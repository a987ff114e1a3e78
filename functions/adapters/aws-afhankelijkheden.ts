// Composition root for Lambda: configured from the environment the function construct sets. Every adapter, and the
// SDK client behind it, is made on first use, so a function loads only the AWS clients its calls need.
import { randomUUID } from 'node:crypto';
import type { Afhankelijkheden } from '../app/poorten';
import { workflowEnvNaam } from '../contracts/workflows';
import { BusKoppelingen } from './bus-koppelingen';
import { BusSchuldenknooppunt } from './bus-schuldenknooppunt';
import { DynamoBewaring } from './dynamo-bewaring';
import { DynamoConsulentOpslag } from './dynamo-consulent-opslag';
import { DynamoGemeenteConfiguratie } from './dynamo-gemeente-configuratie';
import { DynamoInzageLog } from './dynamo-inzage-log';
import { DynamoSignaalOpslag } from './dynamo-signaal-opslag';
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
  const cache = new Map<string, unknown>();
  const eenmaal = <T>(naam: string, maak: () => T): T => {
    if (!cache.has(naam)) cache.set(naam, maak());
    return cache.get(naam) as T;
  };
  const nieuw: Afhankelijkheden = {
    get opslag() {
      return eenmaal('opslag', () => new DynamoTrajectOpslag(env('TABLE_NAME')));
    },
    get consulent() {
      return eenmaal('consulent', () => new DynamoConsulentOpslag(env('TABLE_NAME')));
    },
    get events() {
      return eenmaal('events', () => new EventBridgePublicatie(env('EVENT_BUS_NAME')));
    },
    get workflow() {
      return eenmaal('workflow', () => new StepFunctionsWorkflow((naam) => env(workflowEnvNaam(naam))));
    },
    get pseudoniem() {
      return eenmaal('pseudoniem', () => new KmsPseudonimisering(env('PSEUDONIEM_SLEUTEL_ID')));
    },
    get documenten() {
      return eenmaal('documenten', () => new S3DocumentOpslag(env('DOCUMENTEN_BUCKET')));
    },
    get inzage() {
      return eenmaal('inzage', () => new DynamoInzageLog(env('TABLE_NAME')));
    },
    get koppelingen() {
      return eenmaal('koppelingen', () => new BusKoppelingen(nieuw.events, systeemklok.nu));
    },
    get configuratie() {
      return eenmaal('configuratie', () => new DynamoGemeenteConfiguratie(env('TABLE_NAME')));
    },
    get schuldenknooppunt() {
      return eenmaal('schuldenknooppunt', () => new BusSchuldenknooppunt(nieuw.events, systeemklok.nu));
    },
    get bewaring() {
      // BEWAARTERMIJNEN: JSON {"<gemeente>": {"trajectMaanden": n, "signaalMaanden": n}}; absent = none configured.
      return eenmaal(
        'bewaring',
        () => new DynamoBewaring(env('TABLE_NAME'), JSON.parse(process.env.BEWAARTERMIJNEN ?? '{}')),
      );
    },
    get signalen() {
      return eenmaal('signalen', () => new DynamoSignaalOpslag(env('TABLE_NAME')));
    },
    klok: systeemklok,
    ids: { nieuwId: randomUUID },
  };
  deps = nieuw;
  return nieuw;
}
