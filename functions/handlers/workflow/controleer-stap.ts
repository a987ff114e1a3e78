// Primary adapter: Task Lambda "controleer de deadline van een stap" (every workflow's wait pattern).
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag } from '../../adapters/aws-poorten';
import { controleerStapVoorWorkflow } from '../../app/controleer-stap';
import type { Afhankelijkheden } from '../../app/poorten';
import { logger } from '../logger';
import { meetStapControle } from '../metrieken';
import { StapInvoer } from './workflow-invoer';
import '../../domain/zod-meldingen';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const invoer = StapInvoer.parse(event);
    const resultaat = await controleerStapVoorWorkflow(deps(), {
      trajectId: invoer.trajectId,
      stap: invoer.stap,
      correlatieId: invoer.executie ?? invoer.trajectId,
    });
    logger.info('stap gecontroleerd', { trajectId: invoer.trajectId, stap: invoer.stap, status: resultaat.status });
    meetStapControle(resultaat);
    return resultaat;
  });

export const handler = maakHandler(awsBedrading({ opslag, events }));
