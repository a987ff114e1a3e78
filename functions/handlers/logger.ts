// Primary adapter: one structured logger. Log ids, step names and outcomes; never a name, BSN, contact or amount.
import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';

export const logger = new Logger({
  serviceName: 'schuldhulp-flow',
  logLevel: (process.env.LOG_LEVEL ?? 'INFO') as LogLevel,
});
