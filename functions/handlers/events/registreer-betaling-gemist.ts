// Primary adapter: EventBridge target for `betaling-gemist` {trajectId, maand} (published by the schuldregeling
// phase): during nazorg a missed payment is a terugval; outside the window it changes nothing on the case.
import middy from '@middy/core';
import * as z from 'zod/mini';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag } from '../../adapters/aws-poorten';
import { meldTerugval } from '../../app/nazorg';
import type { Afhankelijkheden } from '../../app/poorten';
import { Metadata } from '../../contracts/domein-events';
import { EventTrajectId, Tijdstip } from '../../contracts/invoer-grenzen';
import { vandaagInAmsterdam } from '../../domain/kalender/kalender';
import { logger } from '../logger';
import { leesEvent } from './lees-event';
import '../../domain/zod-meldingen';

const BetalingGemist = z.object({
  'detail-type': z.literal('betaling-gemist'),
  time: z.optional(Tijdstip),
  detail: z.strictObject({
    metadata: Metadata,
    data: z.strictObject({
      trajectId: EventTrajectId,
      maand: z.union([z.int().check(z.positive(), z.maximum(1_000)), z.string().check(z.maxLength(20))]),
    }),
  }),
});

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const e = leesEvent(BetalingGemist, event, 'betaling-gemist');
    const { trajectId, maand } = e.detail.data;
    const besluit = await meldTerugval(deps(), {
      trajectId,
      datum: vandaagInAmsterdam(new Date(e.detail.metadata.occurredAt)),
      bron: { soort: 'betaling-gemist', maand: String(maand) },
      correlatieId: e.detail.metadata.correlationId,
    });
    logger.info('gemiste betaling verwerkt', { trajectId, besluit: besluit.soort });
  });

export const handler = maakHandler(awsBedrading({ opslag, events }));
