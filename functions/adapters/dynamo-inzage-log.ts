// Secondary adapter: the inzage log (who read which personal data) in the case table, as its own items apart from
// the case history. Keys per gemeente and day (`INZAGE#<gemeente>#DAG#<dag>`) and per gemeente and case
// (`INZAGE#<gemeente>#TRAJECT#<id>`): never a constant key, and a tenant's records never share a partition with
// another tenant's. The sort key starts with the day, so a day range is one key condition. The privacy officer's
// listing reads them through dynamo-lijsten.ts.

import type { InzageLog, InzageRecord } from '../app/poorten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { type DynamoKlant, type DynamoToegang, dynamoToegang, PutCommand } from './dynamo-client';

export const inzageSleutels = {
  dag: (gemeente: string, dag: string) => `INZAGE#${gemeente}#DAG#${dag}`,
  traject: (gemeente: string, id: string) => `INZAGE#${gemeente}#TRAJECT#${id}`,
  sort: (r: InzageRecord) => `${vandaagInAmsterdam(new Date(r.op))}#${r.op}#${r.requestId}`,
};

export class DynamoInzageLog implements InzageLog {
  private readonly doc: DynamoToegang;

  constructor(
    private readonly tabel: string,
    client?: DynamoKlant,
  ) {
    this.doc = dynamoToegang(client);
  }

  /**
   * Both items are written before the read is answered (two single-item puts in parallel: no transaction needed,
   * each is a complete record). If either fails the promise rejects and the caller's read fails with it.
   */
  async leg(record: InzageRecord): Promise<void> {
    const { db } = await this.doc();
    const dag = vandaagInAmsterdam(new Date(record.op));
    const sk = inzageSleutels.sort(record);
    const item = { ...record, dag, sk, soort: 'inzage' };
    await Promise.all([
      db.send(
        new PutCommand({ TableName: this.tabel, Item: { ...item, pk: inzageSleutels.dag(record.gemeente, dag) } }),
      ),
      ...(record.trajectId
        ? [
            db.send(
              new PutCommand({
                TableName: this.tabel,
                Item: { ...item, pk: inzageSleutels.traject(record.gemeente, record.trajectId) },
              }),
            ),
          ]
        : []),
    ]);
  }
}
