// Adapter unit: the item-size check that runs before every DynamoDB write of the case store.
import { describe, expect, it } from 'vitest';
import {
  DYNAMODB_ITEM_LIMIET_BYTES,
  eisItemPast,
  ITEM_GRENS_BYTES,
  itemGrootte,
} from '../../functions/adapters/item-grootte';
import { TeGrootFout } from '../../functions/domain/fouten';

describe('item size before the write', () => {
  it('lets an item under the limit pass and refuses one over it with 413 TRAJECT_TE_GROOT', () => {
    // Prepare
    const klein = { pk: 'TRAJECT#x', tekst: 'a'.repeat(1_000) };
    const groot = { pk: 'TRAJECT#x', tekst: 'a'.repeat(ITEM_GRENS_BYTES) };

    // Act
    const fout = (() => {
      try {
        eisItemPast(groot, 'het traject');
        return undefined;
      } catch (e) {
        return e;
      }
    })();

    // Assess
    expect(() => eisItemPast(klein, 'het traject')).not.toThrow();
    expect(fout).toBeInstanceOf(TeGrootFout);
    expect(fout).toMatchObject({ status: 413, code: 'TRAJECT_TE_GROOT' });
    expect(ITEM_GRENS_BYTES).toBeLessThan(DYNAMODB_ITEM_LIMIET_BYTES);
  });

  it('counts UTF-8 bytes, not characters', () => {
    // Act / Assess: "é" is two bytes in UTF-8
    expect(itemGrootte({ t: 'é' }) - itemGrootte({ t: 'e' })).toBe(1);
  });
});
