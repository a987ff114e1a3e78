// Secondary adapters: X-Ray subsegments for every AWS SDK call (DynamoDB, Step Functions, KMS, S3, EventBridge).
// The Powertools tracer (127 kB minified, about 150 ms to import) is neither in the function bundles nor in their
// init: it ships once in a Lambda layer (infra/constructs/tracer-laag.ts) and is loaded with the first SDK client,
// which this project already makes on first use (lui.ts). Outside Lambda there is no layer and nothing is traced.
import { lui } from './lui';

/** Where the layer puts the bundled tracer (a layer is mounted under /opt). */
export const TRACER_LAAG_PAD = '/opt/schuldhulp-flow/tracer.mjs';

export interface ClientVanger {
  vangClient<T>(client: T): T;
}

const vanger = lui(async (): Promise<ClientVanger | undefined> => {
  if (!process.env.AWS_LAMBDA_FUNCTION_NAME || process.env.POWERTOOLS_TRACE_ENABLED === 'false') return undefined;
  try {
    const pad: string = TRACER_LAAG_PAD;
    return (await import(pad)) as ClientVanger;
  } catch {
    return undefined; // a function deployed without the layer still works, untraced
  }
});

/** The client, with the tracer's middleware when running in Lambda with the layer. */
export async function getraceerd<T>(client: T, laad: () => Promise<ClientVanger | undefined> = vanger): Promise<T> {
  const v = await laad();
  return v ? v.vangClient(client) : client;
}
