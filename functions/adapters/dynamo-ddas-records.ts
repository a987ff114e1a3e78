// Secondary adapter: the anonymous DDAS record of each case, one item per case under its own partition (`DDAS#<id>`),
// apart from the case's items, with no expiry attribute: the retention purge of a closed case leaves it standing, so
// the CBS statistics survive it. Found per gemeente through the overloaded index, sorted by the day the case ended
// (open cases sort last), so an export of a period reads the cases that ran on or after its first day, never a Scan.

import { DdasRecord } from '../domain/ddas/ddas-record';
import { type DynamoKlant, PutCommand } from './dynamo-client';
import { TABEL } from './tabel-ontwerp';

export const ddasSleutels = {
  record: (id: string) => `DDAS#${id}`,
  sk: 'DDAS',
  index: (gemeente: string) => `DDAS#${gemeente}`,
  /** An open case has no end yet: it sorts after every date, so it is in every period from its start on. */
  volgorde: (r: DdasRecord) => `${r.Schuldhulptraject.einddatum ?? '9999-12-31'}#${r.schuldhulptrajectId}`,
};

export async function schrijfDdasRecord(
  db: DynamoKlant,
  tabel: string,
  versie: number,
  record: DdasRecord,
): Promise<void> {
  const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
  try {
    await db.send(
      new PutCommand({
        TableName: tabel,
        Item: {
          pk: ddasSleutels.record(record.schuldhulptrajectId),
          sk: ddasSleutels.sk,
          gemeente: record.gemeente,
          versie,
          record,
          [partitionKey]: ddasSleutels.index(record.gemeente),
          [sortKey]: ddasSleutels.volgorde(record),
        },
        // A record of an older version never overwrites a newer one.
        ConditionExpression: 'attribute_not_exists(versie) OR versie < :v',
        ExpressionAttributeValues: { ':v': versie },
      }),
    );
  } catch (e) {
    if ((e as { name?: string }).name !== 'ConditionalCheckFailedException') throw e;
  }
}

/** The DDAS records of a gemeente's cases that had not ended before `vanaf` (the caller filters on the start). */
export async function leesDdasRecords(
  query: (pk: string, van: string) => Promise<Record<string, unknown>[]>,
  gemeente: string,
  vanaf: string,
): Promise<DdasRecord[]> {
  const items = await query(ddasSleutels.index(gemeente), vanaf);
  return items.map((i) => DdasRecord.parse(i.record));
}
