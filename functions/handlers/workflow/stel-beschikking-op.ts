// Primary adapter: Task Lambda StelBeschikkingOp. The only function that bundles the PDF renderer.
import middy from '@middy/core';
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { renderBeschikkingPdf } from '../../adapters/pdf/beschikking-pdf';
import type { Afhankelijkheden } from '../../app/poorten';
import { maakBeschikkingBekend, stelBeschikkingOpVoorWorkflow } from '../../app/triage-en-beschikking';
import { logger } from '../logger';
import { BeschikkingInvoer } from './workflow-invoer';
import '../../domain/zod-meldingen';

const renderer = { render: renderBeschikkingPdf };

/** `modus`: the concept after the triage, or the definitive letter on the day of the vaststelling. */
export const maakHandler = (deps: () => Afhankelijkheden) =>
  middy().handler(async (event: unknown) => {
    const invoer = BeschikkingInvoer.parse(event);
    const opdracht = { trajectId: invoer.trajectId, correlatieId: invoer.executie ?? invoer.trajectId };
    const resultaat =
      invoer.modus === 'concept'
        ? await stelBeschikkingOpVoorWorkflow(deps(), renderer, opdracht)
        : await maakBeschikkingBekend(deps(), renderer, opdracht);
    logger.info(`beschikking ${invoer.modus}`, { trajectId: invoer.trajectId, ...resultaat });
    return resultaat;
  });

export const handler = maakHandler(awsAfhankelijkheden);
