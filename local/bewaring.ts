// Local runtime: the stand-in for DynamoDB TTL, which dynalite lacks. Deletes every item whose `verlooptOp` (epoch
// seconds) lies at or before the runtime's clock, as AWS TTL does (AWS deletes within days after expiry; this on the
// runtime's schedule). A Scan, on the local engine only, never on a request path.
import { DeleteCommand, ScanCommand, type ScanCommandOutput } from '@aws-sdk/lib-dynamodb';
import { TABEL } from '../functions/adapters/tabel-ontwerp';
import type { LokaleDynamo } from './dynamo';

export async function purgeVerlopen(dynamo: LokaleDynamo, nu: Date): Promise<number> {
  const grens = Math.floor(nu.getTime() / 1000);
  let start: Record<string, unknown> | undefined;
  let verwijderd = 0;
  do {
    const page: ScanCommandOutput = await dynamo.doc.send(
      new ScanCommand({
        TableName: dynamo.tabel,
        FilterExpression: '#ttl <= :grens',
        ExpressionAttributeNames: { '#ttl': TABEL.ttlAttribute },
        ExpressionAttributeValues: { ':grens': grens },
        ProjectionExpression: 'pk, sk',
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      await dynamo.doc.send(new DeleteCommand({ TableName: dynamo.tabel, Key: { pk: item.pk, sk: item.sk } }));
      verwijderd++;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return verwijderd;
}
