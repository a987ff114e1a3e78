// Primary adapter: GET /trajecten (mijn trajecten, a colleague's, or those without a begeleider).
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { lijstTrajecten } from '../../app/consulent/mijn-trajecten';
import type { Afhankelijkheden } from '../../app/poorten';
import { TrajectenQuery } from '../../contracts/consulent-api';
import { httpHandler, json } from './http-handler';
import { routeVan } from './routes';

const route = routeVan('lijst-trajecten');

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: TrajectenQuery, rollen: route.rollen }, async (v) =>
    json(
      200,
      await lijstTrajecten(v.deps, {
        gemeente: v.gebruiker.gemeente,
        sub: v.gebruiker.sub,
        rol: v.gebruiker.rol,
        ...v.query,
      }),
    ),
  );

export const handler = maakHandler(awsAfhankelijkheden);
