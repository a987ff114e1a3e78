// Primary adapter: GET /verwijzingen/{id} (the verwijzer's narrow view).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { verwijzingStatus } from '../../app/verwijzingen';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { bekijkVerwijzingRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: bekijkVerwijzingRoute }, async (v) =>
    json(
      200,
      await verwijzingStatus(v.deps, { id: trajectIdUit(v.pad), gemeente: v.gebruiker.gemeente, sub: v.gebruiker.sub }),
    ),
  );

export const handler = maakHandler(awsBedrading({ opslag }));
