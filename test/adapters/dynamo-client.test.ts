// Secondary adapter: the document client's value conversion (functions/adapters/dynamo-client.ts) is lib-dynamodb's,
// checked against the SDK's own marshall and unmarshall over generated items; the client itself runs against the
// real engine in every store test.
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naarAttributen, uitAttributen } from '../../functions/adapters/dynamo-client';

/** The SDK keeps binary as bytes until its protocol layer writes base64; the wire form is base64. */
function opDeDraad(a: unknown): unknown {
  if (a instanceof Uint8Array) return Buffer.from(a).toString('base64');
  if (Array.isArray(a)) return a.map(opDeDraad);
  if (a && typeof a === 'object') return Object.fromEntries(Object.entries(a).map(([k, w]) => [k, opDeDraad(w)]));
  return a;
}

const waarde = fc.letrec((tie) => ({
  w: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.uint8Array({ minLength: 1, maxLength: 16 }),
    fc.array(tie('w'), { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie('w'), { maxKeys: 4 }),
  ),
}));
const item = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), waarde.w, { maxKeys: 6 });

describe('DynamoDB value conversion', () => {
  it('writes every item as lib-dynamodb does (removeUndefinedValues) and reads it back as it does', () => {
    fc.assert(
      fc.property(item, (i) => {
        // Act
        let sdk: Record<string, unknown>;
        try {
          sdk = marshall(i, { removeUndefinedValues: true });
        } catch {
          expect(() => naarAttributen(i)).toThrow(); // what the SDK refuses (unsafe numbers) is refused here too
          return;
        }
        const eigen = naarAttributen(i);

        // Assess
        expect(eigen).toEqual(opDeDraad(sdk));
        expect(uitAttributen(eigen as never)).toEqual(unmarshall(sdk as never));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what DynamoDB cannot store instead of storing something else', () => {
    expect(() => naarAttributen({ x: Number.NaN })).toThrow(TypeError);
    expect(() => naarAttributen({ x: new Date(0) })).toThrow(TypeError);
  });
});
