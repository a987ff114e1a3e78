// Primary adapter: EventBridge target for the events that open a phase: starts that phase's workflow.
import middy from '@middy/core';
import * as z from 'zod/mini';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { startFaseWorkflow } from '../../app/start-fase-workflow';
import { DomeinEvents } from '../../contracts/domein-events';
import { logger } from '../logger';
import { leesEvent } from './lees-event';
import '../../domain/zod-meldingen';

const Envelop = z.discriminatedUnion('detail-type', [
  z.object({ 'detail-type': z.literal('aanmelding-ontvangen'), detail: DomeinEvents['aanmelding-ontvangen'] }),
  z.object({ 'detail-type': z.literal('beschikking-vastgesteld'), detail: DomeinEvents['beschikking-vastgesteld'] }),
  z.object({ 'detail-type': z.literal('berekening-vastgelegd'), detail: DomeinEvents['berekening-vastgelegd'] }),
  z.object({ 'detail-type': z.literal('fase-overgedragen'), detail: DomeinEvents['fase-overgedragen'] }),
]);

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const envelop = leesEvent(Envelop, event, 'fase-event');
    const workflow = await startFaseWorkflow(deps(), envelop['detail-type'], envelop.detail);
    logger.info(workflow ? 'workflow gestart' : 'geen workflow voor deze gebeurtenis', {
      trajectId: envelop.detail.data.trajectId,
      eventId: envelop.detail.metadata.id,
      detailType: envelop['detail-type'],
      ...(workflow ? { workflow } : {}),
    });
  });

export const handler = maakHandler(awsBedrading({ opslag, workflow }));
