// Primary adapter: POST /trajecten/{id}/correcties.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import { corrigeer } from '../../app/consulent/corrigeer-feit';
import type { Afhankelijkheden } from '../../app/poorten';
import { CorrectieVerzoek } from '../../contracts/consulent-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { corrigeerFeitRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: CorrectieVerzoek, regel: corrigeerFeitRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const resultaat = await corrigeer(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId }, v.body);
    return json(resultaat.gecorrigeerd ? 201 : 200, resultaat);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
