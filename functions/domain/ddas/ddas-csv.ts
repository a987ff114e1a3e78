// Domain layer: the DDAS records as CSV (RFC 4180), one row per case, one column per attribute in the model's names
// (`Object.attribuut`); a list of objects (Begeleiding, Vroegsignaal) joins each attribute's values with `|`.
import * as z from 'zod/mini';
import { type DdasRecord, DdasRecord as DdasRecordSchema } from './ddas-record';

type Json = Record<string, unknown>;

function bladen(schema: Json, pad: string): string[] {
  const varianten = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  const object = varianten ? varianten.find((v) => v.type === 'object' || v.type === 'array') : schema;
  if (object?.type === 'array') return bladen(object.items as Json, pad);
  if (object?.type === 'object' && object.properties) {
    return Object.entries(object.properties as Record<string, Json>).flatMap(([k, s]) =>
      bladen(s, pad ? `${pad}.${k}` : k),
    );
  }
  return [pad];
}

/** The columns, in the order of the model's objects in the record schema. */
export const DDAS_KOLOMMEN: readonly string[] = bladen(
  z.toJSONSchema(DdasRecordSchema, { io: 'output', unrepresentable: 'any' }) as Json,
  '',
);

function waarden(waarde: unknown, delen: string[]): unknown[] {
  if (Array.isArray(waarde)) return waarde.flatMap((w) => waarden(w, delen));
  if (delen.length === 0) return [waarde];
  if (waarde === null || typeof waarde !== 'object') return [];
  const [eerste, ...rest] = delen;
  return waarden((waarde as Json)[eerste ?? ''], rest);
}

function cel(waarde: unknown[]): string {
  const tekst = waarde
    .filter((w) => w !== null && w !== undefined)
    .map(String)
    .join('|');
  return /[",\r\n]/.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}

export function ddasCsv(records: readonly DdasRecord[]): string {
  const regels = [DDAS_KOLOMMEN.join(',')];
  for (const r of records) regels.push(DDAS_KOLOMMEN.map((k) => cel(waarden(r, k.split('.')))).join(','));
  return `${regels.join('\r\n')}\r\n`;
}
