// Primary adapter: Task Lambda SluitAfgewezen (the afwijzing stands: the case closes).
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { sluitAfgewezen } from '../../app/overdracht';
import type { Afhankelijkheden } from '../../app/poorten';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('afgesloten na afwijzing', deps, sluitAfgewezen);

export const handler = maakHandler(awsAfhankelijkheden);
