// Primary adapter: Task Lambda DraagOver (each route its own way on after the vaststelling).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag } from '../../adapters/aws-poorten';
import { draagOver } from '../../app/overdracht';
import type { Afhankelijkheden } from '../../app/poorten';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) => trajectTaak('overgedragen', deps, draagOver);

export const handler = maakHandler(awsBedrading({ opslag, events }));
