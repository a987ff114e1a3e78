// Primary adapter: scheduled Lambda that republishes history events whose publication failed (the outbox).
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, outbox } from '../../adapters/aws-poorten';
import { herpubliceer } from '../../app/herpubliceer';
import type { Afhankelijkheden } from '../../app/poorten';
import { logger } from '../logger';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async () => {
    const resultaat = await herpubliceer(deps());
    if (resultaat.herpubliceerd > 0) logger.warn('events herpubliceerd', resultaat);
    return resultaat;
  });

export const handler = maakHandler(awsBedrading({ opslag, events, outbox }));
