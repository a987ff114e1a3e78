// Contracts: the request body of POST /trajecten/{id}/evaluaties (apart from nazorg-api.ts, which api.ts imports, so
// that this file may import the plan shape from api.ts without an import cycle).
import * as z from 'zod/mini';
import { Datum } from '../domain/traject/gebeurtenissen';
import { PlanVerzoek } from './api';

const Score = z.int().check(z.minimum(1), z.maximum(5));

export const EvaluatieVerzoek = z.strictObject({
  /** The caller's id for this evaluation (kebab-case); the same id again is a replay. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(64)),
  datum: z.optional(Datum),
  /** A version of the intake's instrument: its zelfredzaamheid domains and 1–5 scale. */
  instrument: z.strictObject({ id: z.string().check(z.maxLength(100)), versie: z.string().check(z.maxLength(20)) }),
  scores: z.record(z.string().check(z.maxLength(100)), Score),
  besluit: z.enum(['voortzetten', 'bijstellen', 'escaleren']),
  /** With `bijstellen`: the plan's new version, in the intake's plan shape. */
  plan: z.optional(PlanVerzoek),
  toelichting: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
});
