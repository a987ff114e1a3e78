// Application layer: use case "start de workflow van de eerste fase" (consumer of aanmelding-ontvangen).
import type { Detail } from '../contracts/domein-events';
import type { Afhankelijkheden } from './poorten';

/**
 * Starts the in-contact workflow for a new traject. The execution is named after the traject, so a redelivered
 * event (EventBridge delivers at least once) finds the execution already there and starts nothing twice.
 */
export async function startTrajectWorkflow(
  deps: Pick<Afhankelijkheden, 'workflow'>,
  detail: Detail<'aanmelding-ontvangen'>,
): Promise<void> {
  await deps.workflow.start('in-contact', detail.data.trajectId, {
    trajectId: detail.data.trajectId,
    gemeente: detail.metadata.gemeente,
  });
}
