// Test support: the entry the bundling test builds with esbuild, as a Lambda would be built. Prints the PDF as base64.
import { renderBeschikkingPdf } from '../../../functions/adapters/pdf/beschikking-pdf';
import { stelBeschikkingOp } from '../../../functions/domain/beschikking/beschikking';
import { voorbeeldToelating } from './voorbeeld';

const pdf = await renderBeschikkingPdf(stelBeschikkingOp(voorbeeldToelating()));
process.stdout.write(Buffer.from(pdf).toString('base64'));
