// Primary adapter: Task Lambda of the nazorg workflow (nazorg geopend). Ids, dates and statuses only in and out.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag } from '../../adapters/aws-poorten';
import { openNazorg } from '../../app/nazorg';
import type { Afhankelijkheden } from '../../app/poorten';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) => trajectTaak('nazorg geopend', deps, openNazorg);

export const handler = maakHandler(awsBedrading({ opslag, events }));
