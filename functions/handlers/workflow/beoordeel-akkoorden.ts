// Primary adapter: Task Lambda "beoordeel de antwoorden op het betaalvoorstel" (akkoord, heroverweging, afgewezen).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, schuldenknooppunt, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { beoordeelUitkomst } from '../../app/schuldenknooppunt';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('akkoorden beoordeeld', deps, beoordeelUitkomst);

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, schuldenknooppunt }));
