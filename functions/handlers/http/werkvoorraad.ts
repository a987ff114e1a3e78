// Primary adapter: GET /werkvoorraad.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { lijsten } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { werkvoorraad } from '../../app/werkvoorraad';
import { WerkvoorraadQuery } from '../../contracts/api';
import { httpHandler, json } from './http-handler';
import { werkvoorraadRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: WerkvoorraadQuery, regel: werkvoorraadRoute }, async (v) =>
    json(200, await werkvoorraad(v.deps, { gemeente: v.gebruiker.gemeente, sub: v.gebruiker.sub, ...v.query })),
  );

export const handler = maakHandler(awsBedrading({ lijsten }));
