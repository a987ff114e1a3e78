// Primary adapter: EventBridge target for `traject-afgesloten`: keeps the anonymous figure, sets the case's expiry.
import middy from '@middy/core';
import * as z from 'zod/mini';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { bewaring, opslag } from '../../adapters/aws-poorten';
import { bewaarNaAfsluiting } from '../../app/bewaar-na-afsluiting';
import type { Afhankelijkheden } from '../../app/poorten';
import { DomeinEvents } from '../../contracts/domein-events';
import { logger } from '../logger';
import { leesEvent } from './lees-event';
import '../../domain/zod-meldingen';

const Envelop = z.object({
  'detail-type': z.literal('traject-afgesloten'),
  detail: DomeinEvents['traject-afgesloten'],
});

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const { detail } = leesEvent(Envelop, event, 'traject-afgesloten');
    const resultaat = await bewaarNaAfsluiting(deps(), { trajectId: detail.data.trajectId });
    if (resultaat.verlooptOp === null) {
      logger.warn('geen bewaartermijn geconfigureerd: het afgesloten traject wordt bewaard', {
        trajectId: detail.data.trajectId,
        gemeente: detail.metadata.gemeente,
      });
    } else logger.info('bewaartermijn ingesteld', { trajectId: detail.data.trajectId, ...resultaat });
  });

export const handler = maakHandler(awsBedrading({ opslag, bewaring }));
