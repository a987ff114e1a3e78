// Local runtime: dynalite, the in-process DynamoDB engine, over real HTTP on 127.0.0.1, with the deployed table layout.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { DynamoKlant } from '../functions/adapters/dynamo-client';
import { TABEL } from '../functions/adapters/tabel-ontwerp';

export interface LokaleDynamo {
  endpoint: string;
  client: DynamoDBClient;
  /** The SDK's document client, for the local tools and tests that scan or seed the table. */
  doc: DynamoDBDocumentClient;
  /** The client the adapters use, as in Lambda (functions/adapters/dynamo-client.ts), on this engine. */
  klant: DynamoKlant;
  tabel: string;
  stop(): Promise<void>;
}

/** `pad` undefined: in memory (tests); otherwise on disk (npm start keeps its cases across restarts). */
export async function startDynamo(opties: { pad?: string; tabel?: string } = {}): Promise<LokaleDynamo> {
  if (opties.pad) mkdirSync(opties.pad, { recursive: true });
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(opties.pad ? { path: opties.pad } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const tabel = opties.tabel ?? 'schuldhulp';
  await maakTabel(client, tabel);
  return {
    endpoint,
    client,
    doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    klant: new DynamoKlant({ endpoint, sleutels: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    tabel,
    stop: async () => {
      client.destroy();
      await new Promise<void>((resolve, reject) => server.close((e?: Error) => (e ? reject(e) : resolve())));
    },
  };
}

async function maakTabel(client: DynamoDBClient, tabel: string): Promise<void> {
  const indexen = Object.entries(TABEL.indexen);
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tabel,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          TABEL.partitionKey,
          TABEL.sortKey,
          ...indexen.flatMap(([, i]) => [i.partitionKey, i.sortKey]),
        ].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABEL.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABEL.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: indexen.map(([IndexName, i]) => ({
          IndexName,
          KeySchema: [
            { AttributeName: i.partitionKey, KeyType: 'HASH' },
            { AttributeName: i.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: i.projectie },
        })),
      }),
    );
  } catch (e) {
    if (!(e instanceof ResourceInUseException)) throw e; // on disk, the table survives a restart
  }
  // CreateTable answers CREATING; dynalite turns the table ACTIVE on a timer, and until then it "does not exist".
  for (let poging = 0; ; poging++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tabel }));
    if (Table?.TableStatus === 'ACTIVE') return;
    if (poging > 200) throw new Error(`table ${tabel} did not become ACTIVE (${Table?.TableStatus})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
