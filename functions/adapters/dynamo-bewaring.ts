// Secondary adapter: retention on the single table. The TTL attribute on every item of a closed case's partition (AWS
// TTL deletes them; the local runtime purges on its own schedule), and the anonymous figures under a key that names
// no case. The periods come from configuration (env `BEWAARTERMIJNEN` in Lambda, the runtime options locally).

import type { Bewaring } from '../app/poorten';
import type { AnoniemeStatistiek, Bewaartermijnen } from '../domain/bewaren/bewaartermijn';
import {
  type DynamoKlant,
  type DynamoToegang,
  dynamoToegang,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from './dynamo-client';
import { sleutels, TABEL } from './tabel-ontwerp';

export class DynamoBewaring implements Bewaring {
  private readonly doc: DynamoToegang;

  constructor(
    private readonly tabel: string,
    private readonly perGemeente: Record<string, Bewaartermijnen>,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  async termijnen(gemeente: string): Promise<Bewaartermijnen> {
    return this.perGemeente[gemeente] ?? {};
  }

  async zetVerloop(trajectId: string, verlooptOp: number): Promise<number> {
    const { db } = await this.doc();
    const pk = sleutels.traject(trajectId);
    let start: Record<string, unknown> | undefined;
    let aantal = 0;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: this.tabel,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ProjectionExpression: 'pk, sk',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        await db.send(
          new UpdateCommand({
            TableName: this.tabel,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET #ttl = :v',
            ExpressionAttributeNames: { '#ttl': TABEL.ttlAttribute },
            ExpressionAttributeValues: { ':v': verlooptOp },
          }),
        );
        aantal++;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return aantal;
  }

  async bewaarStatistiek(sleutel: string, statistiek: AnoniemeStatistiek): Promise<void> {
    const { db } = await this.doc();
    await db.send(
      new PutCommand({
        TableName: this.tabel,
        Item: {
          pk: `STATISTIEK#${statistiek.gemeente}#${statistiek.afgeslotenOp.slice(0, 4)}`,
          sk: `${statistiek.afgeslotenOp}#${sleutel}`,
          ...statistiek,
        },
      }),
    );
  }

  async statistieken(gemeente: string, jaar: string): Promise<AnoniemeStatistiek[]> {
    const { db } = await this.doc();
    const res = await db.send(
      new QueryCommand({
        TableName: this.tabel,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `STATISTIEK#${gemeente}#${jaar}` },
      }),
    );
    return (res.Items ?? []).map(({ pk: _pk, sk: _sk, ...rest }) => rest as AnoniemeStatistiek);
  }
}
