// Primary adapter: Task Lambda behind `.waitForTaskToken`: parks the token on the case until the step is done.
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { configuratie, events, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { registreerWachtstap } from '../../app/registreer-wachtstap';
import { logger } from '../logger';
import { WachtInvoer } from './workflow-invoer';
import '../../domain/zod-meldingen';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const invoer = WachtInvoer.parse(event);
    await registreerWachtstap(deps(), invoer);
    logger.info('wacht op stap', { trajectId: invoer.trajectId, stap: invoer.stap });
    return { wacht: true };
  });

export const handler = maakHandler(awsBedrading({ opslag, workflow, events, configuratie }));
