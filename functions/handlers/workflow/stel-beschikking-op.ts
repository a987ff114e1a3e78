// Primary adapter: Task Lambda StelBeschikkingOp. The only function that bundles the PDF renderer.
import middy from '@middy/core';
import { awsBedrading } from '../../adapters/aws-bedrading';
import { configuratie, documenten, events, opslag } from '../../adapters/aws-poorten';
import { lui } from '../../adapters/lui';
import type { Afhankelijkheden } from '../../app/poorten';
import { maakBeschikkingBekend, stelBeschikkingOpVoorWorkflow } from '../../app/triage-en-beschikking';
import type { BeschikkingInhoud } from '../../domain/beschikking/beschikking';
import { logger } from '../logger';
import { BeschikkingInvoer } from './workflow-invoer';
import '../../domain/zod-meldingen';

// The PDF writer (about 11 kB, standard fonts, nothing embedded) is evaluated on the first render, not at init: a
// cold start that ends before rendering (a retry that finds the beschikking drafted already) does not pay for it.
const pdf = lui(() => import('../../adapters/pdf/beschikking-pdf'));
const renderer = { render: async (inhoud: BeschikkingInhoud) => (await pdf()).renderBeschikkingPdf(inhoud) };

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

export const handler = maakHandler(awsBedrading({ opslag, events, documenten, configuratie }));
