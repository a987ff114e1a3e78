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
      detail,
      code,
      ...(instance ? { instance } : {}),
      ...(velden.length
        ? {
            errors: velden.map((v) => ({
              pointer: `/${v.veld.replaceAll('.', '/')}`,
              field: v.veld,
              detail: v.melding,
            })),
          }
        : {}),
    }),
  };
}

export function veldFoutenUit(fout: $ZodError, prefix: (string | number)[] = []): VeldFout[] {
  return fout.issues.map((i) => ({
    veld: [...prefix, ...i.path].map(String).join('.') || '(body)',
    melding: i.message,
  }));
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
