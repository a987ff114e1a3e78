// Primary adapter: Task Lambda of the wsnp workflow (wsnp geopend). Ids, dates and statuses only in and out.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { openWsnp } from '../../app/wsnp';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) => trajectTaak('wsnp geopend', deps, openWsnp);

export const handler = maakHandler(awsBedrading({ opslag, events }));
