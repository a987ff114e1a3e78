// Test support: checks an HTTP answer against the generated OpenAPI document (ajv, JSON Schema 2020-12): the operation
// found by method and path template, the status among its responses, the content type among that response's content,
// the body against that content's schema. Every e2e request goes through it (test/support/api.ts).
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../../functions/handlers/http/openapi';

type Json = Record<string, unknown>;

interface Operatie {
  methode: string;
  sjabloon: string;
  regex: RegExp;
  responses: Record<string, Json>;
}

interface Validator {
  operaties: Operatie[];
  schema(ref: Json): ValidateFunction;
  responses: Record<string, Json>;
}

let validator: Validator | undefined;

function bouw(): Validator {
  const doc = openApiDocument() as { paths: Record<string, Record<string, Json>>; components: Json };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://schuldhulp-flow.nl/openapi.json', components: doc.components });
  const operaties: Operatie[] = [];
  for (const [sjabloon, item] of Object.entries(doc.paths)) {
    for (const [methode, op] of Object.entries(item)) {
      operaties.push({
        methode: methode.toUpperCase(),
        sjabloon,
        regex: new RegExp(`^${sjabloon.replace(/\{\w+\}/g, '[^/]+')}$`),
        responses: op.responses as Record<string, Json>,
      });
    }
  }
  const gecompileerd = new Map<string, ValidateFunction>();
  return {
    operaties,
    responses: doc.components.responses as Record<string, Json>,
    schema(s: Json): ValidateFunction {
      // Component refs resolve against the document's components; inline schemas keep their own refs to them.
      const sleutel = JSON.stringify(s);
      let v = gecompileerd.get(sleutel);
      if (!v) {
        const metBasis =
          typeof s.$ref === 'string' && s.$ref.startsWith('#/')
            ? { $ref: `https://schuldhulp-flow.nl/openapi.json${s.$ref}` }
            : s;
        v = ajv.compile(metBasis);
        gecompileerd.set(sleutel, v);
      }
      return v;
    },
  };
}

/** The local server's own answers for a path or method that no route has: they belong to no operation. */
const GEEN_ROUTE = new Set(['ROUTE_ONBEKEND', 'METHODE_NIET_TOEGESTAAN']);

/**
 * Returns what is wrong with this answer according to the OpenAPI document: nothing for a valid answer.
 * Local-only routes (`/_local/...`) are not part of the API and are not checked.
 */
export function afwijkingenVanOpenApi(
  methode: string,
  pad: string,
  status: number,
  contentType: string | null,
  body: unknown,
): string[] {
  const padZonderQuery = pad.split('?')[0] ?? pad;
  if (padZonderQuery.startsWith('/_local/')) return [];
  validator ??= bouw();
  const v = validator;
  const op = v.operaties.find((o) => o.methode === methode.toUpperCase() && o.regex.test(padZonderQuery));
  const code = (body as { code?: unknown } | undefined)?.code;
  if (!op) {
    if ((status === 404 || status === 405) && typeof code === 'string' && GEEN_ROUTE.has(code)) return [];
    return [`${methode} ${padZonderQuery}: no operation in the OpenAPI document (answered ${status})`];
  }
  const waar = `${op.methode} ${op.sjabloon} → ${status}`;
  let antwoord = op.responses[String(status)];
  if (!antwoord) return [`${waar}: status not documented (documented: ${Object.keys(op.responses).join(', ')})`];
  if (typeof antwoord.$ref === 'string') {
    antwoord = v.responses[antwoord.$ref.split('/').pop() ?? ''] ?? {};
  }
  const content = antwoord.content as Record<string, { schema?: Json }> | undefined;
  const mediatype = (contentType ?? '').split(';')[0]?.trim() ?? '';
  if (!content) return body === undefined || body === '' ? [] : [`${waar}: a body where the document has none`];
  const inhoud = content[mediatype];
  if (!inhoud) return [`${waar}: content type ${mediatype || '(none)'} not documented (${Object.keys(content)})`];
  if (!inhoud.schema || !mediatype.endsWith('json')) return [];
  const valideer = v.schema(inhoud.schema);
  if (valideer(body)) return [];
  return (valideer.errors ?? []).map(
    (e) => `${waar}: ${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`,
  );
}
