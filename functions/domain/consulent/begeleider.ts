// Domain layer: the hand-over of a case to another begeleider (the consulent who guides it).
import * as z from 'zod/mini';
import { RegelFout } from '../fouten';

export const BegeleiderOvergedragen = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('begeleider-overgedragen'),
    data: z.object({ van: z.nullable(z.string()), naar: z.string(), reden: z.optional(z.string()) }),
  }))();
export type BegeleiderOvergedragen = z.infer<typeof BegeleiderOvergedragen>;

/**
 * Hands the case over: its open steps and planned contact moments follow the case (the worklists read the
 * begeleider from it). To the current begeleider is a replay; a closed case is refused by the append path.
 */
export function draagOver(
  t: { begeleider?: string | undefined },
  o: { naar: string; reden?: string | undefined },
): BegeleiderOvergedragen | undefined {
  if (t.begeleider === o.naar) return undefined;
  if (o.naar.trim() === '') throw new RegelFout('BEGELEIDER_ONGELDIG', 'noem de consulent die het traject overneemt');
  return {
    type: 'begeleider-overgedragen',
    data: { van: t.begeleider ?? null, naar: o.naar, ...(o.reden ? { reden: o.reden } : {}) },
  };
}
