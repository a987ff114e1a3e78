// Primary adapter: Task Lambda "beoordeel de antwoorden op het betaalvoorstel" (akkoord, heroverweging, afgewezen).
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import type { Afhankelijkheden } from '../../app/poorten';
import { beoordeelUitkomst } from '../../app/schuldenknooppunt';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('akkoorden beoordeeld', deps, beoordeelUitkomst);

export const handler = maakHandler(awsAfhankelijkheden);
