// Contracts: the query and the answer of GET /rapportages/ddas. The records are the model's (domain/ddas).
import * as z from 'zod/mini';
import { DdasRecord } from '../domain/ddas/ddas-record';
import { Datum } from '../domain/traject/gebeurtenissen';

export const DdasQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    van: Datum,
    tot: Datum,
    formaat: z._default(z.enum(['json', 'csv']), 'json'),
  }))();

export const DdasExportAntwoord = /* @__PURE__ */ (() =>
  z.object({
    model: z.object({
      naam: z.string(),
      versie: z.string(),
      gewijzigd: Datum,
      vroegsignalering: z.string(),
      bron: z.string(),
    }),
    gemeente: z.string(),
    van: Datum,
    tot: Datum,
    records: z.array(DdasRecord),
    nietGevuld: z.array(z.object({ veld: z.string(), issue: z.int(), waarom: z.string() })),
  }))();
