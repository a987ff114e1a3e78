// Primary adapter: PUT /gemeente/configuratie.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { configuratie } from '../../adapters/aws-poorten';
import { wijzigConfiguratie } from '../../app/gemeente-configuratie';
import type { Afhankelijkheden } from '../../app/poorten';
import { GemeenteConfiguratie } from '../../domain/gemeente/configuratie';
import { httpHandler, json } from './http-handler';
import { wijzigGemeenteConfiguratieRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: GemeenteConfiguratie, regel: wijzigGemeenteConfiguratieRoute }, async (v) =>
    json(200, await wijzigConfiguratie(v.deps, { ...v.gebruiker, configuratie: v.body })),
  );

export const handler = maakHandler(awsBedrading({ configuratie }));
