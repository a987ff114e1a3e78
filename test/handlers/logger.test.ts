import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Logger } from '../../functions/handlers/logger';

const context = {
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:bekijk-traject',
  awsRequestId: 'req-1',
  memoryLimitInMB: '512',
  functionName: 'bekijk-traject',
} as Context;

describe('the structured logger', () => {
  let uit: string[];
  let fout: string[];
  const env = { ...process.env };
  beforeEach(() => {
    uit = [];
    fout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((tekst: string | Uint8Array) => uit.push(String(tekst)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((tekst: string | Uint8Array) => fout.push(String(tekst)) > 0);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...env };
  });

  it('writes one JSON line with level, message, timestamp, service, the Lambda context and the keys, in that order', () => {
    // Prepare
    process.env.LOG_LEVEL = 'INFO';
    process.env.AWS_LAMBDA_INITIALIZATION_TYPE = 'on-demand';
    process.env._X_AMZN_TRACE_ID = 'Root=1-6790a1b2-abcdef;Parent=557abcec;Sampled=1';
    const logger = new Logger();

    // Act
    logger.addContext(context);
    logger.appendKeys({ route: 'GET /trajecten/{id}', requestId: 'api-1' });
    logger.info('verzoek geweigerd', { status: 404, code: undefined, leeg: '' });
    logger.addContext({ ...context, awsRequestId: 'req-2' });
    logger.info('tweede');

    // Assess
    expect(uit).toHaveLength(2);
    expect(uit[0]?.endsWith('}\n')).toBe(true);
    const regel = JSON.parse(uit[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(regel)).toEqual([
      'level',
      'message',
      'timestamp',
      'service',
      'cold_start',
      'function_arn',
      'function_memory_size',
      'function_name',
      'function_request_id',
      'sampling_rate',
      'xray_trace_id',
      'route',
      'requestId',
      'status',
    ]);
    expect(regel).toMatchObject({
      level: 'INFO',
      message: 'verzoek geweigerd',
      service: 'schuldhulp-flow',
      cold_start: true,
      function_name: 'bekijk-traject',
      function_request_id: 'req-1',
      xray_trace_id: '1-6790a1b2-abcdef',
      route: 'GET /trajecten/{id}',
      status: 404,
    });
    expect(new Date(String(regel.timestamp)).toISOString()).toBe(regel.timestamp);
    expect(JSON.parse(uit[1] ?? '')).toMatchObject({
      cold_start: false,
      function_request_id: 'req-2',
      requestId: 'api-1',
    });
  });

  it('writes from LOG_LEVEL up, warnings and errors to stderr, and follows setLogLevel', () => {
    // Prepare
    process.env.LOG_LEVEL = 'warn';
    const logger = new Logger();

    // Act
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    logger.setLogLevel('SILENT');
    logger.error('stil');
    logger.setLogLevel('DEBUG');
    logger.debug('d2');

    // Assess
    expect(fout.map((r) => JSON.parse(r).message)).toEqual(['w', 'e']);
    expect(uit.map((r) => JSON.parse(r).message)).toEqual(['d2']);
    expect(() => logger.setLogLevel('LUID' as 'INFO')).toThrow('Invalid log level: LUID');
  });

  it('drops the reserved keys and leaves the Lambda log level of the advanced logging controls in charge', () => {
    // Prepare
    process.env.AWS_LAMBDA_LOG_LEVEL = 'ERROR';
    process.env.LOG_LEVEL = 'INFO';
    const logger = new Logger();

    // Act
    logger.setLogLevel('DEBUG');
    logger.warn('niet');
    logger.error('wel', { message: 'overschreven?', trajectId: 't-1' });

    // Assess
    const regels = fout.map((r) => JSON.parse(r) as Record<string, unknown>);
    expect(regels.map((r) => r.message)).toEqual(['wel']);
    expect(regels[0]).toMatchObject({ level: 'ERROR', trajectId: 't-1' });
  });
});
