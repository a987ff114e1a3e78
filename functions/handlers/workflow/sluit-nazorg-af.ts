// Primary adapter: Task Lambda of the nazorg workflow (nazorg afgesloten). Ids, dates and statuses only in and out.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, koppelingen, opslag } from '../../adapters/aws-poorten';
import { sluitNazorgAf } from '../../app/nazorg';
import type { Afhankelijkheden } from '../../app/poorten';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) => trajectTaak('nazorg afgesloten', deps, sluitNazorgAf);

export const handler = maakHandler(awsBedrading({ opslag, events, koppelingen }));
