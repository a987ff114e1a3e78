// Secondary adapters: load an AWS SDK module on first use. The Lambda runtime provides the SDK outside the bundle,
// and importing every client at init costs about 450 ms where one costs about 200 ms: each function loads only the
// clients its calls need.

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

/** Errors of the SDK compared by name: the exception classes live in modules that may not be loaded. */
export function isFout(e: unknown, ...namen: string[]): boolean {
  return e instanceof Error && namen.includes(e.name);
}
