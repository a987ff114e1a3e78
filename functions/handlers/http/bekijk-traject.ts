// Primary adapter: GET /trajecten/{id}.

import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { routeVan } from './routes';

const route = routeVan('bekijk-traject');

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { rollen: route.rollen }, async (v) => {
    const id = trajectIdUit(v.pad);
    return json(200, await bekijkTraject(v.deps, { id, gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol }));
  });

export const handler = maakHandler(awsAfhankelijkheden);
