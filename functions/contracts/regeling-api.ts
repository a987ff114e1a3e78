// Contracts: request and response bodies of the regeling routes (the 18 months after the akkoord) and its part of
// the case view. Months, dates and counts only: the amounts are in the betaalvoorstel's aflosschema.
import * as z from 'zod/mini';
import { Oplossing } from '../domain/regeling/regeling-gebeurtenissen';
import { Datum } from '../domain/traject/gebeurtenissen';
import { VerzoekDatum } from './invoer-grenzen';
import { TerugvalWeergave } from './nazorg-api';

/** `{maand, ontvangenOp}` for a payment received, `{maand, gemist: true}` for one the kredietbank reports missed. */
export const BetalingVerzoek = /* @__PURE__ */ (() =>
  z
    .strictObject({
      maand: z.int().check(z.positive(), z.maximum(42)),
      ontvangenOp: z.optional(VerzoekDatum),
      gemist: z.optional(z.literal(true)),
    })
    .check(
      z.refine((b) => (b.ontvangenOp === undefined) !== (b.gemist === undefined), {
        error: 'geef ontvangenOp (ontvangen) of gemist: true, niet allebei',
        path: ['ontvangenOp'],
      }),
    ))();
export type BetalingVerzoek = z.infer<typeof BetalingVerzoek>;

export const BetalingAntwoord = /* @__PURE__ */ (() =>
  z.object({
    maand: z.int(),
    status: z.enum(['ontvangen', 'gemist']),
    op: Datum,
    /** Whether this request changed the case (a replay of the same report changes nothing). */
    vastgelegd: z.boolean(),
  }))();

/** The regeling in the case view. */
export const RegelingWeergave = /* @__PURE__ */ (() =>
  z.object({
    start: Datum,
    einde: Datum,
    oplossing: Oplossing,
    looptijdMaanden: z.int(),
    /** The month opened last (0 before the first). */
    maand: z.int(),
    ontvangen: z.array(z.int()),
    gemist: z.array(z.int()),
    volgendeMaand: z.nullable(z.int()),
    volgendeVervaldag: z.nullable(Datum),
    evaluaties: z.array(z.object({ naMaand: z.int(), geopendOp: Datum, voltooidOp: z.optional(Datum) })),
    perioden: z.int(),
    beeindigdOp: z.optional(Datum),
    terugvallen: z.array(TerugvalWeergave),
  }))();
