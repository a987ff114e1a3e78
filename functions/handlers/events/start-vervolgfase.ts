// Primary adapter: EventBridge target that starts the workflows of Met vertrouwen verder: the nazorg workflow on a
// hand-over to nazorg, the wsnp workflow on a hand-over to the WSNP, the terugval workflow (the personal-contact wait) on each terugval,
// and the regeling workflow period by period (`<trajectId>-r1` on the akkoord's hand-over, the next on each period's end).
import middy from '@middy/core';
import * as z from 'zod/mini';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { DomeinEvents } from '../../contracts/domein-events';
import { logger } from '../logger';
import { leesEvent } from './lees-event';
import '../../domain/zod-meldingen';

const Envelop = z.discriminatedUnion('detail-type', [
  z.object({ 'detail-type': z.literal('fase-overgedragen'), detail: DomeinEvents['fase-overgedragen'] }),
  z.object({ 'detail-type': z.literal('terugval-gesignaleerd'), detail: DomeinEvents['terugval-gesignaleerd'] }),
  z.object({
    'detail-type': z.literal('regeling-periode-afgerond'),
    detail: DomeinEvents['regeling-periode-afgerond'],
  }),
]);

/**
 * The execution names make a redelivered event start nothing twice: the nazorg workflow is named after the traject,
 * the terugval workflow after the traject and the terugval.
 */
export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const envelop = leesEvent(Envelop, event, 'vervolgfase-event');
    const { trajectId } = envelop.detail.data;
    const input = { trajectId, gemeente: envelop.detail.metadata.gemeente };
    if (envelop['detail-type'] === 'regeling-periode-afgerond') {
      // One execution per period of the regeling, chained by this event: `<trajectId>-r<n>`.
      await deps().workflow.start('regeling', `${trajectId}-r${envelop.detail.data.volgende}`, input);
      logger.info('workflow gestart', { trajectId, workflow: 'regeling', eventId: envelop.detail.metadata.id });
      return;
    }
    if (envelop['detail-type'] === 'fase-overgedragen') {
      const { naar } = envelop.detail.data;
      if (naar === 'regeling') {
        await deps().workflow.start('regeling', `${trajectId}-r1`, input);
        logger.info('workflow gestart', { trajectId, workflow: 'regeling', eventId: envelop.detail.metadata.id });
        return;
      }
      if (naar !== 'nazorg' && naar !== 'wsnp') return; // the rule filters on naar; other phases have their owners
      await deps().workflow.start(naar, trajectId, input);
      logger.info('workflow gestart', { trajectId, workflow: naar, eventId: envelop.detail.metadata.id });
      return;
    }
    const naam = `${trajectId}-${envelop.detail.data.terugvalId}`;
    await deps().workflow.start('terugval', naam, input);
    logger.info('workflow gestart', { trajectId, workflow: 'terugval', eventId: envelop.detail.metadata.id });
  });

export const handler = maakHandler(awsBedrading({ workflow }));
