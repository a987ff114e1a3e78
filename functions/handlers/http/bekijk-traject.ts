// Primary adapter: GET /trajecten/{id}.

import { awsBedrading } from '../../adapters/aws-bedrading';
import { inzage, opslag } from '../../adapters/aws-poorten';
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerInzage } from './inzage';
import { bekijkTrajectRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: bekijkTrajectRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const weergave = await bekijkTraject(v.deps, { id, gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol });
    await registreerInzage(v, { trajectId: id });
    return json(200, weergave);
  });

export const handler = maakHandler(awsBedrading({ opslag, inzage }));
