// Primary adapter: POST /trajecten/{id}/schuldregeling/keuze.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { legKeuzeVast } from '../../app/schulden';
import { KeuzeVerzoek } from '../../contracts/schulden-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { kiesDwangakkoordOfWsnpRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: KeuzeVerzoek, regel: kiesDwangakkoordOfWsnpRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    return json(200, await legKeuzeVast(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId }, v.body));
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
