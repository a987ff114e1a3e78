// Secondary adapter: the outbox on the case store, for the republisher (functions/app/herpubliceer.ts). Every append
// marks its event on the sparse outbox index (`OUTBOX#<shard>`, dynamo-traject-opslag.ts); the writer clears the mark
// once its publication went out. What stays marked past the in-flight window is claimed here, one conditional write
// per entry, and published again. Apart from the case store, so the functions that only write a case do not carry
// the sweep.

import type { OutboxOpslag } from '../app/poorten';
import { leesOpgeslagen, type OpgeslagenGebeurtenis } from '../domain/traject/gebeurtenissen';
import { type DynamoKlant, type DynamoToegang, dynamoToegang, QueryCommand, UpdateCommand } from './dynamo-client';
import { isFout } from './lui';
import { OUTBOX_SHARDS, sleutels, TABEL, volgnummerUit } from './tabel-ontwerp';

export class DynamoOutbox implements OutboxOpslag {
  private readonly doc: DynamoToegang;

  constructor(
    private readonly tabel: string,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  async ongepubliceerdeVoor(voor: Date, max: number): Promise<{ id: string; volgnummer: number }[]> {
    const { db } = await this.doc();
    const { partitionKey, sortKey } = TABEL.indexen.outbox;
    // Every shard, in parallel; each shard's oldest first. Normally every shard is empty and this costs one read each.
    const per = Math.max(1, Math.ceil(max / OUTBOX_SHARDS));
    const shards = await Promise.all(
      Array.from({ length: OUTBOX_SHARDS }, (_, shard) =>
        db.send(
          new QueryCommand({
            TableName: this.tabel,
            IndexName: 'outbox',
            KeyConditionExpression: '#pk = :pk AND #sk < :voor',
            ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
            ExpressionAttributeValues: { ':pk': sleutels.outboxShard(shard), ':voor': voor.toISOString() },
            Limit: per,
          }),
        ),
      ),
    );
    return shards
      .flatMap((r) => r.Items ?? [])
      .slice(0, max)
      .map((i) => ({ id: String(i.pk).slice('TRAJECT#'.length), volgnummer: volgnummerUit(String(i.sk)) }));
  }

  async claimOutbox(
    id: string,
    volgnummer: number,
    claim: { nu: Date; tot: Date; geschrevenVoor: Date },
  ): Promise<OpgeslagenGebeurtenis | undefined> {
    const { db } = await this.doc();
    try {
      const res = await db.send(
        new UpdateCommand({
          TableName: this.tabel,
          Key: { pk: sleutels.traject(id), sk: sleutels.event(volgnummer) },
          UpdateExpression: 'SET outboxClaimTot = :tot',
          // outboxSk starts with the write's instant: an entry written after `geschrevenVoor` is its writer's.
          ConditionExpression:
            'attribute_exists(outboxPk) AND outboxSk < :geschreven AND (attribute_not_exists(outboxClaimTot) OR outboxClaimTot < :nu)',
          ExpressionAttributeValues: {
            ':tot': claim.tot.toISOString(),
            ':nu': claim.nu.toISOString(),
            ':geschreven': claim.geschrevenVoor.toISOString(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return res.Attributes ? leesOpgeslagen(res.Attributes.gebeurtenis) : undefined;
    } catch (e) {
      if (isFout(e, 'ConditionalCheckFailedException')) return undefined;
      throw e;
    }
  }

  async geefOutboxVrij(id: string, volgnummer: number): Promise<void> {
    const { db } = await this.doc();
    try {
      await db.send(
        new UpdateCommand({
          TableName: this.tabel,
          Key: { pk: sleutels.traject(id), sk: sleutels.event(volgnummer) },
          UpdateExpression: 'REMOVE outboxClaimTot',
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
    } catch (e) {
      if (!isFout(e, 'ConditionalCheckFailedException')) throw e;
    }
  }
}
