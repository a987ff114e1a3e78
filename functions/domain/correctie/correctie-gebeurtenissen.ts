// Domain layer: the history event that corrects a recorded fact. The earlier event stays as it was; this one says
// what the value was, what it is now and why (ZGW audit trail: old and new value, actor, moment).
import * as z from 'zod/mini';
import { isoDatum } from '../iso-formaten';

const Datum = /* @__PURE__ */ (() => isoDatum({ error: 'verwacht een datum als JJJJ-MM-DD' }))();

export const FeitGecorrigeerd = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('feit-gecorrigeerd'),
    data: z.discriminatedUnion('feit', [
      z.object({ feit: z.literal('eerste-gesprek.datum'), oud: Datum, nieuw: Datum, reden: z.string() }),
      z.object({
        feit: z.literal('intake.antwoord'),
        /** The question id of the screening instrument's version recorded with the intake. */
        vraag: z.string(),
        oud: z.unknown(),
        nieuw: z.unknown(),
        reden: z.string(),
      }),
    ]),
  }))();
export type FeitGecorrigeerd = z.infer<typeof FeitGecorrigeerd>;
