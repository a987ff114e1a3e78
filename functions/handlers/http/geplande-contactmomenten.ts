// Primary adapter: GET /werkvoorraad/contactmomenten (planned contact moments still to hold).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { consulent } from '../../adapters/aws-poorten';
import { geplandeContactmomenten } from '../../app/consulent/mijn-trajecten';
import type { Afhankelijkheden } from '../../app/poorten';
import { ContactmomentenQuery } from '../../contracts/consulent-api';
import { httpHandler, json } from './http-handler';
import { geplandeContactmomentenRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: ContactmomentenQuery, regel: geplandeContactmomentenRoute }, async (v) =>
    json(200, {
      items: await geplandeContactmomenten(v.deps, {
        gemeente: v.gebruiker.gemeente,
        sub: v.gebruiker.sub,
        rol: v.gebruiker.rol,
        ...v.query,
      }),
    }),
  );

export const handler = maakHandler(awsBedrading({ consulent }));
