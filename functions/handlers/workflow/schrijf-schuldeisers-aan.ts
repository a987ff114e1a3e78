// Primary adapter: Task Lambda "schrijf de schuldeisers aan" (Kennisgeving en saldoverzoek, betaalvoorstel,
// heroverweging) through the Schuldenknooppunt port.
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, schuldenknooppunt } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { schrijfSchuldeisersAan } from '../../app/schuldenknooppunt';
import { logger } from '../logger';
import { RondeInvoer } from './schuldenknooppunt-invoer';
import '../../domain/zod-meldingen';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const invoer = RondeInvoer.parse(event);
    const resultaat = await schrijfSchuldeisersAan(deps(), {
      trajectId: invoer.trajectId,
      ronde: invoer.ronde,
      correlatieId: invoer.executie ?? invoer.trajectId,
    });
    logger.info('schuldeisers aangeschreven', {
      trajectId: invoer.trajectId,
      ronde: invoer.ronde,
      aangeschreven: resultaat.aangeschreven,
      wachtOp: resultaat.schuldeisers.length,
    });
    return resultaat;
  });

export const handler = maakHandler(awsBedrading({ opslag, events, schuldenknooppunt }));
