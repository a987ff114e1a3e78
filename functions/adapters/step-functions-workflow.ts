// Secondary adapter: starts executions and resumes waiting Tasks on AWS Step Functions.
import {
  ExecutionAlreadyExists,
  InvalidToken,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import type { WorkflowNaam, WorkflowPoort } from '../app/poorten';

export class StepFunctionsWorkflow implements WorkflowPoort {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArns: Record<WorkflowNaam, string>,
  ) {}

  async start(workflow: WorkflowNaam, naam: string, input: { trajectId: string; gemeente: string }): Promise<void> {
    try {
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArns[workflow],
          name: naam,
          input: JSON.stringify(input),
        }),
      );
    } catch (e) {
      // Same name and same input is accepted by Step Functions as idempotent; a clash means it runs already.
      if (!(e instanceof ExecutionAlreadyExists)) throw e;
    }
  }

  async taakVoltooid(token: string, output: Record<string, unknown>): Promise<void> {
    try {
      await this.client.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
    } catch (e) {
      if (e instanceof TaskTimedOut || e instanceof TaskDoesNotExist || e instanceof InvalidToken) return;
      throw e;
    }
  }
}
