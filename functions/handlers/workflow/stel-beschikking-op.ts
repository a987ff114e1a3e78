// Primary adapter: Task Lambda StelBeschikkingOp. The only function that bundles the PDF renderer.
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { lui } from '../../adapters/lui';
import type { Afhankelijkheden } from '../../app/poorten';
import { stelBeschikkingOpVoorWorkflow } from '../../app/triage-en-beschikking';
import { trajectTaak } from './traject-taak';

// pdfkit, fontkit and the embedded fonts are evaluated on the first render, not at init: a cold start that ends
// before rendering (a retry that finds the beschikking drafted already) does not pay for them.
const pdf = lui(() => import('../../adapters/pdf/beschikking-pdf'));

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('beschikking opgesteld', deps, (d, opdracht) =>
    stelBeschikkingOpVoorWorkflow(
      d,
      { render: async (inhoud) => (await pdf()).renderBeschikkingPdf(inhoud) },
      opdracht,
    ),
  );

export const handler = maakHandler(awsAfhankelijkheden);
