// Primary adapter: GET /vroegsignalen (the gemeente's outreach list).
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import type { Afhankelijkheden } from '../../app/poorten';
import { bekijkOutreach } from '../../app/vroegsignalen';
import { httpHandler, json } from './http-handler';
import { routeVan } from './routes';

const route = routeVan('bekijk-vroegsignalen');

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { rollen: route.rollen }, async (v) =>
    json(200, { items: await bekijkOutreach(v.deps, { gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol }) }),
  );

export const handler = maakHandler(awsAfhankelijkheden);
