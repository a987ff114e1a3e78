// Primary adapter: the input shapes of the workflow Task Lambdas. Ids and step names only: execution input and output
// are visible in the Step Functions console and must not hold personal data.
import * as z from 'zod';
import { Stap } from '../../domain/traject/gebeurtenissen';

export const TrajectInvoer = z.object({
  trajectId: z.string().min(1),
  gemeente: z.string().regex(/^\d{4}$/),
  /** The execution id, carried into published events as correlation id. */
  executie: z.string().optional(),
});

export const StapInvoer = TrajectInvoer.extend({ stap: Stap });

export const WachtInvoer = StapInvoer.extend({ taakToken: z.string().min(1) });
