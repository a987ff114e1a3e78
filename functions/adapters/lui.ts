// Secondary adapters: make a thing on first use (the HTTPS agents of aws-verzoek.ts, a function's adapters), so that
// a cold start pays only for what its first call needs.

/** Memoised async factory: the first call starts it, every later call gets the same promise. */
export function lui<T>(maak: () => Promise<T>): () => Promise<T> {
  let belofte: Promise<T> | undefined;
  return () => {
    belofte ??= maak().catch((e: unknown) => {
      belofte = undefined; // a failed load may be retried
      throw e;
    });
    return belofte;
  };
}

/** AWS errors compared by name (the service's error code: aws-verzoek.ts `AwsFout`). */
export function isFout(e: unknown, ...namen: string[]): boolean {
  return e instanceof Error && namen.includes(e.name);
}
