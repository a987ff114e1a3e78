// Primary adapter: POST /trajecten/{id}/eerste-gesprek.
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { voltooiEersteGesprek } from '../../app/voltooi-eerste-gesprek';
import { EersteGesprekVerzoek } from '../../contracts/api';
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { routes } from './routes';

const route = routes[2];

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: EersteGesprekVerzoek, rollen: route.rollen }, async (v) => {
    const id = trajectIdUit(v.pad);
    const { gemeente, rol, actor } = v.gebruiker;
    await voltooiEersteGesprek(v.deps, { id, gemeente, rol, actor, datum: v.body.datum, correlatieId: v.correlatieId });
    return json(200, await bekijkTraject(v.deps, { id, gemeente, rol }));
  });

export const handler = maakHandler(awsAfhankelijkheden);
