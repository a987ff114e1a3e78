// Primary adapter: the input shapes of the workflow Task Lambdas. Ids and step names only: execution input and output
// are visible in the Step Functions console and must not hold personal data.
import * as z from 'zod/mini';
import { Stap } from '../../domain/traject/gebeurtenissen';

export const TrajectInvoer = z.object({
  trajectId: z.string().check(z.minLength(1)),
  gemeente: z.string().check(z.regex(/^\d{4}$/)),
  /** The execution id, carried into published events as correlation id. */
  executie: z.optional(z.string()),
});

/** StelBeschikkingOp: the concept after the triage, or the definitive letter on the day of the vaststelling. */
export const BeschikkingInvoer = z.extend(TrajectInvoer, { modus: z.enum(['concept', 'bekendmaking']) });

/** LegFoutVast: the Catch's `$.fout` (Error and Cause) and which execution it was. */
export const FoutInvoer = z.extend(TrajectInvoer, {
  workflow: z.enum(['in-contact', 'plaatje-compleet', 'begeleiding', 'nazorg', 'terugval', 'wsnp', 'regeling']),
  executie: z.string().check(z.minLength(1)),
  executieNaam: z.string().check(z.minLength(1)),
  fout: z.optional(z.object({ Error: z.optional(z.string()), Cause: z.optional(z.string()) })),
});

export const StapInvoer = z.extend(TrajectInvoer, { stap: Stap });

export const WachtInvoer = z.extend(StapInvoer, { taakToken: z.string().check(z.minLength(1)) });
