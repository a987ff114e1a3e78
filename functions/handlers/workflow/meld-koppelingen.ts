// Primary adapter: Task Lambda MeldKoppelingen (VISH registration, schuldenpauze request).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, koppelingen, opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { meldKoppelingen } from '../../app/triage-en-beschikking';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) => trajectTaak('koppelingen gemeld', deps, meldKoppelingen);

export const handler = maakHandler(awsBedrading({ opslag, events, koppelingen }));
