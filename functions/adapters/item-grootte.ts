// Secondary adapter helper: DynamoDB refuses an item above 400 KB with a ValidationException, after the request has
// been accepted. The store checks every item's size before it writes, so an oversized case is a clear 4xx instead.
import { TeGrootFout } from '../domain/fouten';

/** DynamoDB's item limit: 400 KB, attribute names and values together (Developer Guide, "Service quotas"). */
export const DYNAMODB_ITEM_LIMIET_BYTES = 400 * 1024;
/**
 * The share of the limit we write up to. The estimate below is the item as JSON, which is close to DynamoDB's own
 * count (names + UTF-8 values + a few bytes per number and nesting level); the margin covers the difference.
 */
export const ITEM_GRENS_BYTES = Math.floor(DYNAMODB_ITEM_LIMIET_BYTES * 0.9);

export function itemGrootte(item: Record<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify(item), 'utf8');
}

/** Throws 413 `TRAJECT_TE_GROOT` when the item would not fit; the message names only the sizes. */
export function eisItemPast(item: Record<string, unknown>, wat: string): void {
  const grootte = itemGrootte(item);
  if (grootte > ITEM_GRENS_BYTES) {
    throw new TeGrootFout(
      'TRAJECT_TE_GROOT',
      `deze wijziging maakt ${wat} te groot om op te slaan (${Math.ceil(grootte / 1024)} KB, hoogstens ${Math.floor(ITEM_GRENS_BYTES / 1024)} KB); er is niets vastgelegd`,
    );
  }
}
