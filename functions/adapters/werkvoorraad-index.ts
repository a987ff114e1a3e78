// Secondary adapter: reading the overloaded `werkvoorraad` index (tabel-ontwerp.ts), for every list on it: the
// worklist, the person and DDAS lookups (dynamo-lijsten.ts) and the counsellor's rows (dynamo-consulent-opslag.ts).
// One partition per Query, one page at a time; sort keys start with a date or a status, so a range is one condition.
import { type DynamoKlant, QueryCommand } from './dynamo-client';
import { TABEL } from './tabel-ontwerp';

type Sleutel = Record<string, unknown>;

/** A sort-key prefix, or dates in [van, tot] (either bound optional; `tot` includes its whole day). */
export interface IndexBereik {
  prefix?: string;
  van?: string;
  tot?: string;
}

/** One page of index partition `pk` from `start`: at most `max` items, and the key to go on from if there are more. */
export async function indexPagina(
  db: DynamoKlant,
  tabel: string,
  pk: string,
  bereik: IndexBereik,
  max: number,
  start?: Sleutel,
): Promise<{ items: Sleutel[]; volgende?: Sleutel }> {
  const { partitionKey, sortKey } = TABEL.indexen.werkvoorraad;
  // A prefix stands alone: with one, the date bounds do not apply.
  const { prefix } = bereik;
  const van = prefix ? undefined : bereik.van;
  const tot = prefix ? undefined : bereik.tot;
  const conditie = prefix
    ? ' AND begins_with(#sk, :prefix)'
    : van && tot
      ? ' AND #sk BETWEEN :van AND :tot'
      : van
        ? ' AND #sk >= :van'
        : tot
          ? ' AND #sk <= :tot'
          : '';
  const res = await db.send(
    new QueryCommand({
      TableName: tabel,
      IndexName: 'werkvoorraad',
      KeyConditionExpression: `#pk = :pk${conditie}`,
      ExpressionAttributeNames: { '#pk': partitionKey, ...(conditie ? { '#sk': sortKey } : {}) },
      ExpressionAttributeValues: {
        ':pk': pk,
        ...(prefix ? { ':prefix': prefix } : {}),
        ...(van ? { ':van': van } : {}),
        // '~' sorts after '#', so the whole `tot` day is included
        ...(tot ? { ':tot': `${tot}~` } : {}),
      },
      Limit: max,
      ...(start ? { ExclusiveStartKey: start } : {}),
    }),
  );
  return { items: res.Items ?? [], ...(res.LastEvaluatedKey ? { volgende: res.LastEvaluatedKey } : {}) };
}

/** Every page of index partition `pk`, up to `max` items (bounded by what one gemeente holds). */
export async function indexAlles(
  db: DynamoKlant,
  tabel: string,
  pk: string,
  bereik: IndexBereik,
  max = Number.POSITIVE_INFINITY,
): Promise<Sleutel[]> {
  const items: Sleutel[] = [];
  let start: Sleutel | undefined;
  do {
    const pagina = await indexPagina(db, tabel, pk, bereik, Math.min(1000, max - items.length), start);
    items.push(...pagina.items);
    start = pagina.volgende;
  } while (start && items.length < max);
  return items;
}
