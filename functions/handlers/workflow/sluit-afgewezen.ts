// Primary adapter: Task Lambda SluitAfgewezen (the afwijzing stands: the case closes).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, koppelingen, opslag, workflow } from '../../adapters/aws-poorten';
import { sluitAfgewezen } from '../../app/overdracht';
import type { Afhankelijkheden } from '../../app/poorten';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('afgesloten na afwijzing', deps, sluitAfgewezen);

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, koppelingen }));
