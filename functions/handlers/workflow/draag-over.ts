// Primary adapter: Task Lambda DraagOver (each route its own way on after the vaststelling).
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { draagOver } from '../../app/overdracht';
import type { Afhankelijkheden } from '../../app/poorten';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) => trajectTaak('overgedragen', deps, draagOver);

export const handler = maakHandler(awsAfhankelijkheden);
