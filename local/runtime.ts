// Local runtime: the whole system on one machine. dynalite, the ASL workflows, the bus with the deployed rules, the
// HTTP API and the JWT issuer, wired to the same handlers and use cases that run in Lambda.
import './node20-polyfills';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand, type ScanCommandOutput } from '@aws-sdk/lib-dynamodb';
import { DynamoBewaring } from '../functions/adapters/dynamo-bewaring';
import { DynamoConsulentOpslag } from '../functions/adapters/dynamo-consulent-opslag';
import { DynamoGemeenteConfiguratie } from '../functions/adapters/dynamo-gemeente-configuratie';
import { DynamoInzageLog } from '../functions/adapters/dynamo-inzage-log';
import { DynamoLijsten } from '../functions/adapters/dynamo-lijsten';
import { DynamoOutbox } from '../functions/adapters/dynamo-outbox';
import { DynamoSignaalOpslag } from '../functions/adapters/dynamo-signaal-opslag';
import { DynamoTrajectOpslag } from '../functions/adapters/dynamo-traject-opslag';
import { HmacPseudonimisering } from '../functions/adapters/hmac-pseudonimisering';
import { trajectUitSnapshot } from '../functions/adapters/snapshot-item';
import { sleutels } from '../functions/adapters/tabel-ontwerp';
import type { Afhankelijkheden, Klok } from '../functions/app/poorten';
import { eventRegels } from '../functions/contracts/event-regels';
import type { Bewaartermijnen } from '../functions/domain/bewaren/bewaartermijn';
import { heeftSchuldregelingFase } from '../functions/domain/traject/traject';
import { purgeVerlopen } from './bewaring';
import { LokaleBus } from './bus';
import { ContractOpslag } from './contract-opslag';
import { LokaleDocumentOpslag } from './documenten';
import { type LokaleDynamo, startDynamo } from './dynamo';
import { bouwFuncties } from './functies';
import { type LokaleApi, startApi, type ToegangsRegel } from './http-server';
import { LokaleJwt } from './jwt';
import { versneldeKlok } from './klok';
import { type LambdaHandler, lambdaContext } from './lambda-context';
import { SchuldenknooppuntSimulator } from './schuldenknooppunt-simulator';
import { KoppelingSimulator } from './simulatoren';
import { LokaleWorkflows } from './workflows';

export interface RuntimeOpties {
  /** 0 picks a free port. */
  poort?: number;
  /** Directory for the local data (dynalite's files, the pseudonym key); undefined keeps everything in memory. */
  dataPad?: string;
  /** Simulated seconds per wall second (CLOCK_SPEED). */
  klokSnelheid?: number;
  /** Simulated start instant (CLOCK_START). */
  klokStart?: Date;
  /** Wall milliseconds between outbox sweeps; 0 disables. */
  herpublicatieMs?: number;
  /** Retention periods per gemeente (no default: an unconfigured gemeente keeps its closed cases). */
  bewaartermijnen?: Record<string, Bewaartermijnen>;
  /** Wall milliseconds between purges of expired items (the local stand-in for DynamoDB TTL); 0 disables. */
  purgeMs?: number;
  /** Receives every line of the local API access log (default: the structured logger). */
  toegangslog?: (regel: ToegangsRegel) => void;
}

export interface Runtime {
  url: string;
  deps: Afhankelijkheden;
  klok: Klok & { snelheid: number; versnel(snelheid: number): void };
  bus: LokaleBus;
  workflows: LokaleWorkflows;
  dynamo: LokaleDynamo;
  jwt: LokaleJwt;
  api: LokaleApi;
  /** What the partner simulators (VISH, schuldenpauze) received. */
  koppelingen: KoppelingSimulator;
  /** The Schuldenknooppunt and its creditors, with configurable behaviour. */
  schuldenknooppunt: SchuldenknooppuntSimulator;
  /** Every function by its deployed name, as the API, the bus and the workflows call it (fault injection wraps these). */
  functies: Record<string, LambdaHandler>;
  stop(): Promise<void>;
}

