// Primary adapter: EventBridge target for `aanmelding-ontvangen`: starts the workflow of the first phase.
import middy from '@middy/core';
import * as z from 'zod';
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import type { Afhankelijkheden } from '../../app/poorten';
import { startTrajectWorkflow } from '../../app/start-traject-workflow';
import { DomeinEvents } from '../../contracts/domein-events';
import { logger } from '../logger';

const Envelop = z.object({
  'detail-type': z.literal('aanmelding-ontvangen'),
  detail: DomeinEvents['aanmelding-ontvangen'],
});

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const { detail } = Envelop.parse(event);
    await startTrajectWorkflow(deps(), detail);
    logger.info('workflow gestart', { trajectId: detail.data.trajectId, eventId: detail.metadata.id });
  });

export const handler = maakHandler(awsAfhankelijkheden);
