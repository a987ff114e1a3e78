// Primary adapter: the one error mapper at the HTTP edge. Domain errors and invalid input become RFC 9457 problem
// details naming the field; anything else becomes a generic 500 without internals.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
// The error class alone: `z.core.$ZodError` through the zod/mini namespace would bundle all of zod's core with every
// locale (about 400 KB minified), since esbuild does not tree-shake a namespace inside a namespace.
import { $ZodError } from 'zod/v4/core';
import { DomeinFout, type VeldFout } from '../../domain/fouten';

const TITELS: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet geauthenticeerd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Niet-ondersteund mediatype',
  422: 'Niet toegestaan door een regel',
  500: 'Interne fout',
};

export const PROBLEEM_TYPE_BASIS = 'https://schuldhulp-flow.nl/problemen/';

export function probleem(
  status: number,
  code: string,
  detail: string,
  velden: VeldFout[] = [],
  instance?: string,
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({
      type: `${PROBLEEM_TYPE_BASIS}${code.toLowerCase().replaceAll('_', '-')}`,
      title: TITELS[status] ?? 'Fout',
      status,
      detail: kort(detail, 1000),
      code,
      ...(instance ? { instance } : {}),
      ...(velden.length
        ? {
            errors: velden.map((v) => ({
              pointer: pointerVan(v.veld, v.pad),
              field: kort(v.veld),
              detail: kort(v.melding),
            })),
          }
        : {}),
    }),
  };
}

/** Error details quote input at most this long, so a 1 MB field never comes back in the answer. */
const MAX_TEKENS = 300;

export function kort(tekst: string, max = MAX_TEKENS): string {
  return tekst.length <= max ? tekst : `${tekst.slice(0, max)}… (ingekort)`;
}

/**
 * One field error per issue, each at the path of the input it concerns. An unknown key is reported at its own
 * pointer (`/actor`, `/__proto__`), one entry per key, not at the object that holds it.
 */
/** RFC 6901 JSON pointer of a dot-separated field path; `(body)` is the whole body. */
function pointerVan(veld: string, pad?: readonly (string | number)[]): string {
  if (veld === '(body)') return '/';
  const delen = pad ? pad.map((d) => kort(String(d))) : kort(veld).split('.');
  return `/${delen.map((d) => d.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

export function veldFoutenUit(fout: $ZodError, prefix: (string | number)[] = []): VeldFout[] {
  return fout.issues.flatMap((i) => {
    const pad = [...prefix, ...i.path].map((p) => String(p));
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((sleutel) => ({
        veld: kort([...pad, sleutel].join('.')),
        melding: 'onbekend veld',
        pad: [...pad, sleutel],
      }));
    }
    if (pad.length === 0) return [{ veld: '(body)', melding: kort(i.message) }];
    return [{ veld: kort(pad.join('.')), melding: kort(i.message), pad }];
  });
}

/** Maps any thrown value to a problem. Returns whether it is a server error, which the caller logs. */
export function naarProbleem(
  fout: unknown,
  instance?: string,
): { antwoord: APIGatewayProxyStructuredResultV2; intern: boolean } {
  if (fout instanceof DomeinFout) {
    return { antwoord: probleem(fout.status, fout.code, fout.message, fout.velden, instance), intern: false };
  }
  // zod/mini throws core's $ZodError (classic's ZodError carries the same trait, so this catches both).
  if (fout instanceof $ZodError) {
    return {
      antwoord: probleem(
        400,
        'ONGELDIGE_INVOER',
        'het verzoek voldoet niet aan het schema',
        veldFoutenUit(fout),
        instance,
      ),
      intern: false,
    };
  }
  return {
    antwoord: probleem(500, 'INTERNE_FOUT', 'er ging iets mis aan onze kant; probeer het later opnieuw', [], instance),
    intern: true,
  };
}
