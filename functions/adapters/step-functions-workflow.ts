// Secondary adapter: starts executions and resumes waiting Tasks on AWS Step Functions (its JSON protocol, through
// aws-verzoek.ts).
import { WACHT_OORZAAK, type WachtFout, type WorkflowNaam, type WorkflowPoort } from '../app/poorten';
import { awsJson, type VerzendOpties } from './aws-verzoek';
import { isFout } from './lui';

/** The Task every Catch leads to; it asks which state failed, so it is not the answer itself. */
export const LEG_FOUT_VAST = 'LegFoutVast';

const SFN = { naam: 'states', sdkId: 'SFN', xray: 'SFN', prefix: 'AWSStepFunctions', jsonVersie: '1.0' } as const;

interface HistorieEvent {
  type?: string;
  stateEnteredEventDetails?: { name?: string };
}

export class StepFunctionsWorkflow implements WorkflowPoort {
  /** `stateMachineArn` is asked only when starting: a function that only answers tokens needs no ARN. */
  constructor(
    private readonly stateMachineArn: (workflow: WorkflowNaam) => string,
    private readonly opties?: VerzendOpties,
  ) {}

  async start(workflow: WorkflowNaam, naam: string, input: { trajectId: string; gemeente: string }): Promise<void> {
    try {
      await awsJson(
        SFN,
        'StartExecution',
        { stateMachineArn: this.stateMachineArn(workflow), name: naam, input: JSON.stringify(input) },
        this.opties,
      );
    } catch (e) {
      // Same name and same input is accepted by Step Functions as idempotent; a clash means it runs already.
      if (!isFout(e, 'ExecutionAlreadyExists')) throw e;
    }
  }

  async taakVoltooid(token: string, output: Record<string, unknown>): Promise<void> {
    await this.antwoord('SendTaskSuccess', { taskToken: token, output: JSON.stringify(output) });
  }

  async taakMislukt(token: string, fout: WachtFout): Promise<void> {
    await this.antwoord('SendTaskFailure', { taskToken: token, error: fout, cause: WACHT_OORZAAK[fout] });
  }

  /** A token answered late (timed out, or the execution ended) has nothing left to resume. */
  private async antwoord(operatie: string, invoer: Record<string, string>): Promise<void> {
    try {
      await awsJson(SFN, operatie, invoer, this.opties);
    } catch (e) {
      if (isFout(e, 'TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken')) return;
      throw e;
    }
  }

  /** Newest events first: the first Task entered that is not the Task asking (LegFoutVast) is the one that failed. */
  async mislukteStaat(executieId: string): Promise<string | undefined> {
    const res = await awsJson<{ events?: HistorieEvent[] }>(
      SFN,
      'GetExecutionHistory',
      { executionArn: executieId, reverseOrder: true, maxResults: 50 },
      this.opties,
    );
    return (res.events ?? [])
      .filter((e) => e.type === 'TaskStateEntered')
      .map((e) => e.stateEnteredEventDetails?.name)
      .find((naam) => naam !== undefined && naam !== LEG_FOUT_VAST);
  }
}
