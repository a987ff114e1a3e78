// Primary adapter: Task Lambda Krediet (the betaalvoorstel: offer per creditor, saneringskrediet, repayment schedule).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag } from '../../adapters/aws-poorten';
import { stelBetaalvoorstelOp } from '../../app/krediet';
import type { Afhankelijkheden } from '../../app/poorten';
import { trajectTaak } from './traject-taak';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  trajectTaak('betaalvoorstel opgesteld', deps, stelBetaalvoorstelOp);

export const handler = maakHandler(awsBedrading({ opslag, events }));
