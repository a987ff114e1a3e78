// Primary adapter: Task Lambda SluitMetAdvies.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { sluitMetAdvies } from '../../app/triage-en-beschikking';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) => trajectTaak('afgesloten met advies', deps, sluitMetAdvies);

export const handler = maakHandler(awsBedrading({ opslag, events }));
