// Domain layer: the history events of the 18-month regeling (saneringskrediet or schuldbemiddeling) after the akkoord.
// Appended to the traject's event union; kept here so the regeling has its own module (CONVENTIONS). Ids, months,
// dates and counts only: the amounts of the aflosschema stay in the betaalvoorstel in the case store.
import * as z from 'zod/mini';
import { isoDatum } from '../iso-formaten';

const Dag = /* @__PURE__ */ (() => isoDatum({ error: 'verwacht een datum als JJJJ-MM-DD' }))();
/** A month of the term: 1 … the term (at most 18 since 1 July 2023; the schema allows the WSNP maximum of 42). */
export const Maand = /* @__PURE__ */ (() => z.int().check(z.positive(), z.maximum(42)))();

export const Oplossing = /* @__PURE__ */ z.enum(['saneringskrediet', 'schuldbemiddeling']);
export type Oplossing = z.infer<typeof Oplossing>;

export const REGELING_GEBEURTENISSEN = /* @__PURE__ */ (() =>
  [
    z.object({
      type: z.literal('regeling-gestart'),
      /**
       * `start`: the day of the akkoord (the hand-over); `einde`: the last vervaldag (start + the term, norm
       * `schuldregeling`); `evaluatieNaMaanden`: the months after which the plan is evaluated (configuration).
       */
      data: z.object({
        start: Dag,
        einde: Dag,
        oplossing: Oplossing,
        looptijdMaanden: Maand,
        periodeMaanden: Maand,
        evaluatieNaMaanden: z.array(Maand),
      }),
    }),
    z.object({
      type: z.literal('regeling-maand-geopend'),
      /** The month's reservering (saneringskrediet) or payment (schuldbemiddeling) is due on `vervaldag`. */
      data: z.object({ maand: Maand, vervaldag: Dag }),
    }),
    z.object({
      type: z.literal('betaling-ontvangen'),
      data: z.object({ maand: Maand, ontvangenOp: Dag }),
    }),
    z.object({
      type: z.literal('betaling-gemist'),
      /** `gemeld`: the kredietbank or the consulent reported it; `termijn-verstreken`: nothing came in by the deadline. */
      data: z.object({ maand: Maand, datum: Dag, vastgesteld: z.enum(['gemeld', 'termijn-verstreken']) }),
    }),
    z.object({
      type: z.literal('regeling-evaluatie-geopend'),
      /** The periodic evaluation after month `naMaand`; completed by an `evaluatie-vastgelegd`. */
      data: z.object({ naMaand: Maand, datum: Dag }),
    }),
    z.object({
      type: z.literal('regeling-periode-afgerond'),
      /** One workflow execution per period: the next execution (`<trajectId>-r<periode + 1>`) starts on this event. */
      data: z.object({ periode: z.int().check(z.positive()), totMaand: Maand }),
    }),
    z.object({
      type: z.literal('schuldregeling-beeindigd'),
      /** The end of the term: finale kwijting of the remaining claims; the counts of the months paid and missed. */
      data: z.object({
        datum: Dag,
        uitkomst: z.literal('finale-kwijting'),
        maandenOntvangen: z.int().check(z.nonnegative()),
        maandenGemist: z.int().check(z.nonnegative()),
      }),
    }),
  ] as const)();
