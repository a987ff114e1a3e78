// Primary adapter: GET /trajecten/{id}/schulden.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { bekijkSchulden } from '../../app/schulden';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { bekijkSchuldenRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: bekijkSchuldenRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    return json(200, await bekijkSchulden(v.deps, { id, ...v.gebruiker }));
  });

export const handler = maakHandler(awsBedrading({ opslag }));
