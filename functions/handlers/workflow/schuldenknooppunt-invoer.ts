// Primary adapter: the input shapes of the Schuldenknooppunt Task Lambdas: ids, a round and a creditor's number on
// the case only (execution input and output are visible in the console: no name, amount or reference).
import * as z from 'zod/mini';
import { Ronde } from '../../domain/schulden/schuld-gebeurtenissen';
import { TrajectInvoer } from './workflow-invoer';

export const RondeInvoer = z.extend(TrajectInvoer, { ronde: Ronde });

export const SchuldeiserInvoer = z.extend(RondeInvoer, { schuldeiser: z.int().check(z.positive()) });

export const SchuldeiserWachtInvoer = z.extend(SchuldeiserInvoer, { taakToken: z.string().check(z.minLength(1)) });
