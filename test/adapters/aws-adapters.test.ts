// Thin adapter unit tests: the AWS SDK clients are mocked here, and only here. They pin what the adapters do with the
// answers AWS gives (per-entry failures, expired task tokens, existing executions), which the local runtime cannot.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
class Fout extends Error {
  constructor(naam: string) {
    super(naam);
    this.name = naam;
  }
}

vi.mock('@aws-sdk/client-eventbridge', () => ({
  EventBridgeClient: class {
    send = send;
  },
  PutEventsCommand: class {
    constructor(readonly input: unknown) {}
  },
}));
vi.mock('@aws-sdk/client-sfn', () => ({
  SFNClient: class {
    send = send;
  },
  StartExecutionCommand: class {
    constructor(readonly input: unknown) {}
  },
  SendTaskSuccessCommand: class {
    constructor(readonly input: unknown) {}
  },
}));
vi.mock('@aws-sdk/client-kms', () => ({
  KMSClient: class {
    send = send;
  },
  GenerateMacCommand: class {
    constructor(readonly input: unknown) {}
  },
}));

const { EventBridgePublicatie } = await import('../../functions/adapters/eventbridge-publicatie');
const { StepFunctionsWorkflow } = await import('../../functions/adapters/step-functions-workflow');
const { KmsPseudonimisering } = await import('../../functions/adapters/kms-pseudonimisering');

const event = {
  source: 'nl.schuldhulp.traject' as const,
  detailType: 'aanmelding-ontvangen' as const,
  detail: {
    metadata: {
      id: 't/1',
      occurredAt: '2026-03-02T09:00:00.000Z',
      gemeente: '0363',
      correlationId: 'c',
      version: 1 as const,
    },
    data: { trajectId: 't' },
  },
};

describe('AWS adapters', () => {
  beforeEach(() => send.mockReset());

  it('EventBridge: puts the detail as JSON on the named bus, and fails on a per-entry failure', async () => {
    // Prepare
    const publicatie = new EventBridgePublicatie('schuldhulp-flow');
    send.mockResolvedValueOnce({ FailedEntryCount: 0 }).mockResolvedValueOnce({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'ThrottlingException' }],
    });

    // Act
    await publicatie.publiceer([event]);
    const tweede = publicatie.publiceer([event]);

    // Assess
    expect(send.mock.calls[0]?.[0].input).toEqual({
      Entries: [
        {
          EventBusName: 'schuldhulp-flow',
          Source: 'nl.schuldhulp.traject',
          DetailType: 'aanmelding-ontvangen',
          Detail: JSON.stringify(event.detail),
        },
      ],
    });
    await expect(tweede).rejects.toThrow(/ThrottlingException/);
  });

  it('Step Functions: an existing execution and an expired token are not errors; others are', async () => {
    // Prepare
    const workflow = new StepFunctionsWorkflow(() => 'arn:aws:states:eu-west-1:1:stateMachine:x');
    send
      .mockRejectedValueOnce(new Fout('ExecutionAlreadyExists'))
      .mockRejectedValueOnce(new Fout('TaskTimedOut'))
      .mockRejectedValueOnce(new Fout('ServiceUnavailable'));

    // Act / Assess
    await expect(workflow.start('in-contact', 't', { trajectId: 't', gemeente: '0363' })).resolves.toBeUndefined();
    expect(send.mock.calls[0]?.[0].input).toMatchObject({ name: 't', input: '{"trajectId":"t","gemeente":"0363"}' });
    await expect(workflow.taakVoltooid('token', { status: 'voltooid' })).resolves.toBeUndefined();
    await expect(workflow.taakVoltooid('token', { status: 'voltooid' })).rejects.toThrow('ServiceUnavailable');
  });

  it('KMS: the lookup key is the base64url MAC that KMS computes over gemeente and value', async () => {
    // Prepare
    const pseudoniem = new KmsPseudonimisering('arn:aws:kms:eu-west-1:1:key/x');
    send.mockResolvedValueOnce({ Mac: new Uint8Array([251, 255, 0]) });

    // Act
    const sleutel = await pseudoniem.sleutel('0363', 'tel:0612345678');

    // Assess
    expect(sleutel).toBe('-_8A');
    const opdracht = send.mock.calls[0]?.[0] as { input: { MacAlgorithm: string; Message: Uint8Array } } | undefined;
    const input = opdracht?.input;
    if (!input) throw new Error('GenerateMac was not sent');
    expect(input.MacAlgorithm).toBe('HMAC_SHA_256');
    expect(new TextDecoder().decode(input.Message)).toBe('0363|tel:0612345678');
  });
});
