// Primary adapter: Task Lambda of the regeling workflow (regeling gevolgd): the next step of the 18 months from the
// store. Ids, month numbers and statuses only in and out; the period comes from the execution's name.
import middy from '@middy/core';
import * as z from 'zod/mini';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { configuratie, events, opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { periodeUitExecutie, volgRegeling } from '../../app/regeling-voortgang';
import { logger } from '../logger';
import { TrajectInvoer } from './workflow-invoer';
import '../../domain/zod-meldingen';

const RegelingInvoer = z.extend(TrajectInvoer, { executieNaam: z.optional(z.string().check(z.maxLength(80))) });

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const invoer = RegelingInvoer.parse(event);
    const periode = periodeUitExecutie(invoer.trajectId, invoer.executieNaam);
    const resultaat = await volgRegeling(deps(), {
      trajectId: invoer.trajectId,
      correlatieId: invoer.executie ?? invoer.trajectId,
      ...(periode ? { periode } : {}),
    });
    logger.info('regeling gevolgd', { trajectId: invoer.trajectId, ...resultaat });
    return resultaat;
  });

export const handler = maakHandler(awsBedrading({ opslag, events, configuratie }));
