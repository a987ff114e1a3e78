// Primary adapter: GET /gemeente/configuratie.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { configuratie } from '../../adapters/aws-poorten';
import { bekijkConfiguratie } from '../../app/gemeente-configuratie';
import type { Afhankelijkheden } from '../../app/poorten';
import { httpHandler, json } from './http-handler';
import { bekijkGemeenteConfiguratieRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: bekijkGemeenteConfiguratieRoute }, async (v) =>
    json(200, await bekijkConfiguratie(v.deps, { gemeente: v.gebruiker.gemeente })),
  );

export const handler = maakHandler(awsBedrading({ configuratie }));
