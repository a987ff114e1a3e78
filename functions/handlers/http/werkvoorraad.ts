// Primary adapter: GET /werkvoorraad.
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import type { Afhankelijkheden } from '../../app/poorten';
import { werkvoorraad } from '../../app/werkvoorraad';
import { WerkvoorraadQuery } from '../../contracts/api';
import { httpHandler, json } from './http-handler';
import { routeVan } from './routes';

const route = routeVan('werkvoorraad');

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: WerkvoorraadQuery, rollen: route.rollen }, async (v) =>
    json(200, await werkvoorraad(v.deps, { gemeente: v.gebruiker.gemeente, sub: v.gebruiker.sub, ...v.query })),
  );

export const handler = maakHandler(awsAfhankelijkheden);
