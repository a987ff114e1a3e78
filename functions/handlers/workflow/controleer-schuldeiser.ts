// Primary adapter: Task Lambda "controleer de wacht op één schuldeiser" (deadline, herinnering, geen-reactie).
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, schuldenknooppunt } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { controleerSchuldeiserVoorWorkflow } from '../../app/schuldenknooppunt';
import { logger } from '../logger';
import { SchuldeiserInvoer } from './schuldenknooppunt-invoer';
import '../../domain/zod-meldingen';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const invoer = SchuldeiserInvoer.parse(event);
    const resultaat = await controleerSchuldeiserVoorWorkflow(deps(), {
      trajectId: invoer.trajectId,
      schuldeiser: invoer.schuldeiser,
      ronde: invoer.ronde,
      correlatieId: invoer.executie ?? invoer.trajectId,
    });
    logger.info('schuldeiser gecontroleerd', { trajectId: invoer.trajectId, ronde: invoer.ronde, ...resultaat });
    return resultaat;
  });

export const handler = maakHandler(awsBedrading({ opslag, events, schuldenknooppunt }));
