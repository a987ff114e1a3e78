// Domain: the issues zod raises without a message of ours read in Dutch and say what was expected.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import '../../functions/domain/zod-meldingen';

const schema = z.strictObject({
  naam: z.string().check(z.minLength(2)),
  aantal: z.int().check(z.maximum(3)),
  soort: z.enum(['preferent', 'concurrent']),
  regels: z.array(z.string()).check(z.maxLength(1)),
  code: z.string().check(z.regex(/^\d+$/)),
  op: z.iso.datetime(),
  vast: z.literal('ja'),
});

describe('the zod messages', () => {
  it('names what was expected for every kind of issue our schemas raise', () => {
    // Act
    const uitkomst = schema.safeParse({
      naam: 'x',
      aantal: 4,
      soort: 'anders',
      regels: ['a', 'b'],
      code: 'abc',
      op: 'gisteren',
      vast: 'nee',
      extra: true,
    });
    const meldingen = Object.fromEntries((uitkomst.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

    // Assess
    expect(meldingen).toEqual({
      naam: 'te klein: verwacht minstens 2 tekens',
      aantal: 'te groot: verwacht hoogstens 3',
      soort: 'verwacht een van "preferent" | "concurrent"',
      regels: 'te groot: verwacht hoogstens 1 items',
      code: 'ongeldig formaat: verwacht het patroon /^\\d+$/',
      op: 'ongeldig formaat: verwacht een ISO 8601-tijdstip',
      vast: 'verwacht "ja"',
      '': 'onbekend veld: extra',
    });
    expect(z.number().safeParse('1').error?.issues[0]?.message).toBe('verwacht number, kreeg string');
  });
});
