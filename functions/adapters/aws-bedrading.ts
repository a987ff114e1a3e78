// Composition root for Lambda: a handler names the adapters it uses (functions/adapters/aws-poorten.ts), and only
// those are in its bundle. Every adapter, and the SDK client behind it, is made on first use, so a function loads
// only the AWS clients its calls need.
import { randomUUID } from 'node:crypto';
import type { Afhankelijkheden } from '../app/poorten';
import { systeemklok } from './systeemklok';

/** The ports a Lambda wires itself; the clock and the id generator are the same everywhere. */
export type AwsPoort = Exclude<keyof Afhankelijkheden, 'klok' | 'ids'>;

/** Makes the adapter of one port from the environment; it gets the root for the ports it builds on (the bus). */
export type AdapterMaker<P extends AwsPoort> = (root: Afhankelijkheden) => NonNullable<Afhankelijkheden[P]>;

export type AdapterMakers = { [P in AwsPoort]?: AdapterMaker<P> };

export const AWS_POORTEN = [
  'opslag',
  'lijsten',
  'outbox',
  'consulent',
  'events',
  'workflow',
  'pseudoniem',
  'documenten',
  'koppelingen',
  'configuratie',
  'schuldenknooppunt',
  'signalen',
  'bewaring',
  'inzage',
] as const satisfies readonly AwsPoort[];
// A port added to Afhankelijkheden without a place in the list does not compile.
export type OngenoemdePoort = Exclude<AwsPoort, (typeof AWS_POORTEN)[number]>;
export const ALLE_POORTEN_GENOEMD: [OngenoemdePoort] extends [never] ? true : never = true;

/**
 * The dependencies of one function, built on first use, and each adapter on its own first use: importing a handler
 * (tests, the local runtime) needs no AWS environment, and a function that was granted no table (a calculator)
 * never asks for TABLE_NAME. A port the handler did not name fails on use, naming the port: test/adapters/
 * aws-bedrading.test.ts checks every handler's bundle against what it names.
 */
export function awsBedrading(makers: AdapterMakers): () => Afhankelijkheden {
  let deps: Afhankelijkheden | undefined;
  return () => {
    if (deps) return deps;
    const cache = new Map<AwsPoort, unknown>();
    const root = { klok: systeemklok, ids: { nieuwId: randomUUID } } as Afhankelijkheden;
    for (const poort of AWS_POORTEN) {
      const maak = makers[poort] as AdapterMaker<AwsPoort> | undefined;
      Object.defineProperty(root, poort, {
        enumerable: maak !== undefined,
        get() {
          if (!maak) throw new Error(`port ${poort} is not wired in this function (functions/adapters/aws-poorten.ts)`);
          if (!cache.has(poort)) cache.set(poort, maak(root));
          return cache.get(poort);
        },
      });
    }
    deps = root;
    return root;
  };
}
