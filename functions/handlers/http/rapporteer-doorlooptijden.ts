// Primary adapter: GET /rapportages/doorlooptijden.
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import type { Afhankelijkheden } from '../../app/poorten';
import { rapporteerDoorlooptijden } from '../../app/werkvoorraad';
import { DoorlooptijdenQuery } from '../../contracts/api';
import { httpHandler, json } from './http-handler';
import { routeVan } from './routes';

const route = routeVan('rapporteer-doorlooptijden');

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: DoorlooptijdenQuery, rollen: route.rollen }, async (v) =>
    json(
      200,
      await rapporteerDoorlooptijden(v.deps, { gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol, ...v.query }),
    ),
  );

export const handler = maakHandler(awsAfhankelijkheden);
