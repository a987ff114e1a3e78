// Secondary adapter: the entry of the tracer layer (bundled by infra/constructs/tracer-laag.ts into
// /opt/schuldhulp-flow/tracer.mjs). Not imported by any function: getraceerd.ts loads it from the layer at runtime.
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { ClientVanger } from './getraceerd';

const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'schuldhulp-flow' });

export const vangClient: ClientVanger['vangClient'] = (client) => tracer.captureAWSv3Client(client);
