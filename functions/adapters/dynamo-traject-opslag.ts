// Secondary adapter: the case store on DynamoDB. History events are immutable items appended with a conditional
// put on the next volgnummer; the snapshot follows. Single-item writes only (the local engine has no transactions).
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  type QueryCommandOutput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { GeladenTraject, TrajectOpslag } from '../app/poorten';
import { ConflictFout } from '../domain/fouten';
import { OpgeslagenGebeurtenis, type Stap } from '../domain/traject/gebeurtenissen';
import { vouw } from '../domain/traject/traject';
import { sleutels, TABEL } from './tabel-ontwerp';

export class DynamoTrajectOpslag implements TrajectOpslag {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tabel: string,
  ) {}

  async laad(id: string): Promise<GeladenTraject | undefined> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page: QueryCommandOutput = await this.db.send(
        new QueryCommand({
          TableName: this.tabel,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :event)',
          ExpressionAttributeValues: { ':pk': sleutels.traject(id), ':event': 'EVENT#' },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const historie = items.map((i) => OpgeslagenGebeurtenis.parse(i.gebeurtenis));
    const traject = vouw(id, historie);
    if (!traject) return undefined;
    const ongepubliceerd = items.filter((i) => i.outboxPk !== undefined).map((i) => Number(i.volgnummer));
    return { traject, historie, ongepubliceerd };
  }

  async voegToe(id: string, gebeurtenis: OpgeslagenGebeurtenis, na: GeladenTraject['traject']): Promise<void> {
    const pk = sleutels.traject(id);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tabel,
          Item: {
            pk,
            sk: sleutels.event(gebeurtenis.volgnummer),
            gemeente: gebeurtenis.gemeente,
            volgnummer: gebeurtenis.volgnummer,
            gebeurtenis,
            outboxPk: sleutels.outbox,
            outboxSk: `${gebeurtenis.op}#${id}#${gebeurtenis.volgnummer}`,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) {
        throw new ConflictFout('VERSIE_CONFLICT', `traject ${id} is tegelijk gewijzigd; probeer opnieuw`);
      }
      throw e;
    }
    // The snapshot is a cache of the fold, kept for listings and indexes; the history stays the truth, so a snapshot
    // write that loses to a newer one is simply skipped.
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tabel,
          Item: {
            pk,
            sk: sleutels.snapshot,
            gemeente: na.gemeente,
            versie: na.versie,
            fase: na.fase,
            stap: na.stap,
            traject: na,
          },
          ConditionExpression: 'attribute_not_exists(versie) OR versie < :v',
          ExpressionAttributeValues: { ':v': na.versie },
        }),
      );
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  }

  async markeerGepubliceerd(id: string, volgnummer: number): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.event(volgnummer) },
        UpdateExpression: 'REMOVE outboxPk, outboxSk',
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }

  async ongepubliceerdeVoor(voor: Date, max: number): Promise<{ id: string; volgnummer: number }[]> {
    const { partitionKey, sortKey } = TABEL.indexen.outbox;
    const res = await this.db.send(
      new QueryCommand({
        TableName: this.tabel,
        IndexName: 'outbox',
        KeyConditionExpression: '#pk = :pk AND #sk < :voor',
        ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
        ExpressionAttributeValues: { ':pk': sleutels.outbox, ':voor': voor.toISOString() },
        Limit: max,
      }),
    );
    return (res.Items ?? []).map((i) => ({
      id: String(i.pk).slice('TRAJECT#'.length),
      volgnummer: Number(i.volgnummer),
    }));
  }

  async registreerWachttoken(id: string, gemeente: string, stap: Stap, token: string): Promise<{ voltooid: boolean }> {
    const res = await this.db.send(
      new UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.wacht(stap) },
        UpdateExpression: 'SET #token = :t, gemeente = :g',
        ExpressionAttributeNames: { '#token': 'token' },
        ExpressionAttributeValues: { ':t': token, ':g': gemeente },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { voltooid: res.Attributes?.voltooid === true };
  }

  async markeerStapVoltooid(id: string, gemeente: string, stap: Stap): Promise<{ token?: string }> {
    const res = await this.db.send(
      new UpdateCommand({
        TableName: this.tabel,
        Key: { pk: sleutels.traject(id), sk: sleutels.wacht(stap) },
        UpdateExpression: 'SET voltooid = :j, gemeente = :g',
        ExpressionAttributeValues: { ':j': true, ':g': gemeente },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const token = res.Attributes?.token;
    return typeof token === 'string' ? { token } : {};
  }
}