export async function startRuntime(opties: RuntimeOpties = {}): Promise<Runtime> {
  const dynamo = await startDynamo(opties.dataPad ? { pad: join(opties.dataPad, 'dynalite') } : {});
  const klok = versneldeKlok(opties.klokSnelheid ?? 1, opties.klokStart);
  let deps: Afhankelijkheden | undefined;
  const lazy = () => {
    if (!deps) throw new Error('runtime not wired yet');
    return deps;
  };
  const functies = bouwFuncties(lazy);
  const bus = new LokaleBus(
    eventRegels,
    {
      'start-workflow': functies['start-workflow'],
      'verwerk-schuldeiser-bericht': functies['verwerk-schuldeiser-bericht'],
      'start-vervolgfase': functies['start-vervolgfase'],
      'ontvang-vroegsignaal': functies['ontvang-vroegsignaal'],
      'registreer-betaling-gemist': functies['registreer-betaling-gemist'],
      'bewaar-na-afsluiting': functies['bewaar-na-afsluiting'],
    },
    klok.nu,
  );
  const workflows = new LokaleWorkflows(functies);
  const koppelingen = new KoppelingSimulator(bus, klok.nu);
  const schuldenknooppunt = new SchuldenknooppuntSimulator(bus, klok, () => lazy().opslag);
  deps = {
    schuldenknooppunt,
    opslag: new ContractOpslag(dynamo.tabel, dynamo.klant),
    lijsten: new DynamoLijsten(dynamo.tabel, dynamo.klant),
    outbox: new DynamoOutbox(dynamo.tabel, dynamo.klant),
    configuratie: new DynamoGemeenteConfiguratie(dynamo.tabel, dynamo.klant),
    consulent: new DynamoConsulentOpslag(dynamo.tabel, dynamo.klant),
    signalen: new DynamoSignaalOpslag(dynamo.tabel, dynamo.klant),
    bewaring: new DynamoBewaring(dynamo.tabel, opties.bewaartermijnen ?? {}, dynamo.klant),
    inzage: new DynamoInzageLog(dynamo.tabel, dynamo.klant),
    documenten: new LokaleDocumentOpslag(opties.dataPad ? join(opties.dataPad, 'documenten') : undefined),
    koppelingen,
    pseudoniem: new HmacPseudonimisering(pseudoniemSleutel(opties.dataPad)),
    events: bus,
    workflow: workflows,
    klok,
    ids: { nieuwId: randomUUID },
  };
  if (opties.dataPad) await hervatWorkflows(dynamo, workflows);
  const jwt = new LokaleJwt();
  const wired = deps;
  const api = await startApi({
    poort: opties.poort ?? 0,
    functies,
    jwt,
    bus,
    workflows,
    klok: klok.nu,
    ...(opties.toegangslog ? { toegangslog: opties.toegangslog } : {}),
  });
  // In AWS the schedule fires once a minute and a sweep takes far less; locally the interval is milliseconds, so a
  // tick while a sweep runs is skipped rather than piling sweeps up on a slow store. Sweeps that do meet on one
  // entry (in AWS: a sweep slower than a minute) are kept apart by its claim (app/herpubliceer.ts).
  let veegt = false;
  const sweep = opties.herpublicatieMs
    ? setInterval(() => {
        if (veegt) return;
        veegt = true;
        functies
          .herpubliceer({}, lambdaContext('herpubliceer'))
          .catch(() => undefined)
          .finally(() => {
            veegt = false;
          });
      }, opties.herpublicatieMs)
    : undefined;
  const purge = opties.purgeMs
    ? setInterval(() => {
        purgeVerlopen(dynamo, klok.nu()).catch(() => undefined);
      }, opties.purgeMs)
    : undefined;
  return {
    url: api.url,
    deps: wired,
    klok,
    bus,
    workflows,
    dynamo,
    jwt,
    api,
    koppelingen,
    schuldenknooppunt,
    functies,
    stop: async () => {
      if (sweep) clearInterval(sweep);
      schuldenknooppunt.stop();
      if (purge) clearInterval(purge);
      await api.stop();
      await workflows.stop();
      await bus.stil();
      await dynamo.stop();
    },
  };
}

/**
 * Executions live in memory, the cases on disk: after a restart every case that is not finished gets its workflow
 * back. Starting from the top is safe because every wait begins with a deadline check that reads the store. This
 * Scan runs once at start-up of the local runtime, never on a request path.
 */
async function hervatWorkflows(dynamo: LokaleDynamo, workflows: LokaleWorkflows): Promise<void> {
  const opslag = new DynamoTrajectOpslag(dynamo.tabel, dynamo.klant);
  let start: Record<string, unknown> | undefined;
  do {
    const page: ScanCommandOutput = await dynamo.doc.send(
      new ScanCommand({
        TableName: dynamo.tabel,
        FilterExpression: 'sk = :snapshot',
        ExpressionAttributeValues: { ':snapshot': sleutels.snapshot },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const trajectId = String(item.pk).slice('TRAJECT#'.length);
      const invoer = { trajectId, gemeente: String(item.gemeente) };
      // A snapshot of an older shape: the case folded from its history.
      const traject = trajectUitSnapshot(item) ?? (await opslag.laad(trajectId))?.traject;
      if (!traject || traject.afgesloten) continue;
      await workflows.start('in-contact', trajectId, invoer);
      // A case whose beschikking opened the betaalvoorstel step also has a Plaatje compleet phase.
      if (heeftSchuldregelingFase(traject)) await workflows.start('plaatje-compleet', trajectId, invoer);
      if (traject.begeleiding && !traject.begeleiding.einde) await workflows.start('begeleiding', trajectId, invoer);
    }
    start = page.LastEvaluatedKey;
  } while (start);
}

/** The HMAC key for person lookups: kept beside the data on disk (so lookups survive a restart), random in memory. */
function pseudoniemSleutel(dataPad: string | undefined): Buffer {
  if (!dataPad) return randomBytes(32);
  const bestand = join(dataPad, 'pseudoniem.key');
  if (!existsSync(bestand)) {
    mkdirSync(dataPad, { recursive: true });
    writeFileSync(bestand, randomBytes(32), { mode: 0o600 });
  }
  return readFileSync(bestand);
}
