// Primary adapter: Task Lambda of the wsnp workflow (wsnp gecontroleerd). Ids, dates and statuses only in and out.
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import type { Afhankelijkheden } from '../../app/poorten';
import { controleerWsnpVoorWorkflow } from '../../app/wsnp';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('wsnp gecontroleerd', deps, controleerWsnpVoorWorkflow);

export const handler = maakHandler(awsAfhankelijkheden);
