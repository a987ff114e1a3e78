// Primary adapter support: parses an inbound event with its schema. What does not parse (over a limit, an unknown
// key, a wrong type) throws with the fields and what is wrong with them, never their values (they may be personal
// data): after the retries the event is parked in the dead-letter queue with that reason, as the ErrorMessage of
// the function's on-failure queue in AWS and `fout` of `GET /_local/dlq` locally.
import type * as z from 'zod/mini';

export class OngeldigEvent extends Error {
  constructor(
    wat: string,
    readonly velden: string[],
  ) {
    super(`${wat} voldoet niet aan het schema: ${velden.join(', ')}`);
    this.name = 'OngeldigEvent';
  }
}

/** `detail.data.trajectId (te lang, hoogstens 100)`: the path and the rule, at most 10 of them. */
export function veldenVan(fout: z.core.$ZodError): string[] {
  const velden = fout.issues.map((i) => {
    const pad = i.path.map(String).join('.') || '(event)';
    if (i.code === 'too_big') return `${pad} (te groot, hoogstens ${String(i.maximum)})`;
    if (i.code === 'too_small') return `${pad} (te klein, minstens ${String(i.minimum)})`;
    if (i.code === 'unrecognized_keys')
      return `${pad} (onbekende velden ${i.keys.map((k) => k.slice(0, 40)).join(', ')})`;
    return `${pad} (${i.code})`;
  });
  return [...new Set(velden)].slice(0, 10);
}

export function leesEvent<S extends z.ZodMiniType>(schema: S, event: unknown, wat: string): z.infer<S> {
  const r = schema.safeParse(event);
  if (!r.success) throw new OngeldigEvent(wat, veldenVan(r.error));
  return r.data as z.infer<S>;
}
