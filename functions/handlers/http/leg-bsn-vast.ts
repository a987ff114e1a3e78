// Primary adapter: POST /trajecten/{id}/bsn.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, pseudoniem, signalen } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { legBsnVast } from '../../app/vroegsignalen';
import { BsnVerzoek } from '../../contracts/nazorg-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { legBsnVastRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: BsnVerzoek, regel: legBsnVastRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    await legBsnVast(v.deps, { id, ...v.gebruiker, bsn: v.body.bsn, correlatieId: v.correlatieId });
    return json(200, { id });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, pseudoniem, signalen }));
