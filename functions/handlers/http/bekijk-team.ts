// Primary adapter: GET /team (the teamleider's view of the load per consulent).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { consulent } from '../../adapters/aws-poorten';
import { bekijkTeam } from '../../app/consulent/mijn-trajecten';
import type { Afhankelijkheden } from '../../app/poorten';
import { httpHandler, json } from './http-handler';
import { bekijkTeamRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: bekijkTeamRoute }, async (v) =>
    json(200, await bekijkTeam(v.deps, { gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol })),
  );

export const handler = maakHandler(awsBedrading({ consulent }));
