// Primary adapter: Task Lambda behind `.waitForTaskToken` for one creditor's answer: parks the token on the case.
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { registreerSchuldeiserWacht } from '../../app/schuldenknooppunt';
import { logger } from '../logger';
import { SchuldeiserWachtInvoer } from './schuldenknooppunt-invoer';
import '../../domain/zod-meldingen';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const invoer = SchuldeiserWachtInvoer.parse(event);
    await registreerSchuldeiserWacht(deps(), invoer);
    logger.info('wacht op schuldeiser', {
      trajectId: invoer.trajectId,
      ronde: invoer.ronde,
      schuldeiser: invoer.schuldeiser,
    });
    return { wacht: true };
  });

export const handler = maakHandler(awsBedrading({ opslag, workflow }));
