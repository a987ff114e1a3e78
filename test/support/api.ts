// Test support: a client for the local runtime's HTTP API, as a counsellor frontend would call it.
import { expect } from 'vitest';
import { afwijkingenVanOpenApi } from './openapi-validatie';

export interface Antwoord<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export function apiClient(url: string) {
  async function verzoek<T = Record<string, unknown>>(
    methode: string,
    pad: string,
    opties: { token?: string; body?: unknown; ruweBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Antwoord<T>> {
    const res = await fetch(`${url}${pad}`, {
      method: methode,
      headers: {
        'content-type': 'application/json',
        ...(opties.token ? { authorization: `Bearer ${opties.token}` } : {}),
        ...opties.headers,
      },
      ...(opties.ruweBody !== undefined
        ? { body: opties.ruweBody }
        : opties.body !== undefined
          ? { body: JSON.stringify(opties.body) }
          : {}),
    });
    const tekst = await res.text();
    const body = tekst ? leesBody(tekst, res.headers.get('content-type')) : undefined;
    // Every answer must be what the OpenAPI document promises (status, content type, body): a route, status or
    // field the document does not describe fails the test that met it.
    const afwijkingen = afwijkingenVanOpenApi(methode, pad, res.status, res.headers.get('content-type'), body);
    if (afwijkingen.length > 0) throw new Error(`answer differs from /openapi.json:\n${afwijkingen.join('\n')}`);
    return { status: res.status, headers: res.headers, body: (body ?? {}) as T };
  }
  return {
    verzoek,
    async token(gemeente: string, rol: string, sub = `${rol}-1`): Promise<string> {
      const r = await verzoek<{ token: string }>('POST', '/_local/token', { body: { gemeente, rol, sub } });
      expect(r.status).toBe(200);
      return r.body.token;
    },
  };
}

/** JSON when it is JSON (by content type, or by content where the type is missing); otherwise the text (CSV). */
function leesBody(tekst: string, contentType: string | null): unknown {
  if (contentType?.includes('json')) return JSON.parse(tekst);
  try {
    return JSON.parse(tekst);
  } catch {
    return tekst;
  }
}

/** Polls until `check` returns a value (not undefined) or the wall-clock limit passes. */
export async function wachtTot<T>(check: () => Promise<T | undefined> | T | undefined, ms = 15_000): Promise<T> {
  const einde = Date.now() + ms;
  for (;;) {
    const waarde = await check();
    if (waarde !== undefined) return waarde;
    if (Date.now() > einde) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
