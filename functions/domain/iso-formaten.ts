// Domain core: zod's ISO date and date-time string schemas, without zod's `iso` namespace. `z.iso.date()` reads a
// member of that namespace, so esbuild keeps the whole of it in the bundle (time and duration with their regexes,
// about 1 kB in every function); these build exactly what `z.iso.date()` and `z.iso.datetime()` build.
import { ZodMiniISODate, ZodMiniISODateTime } from 'zod/mini';
import { _isoDate, _isoDateTime, type $ZodISODateParams, type $ZodISODateTimeParams } from 'zod/v4/core';

export const isoDatum = (params?: string | $ZodISODateParams): ZodMiniISODate => _isoDate(ZodMiniISODate, params);

export const isoTijdstip = (params?: string | $ZodISODateTimeParams): ZodMiniISODateTime =>
  _isoDateTime(ZodMiniISODateTime, params);
