// Primary adapter: GET /vroegsignalen (the gemeente's outreach list).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { signalen } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { bekijkOutreach } from '../../app/vroegsignalen';
import { httpHandler, json } from './http-handler';
import { bekijkVroegsignalenRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: bekijkVroegsignalenRoute }, async (v) =>
    json(200, { items: await bekijkOutreach(v.deps, { gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol }) }),
  );

export const handler = maakHandler(awsBedrading({ signalen }));
