// Primary adapter: POST /trajecten/{id}/eerste-gesprek.

import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, inzage, opslag, workflow } from '../../adapters/aws-poorten';
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { voltooiEersteGesprek } from '../../app/voltooi-eerste-gesprek';
import { EersteGesprekVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerInzage } from './inzage';
import { voltooiEersteGesprekRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: EersteGesprekVerzoek, regel: voltooiEersteGesprekRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const { gemeente, rol, actor } = v.gebruiker;
    await voltooiEersteGesprek(v.deps, { id, gemeente, rol, actor, datum: v.body.datum, correlatieId: v.correlatieId });
    const weergave = await bekijkTraject(v.deps, { id, gemeente, rol });
    await registreerInzage(v, { trajectId: id });
    return json(200, weergave);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, inzage }));
