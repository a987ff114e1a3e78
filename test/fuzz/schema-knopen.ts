// Fuzzer support: every field of a request schema, found by walking the JSON Schema that the OpenAPI document is
// generated from (the zod schemas are the source). A new route or field is fuzzed without anyone listing it.
import * as z from 'zod/mini';

export type Pad = (string | number)[];

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  maxLength?: number;
  maxItems?: number;
  maximum?: number;
  minimum?: number;
}

export interface Knoop {
  pad: Pad;
  soorten: Set<'object' | 'strikt-object' | 'array' | 'string' | 'number' | 'boolean' | 'overig'>;
  /** Names of the known properties (for an object), so an unknown key is never one of them. */
  bekend: Set<string>;
}

export function jsonSchema(s: z.ZodMiniType): JsonSchema {
  return z.toJSONSchema(s, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as JsonSchema;
}

/** Every node of the schema with its path; array items at index 0. Depth-limited, merged per path. */
export function knopenVan(schema: JsonSchema): Knoop[] {
  const perPad = new Map<string, Knoop>();
  const bezoek = (s: JsonSchema, pad: Pad, diepte: number) => {
    if (diepte > 8) return;
    const sleutel = JSON.stringify(pad);
    const knoop = perPad.get(sleutel) ?? { pad, soorten: new Set(), bekend: new Set() };
    perPad.set(sleutel, knoop);
    const varianten = [s, ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
    for (const v of varianten) {
      const typen = Array.isArray(v.type) ? v.type : v.type ? [v.type] : [];
      if (v.properties) {
        knoop.soorten.add(v.additionalProperties === false ? 'strikt-object' : 'object');
        for (const [k, sub] of Object.entries(v.properties)) {
          knoop.bekend.add(k);
          bezoek(sub, [...pad, k], diepte + 1);
        }
      }
      if (v.items) {
        knoop.soorten.add('array');
        bezoek(v.items, [...pad, 0], diepte + 1);
      }
      for (const t of typen) {
        if (t === 'string') knoop.soorten.add('string');
        else if (t === 'number' || t === 'integer') knoop.soorten.add('number');
        else if (t === 'boolean') knoop.soorten.add('boolean');
        else if (t !== 'object' && t !== 'array') knoop.soorten.add('overig');
      }
      if (v.enum?.every((e) => typeof e === 'string')) knoop.soorten.add('string');
    }
  };
  bezoek(schema, [], 0);
  return [...perPad.values()];
}

/** RFC 6901 pointer of a path, as the problem's `errors[].pointer` gives it. */
export function pointer(pad: Pad): string {
  return `/${pad.map((d) => String(d).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

export function heeft(waarde: unknown, pad: Pad): boolean {
  let huidig: unknown = waarde;
  for (const deel of pad) {
    if (huidig === null || typeof huidig !== 'object' || !Object.hasOwn(huidig, deel)) return false;
    huidig = (huidig as Record<string | number, unknown>)[deel];
  }
  return true;
}

/** A deep copy of `basis` with `waarde` at `pad` (own property, `__proto__` included), creating objects on the way. */
export function metWaarde(basis: unknown, pad: Pad, waarde: unknown): unknown {
  if (pad.length === 0) return waarde;
  const [kop, ...rest] = pad as [string | number, ...Pad];
  const bron = basis !== null && typeof basis === 'object' ? basis : {};
  const kopie = (Array.isArray(bron) ? [...bron] : { ...bron }) as Record<string | number, unknown>;
  const oud = Object.hasOwn(bron, kop) ? (bron as Record<string | number, unknown>)[kop] : undefined;
  Object.defineProperty(kopie, kop, {
    value: metWaarde(oud, rest, waarde),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return kopie;
}
