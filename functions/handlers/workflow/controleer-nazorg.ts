// Primary adapter: Task Lambda of the nazorg workflow (nazorg gecontroleerd). Ids, dates and statuses only in and out.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { opslag } from '../../adapters/aws-poorten';
import { controleerNazorgVoorWorkflow } from '../../app/nazorg';
import type { Afhankelijkheden } from '../../app/poorten';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('nazorg gecontroleerd', deps, controleerNazorgVoorWorkflow);

export const handler = maakHandler(awsBedrading({ opslag }));
