// Primary adapter: Task Lambda BepaalTriage.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { bepaalTriageVoorWorkflow } from '../../app/triage-en-beschikking';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('triage bepaald', deps, bepaalTriageVoorWorkflow);

export const handler = maakHandler(awsBedrading({ opslag, events }));
