// Primary adapter: Task Lambda StelBeschikkingOp. The only function that bundles the PDF renderer.
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { renderBeschikkingPdf } from '../../adapters/pdf/beschikking-pdf';
import type { Afhankelijkheden } from '../../app/poorten';
import { stelBeschikkingOpVoorWorkflow } from '../../app/triage-en-beschikking';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('beschikking opgesteld', deps, (d, opdracht) =>
    stelBeschikkingOpVoorWorkflow(d, { render: renderBeschikkingPdf }, opdracht),
  );

export const handler = maakHandler(awsAfhankelijkheden);
