// Primary adapter: Task Lambda of the wsnp workflow (wsnp gecontroleerd). Ids, dates and statuses only in and out.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { controleerWsnpVoorWorkflow } from '../../app/wsnp';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('wsnp gecontroleerd', deps, controleerWsnpVoorWorkflow);

export const handler = maakHandler(awsBedrading({ opslag }));
