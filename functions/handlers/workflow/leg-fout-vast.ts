// Primary adapter: Task Lambda LegFoutVast, where every Task's Catch leads: the cause goes on the case and in the log.
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { legWorkflowFoutVast } from '../../app/workflow-fout';
import { logger } from '../logger';
import { meetWorkflowMislukt } from '../metrieken';
import { FoutInvoer } from './workflow-invoer';
import '../../domain/zod-meldingen';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const invoer = FoutInvoer.parse(event);
    const oorzaak = await legWorkflowFoutVast(deps(), {
      trajectId: invoer.trajectId,
      workflow: invoer.workflow,
      executie: invoer.executie,
      executieNaam: invoer.executieNaam,
      ...(invoer.fout ? { fout: invoer.fout } : {}),
    });
    // A structured error for the alarms and for ops; the case id, the state and the cause: no personal data.
    logger.error('workflow gestopt', { trajectId: invoer.trajectId, workflow: invoer.workflow, ...oorzaak });
    meetWorkflowMislukt(invoer.workflow, invoer.gemeente);
    return { staat: oorzaak.staat };
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
