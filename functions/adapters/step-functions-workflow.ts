// Secondary adapter: starts executions and resumes waiting Tasks on AWS Step Functions.
import type { SFNClient } from '@aws-sdk/client-sfn';
import { WACHT_OORZAAK, type WachtFout, type WorkflowNaam, type WorkflowPoort } from '../app/poorten';
import { getraceerd } from './getraceerd';
import { isFout, lui } from './lui';

const sdk = lui(() => import('@aws-sdk/client-sfn'));

/** The Task every Catch leads to; it asks which state failed, so it is not the answer itself. */
export const LEG_FOUT_VAST = 'LegFoutVast';

export class StepFunctionsWorkflow implements WorkflowPoort {
  private readonly client = lui(async (): Promise<SFNClient> => getraceerd(new (await sdk()).SFNClient({})));

  /** `stateMachineArn` is asked only when starting: a function that only answers tokens needs no ARN. */
  constructor(private readonly stateMachineArn: (workflow: WorkflowNaam) => string) {}

  async start(workflow: WorkflowNaam, naam: string, input: { trajectId: string; gemeente: string }): Promise<void> {
    const [{ StartExecutionCommand }, client] = await Promise.all([sdk(), this.client()]);
    try {
      await client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn(workflow),
          name: naam,
          input: JSON.stringify(input),
        }),
      );
    } catch (e) {
      // Same name and same input is accepted by Step Functions as idempotent; a clash means it runs already.
      if (!isFout(e, 'ExecutionAlreadyExists')) throw e;
    }
  }

  async taakVoltooid(token: string, output: Record<string, unknown>): Promise<void> {
    const [{ SendTaskSuccessCommand }, client] = await Promise.all([sdk(), this.client()]);
    try {
      await client.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
    } catch (e) {
      if (isFout(e, 'TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken')) return;
      throw e;
    }
  }

  async taakMislukt(token: string, fout: WachtFout): Promise<void> {
    const [{ SendTaskFailureCommand }, client] = await Promise.all([sdk(), this.client()]);
    try {
      await client.send(new SendTaskFailureCommand({ taskToken: token, error: fout, cause: WACHT_OORZAAK[fout] }));
    } catch (e) {
      if (isFout(e, 'TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken')) return;
      throw e;
    }
  }

  /** Newest events first: the first Task entered that is not the Task asking (LegFoutVast) is the one that failed. */
  async mislukteStaat(executieId: string): Promise<string | undefined> {
    const [{ GetExecutionHistoryCommand }, client] = await Promise.all([sdk(), this.client()]);
    const res = await client.send(
      new GetExecutionHistoryCommand({ executionArn: executieId, reverseOrder: true, maxResults: 50 }),
    );
    return (res.events ?? [])
      .filter((e) => e.type === 'TaskStateEntered')
      .map((e) => e.stateEnteredEventDetails?.name)
      .find((naam) => naam !== undefined && naam !== LEG_FOUT_VAST);
  }
}
