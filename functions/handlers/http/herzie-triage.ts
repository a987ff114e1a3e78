// Primary adapter: POST /trajecten/{id}/triage/herziening.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import { herzieRoute } from '../../app/begeleiding';
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { TriageHerzieningVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { herzieTriageRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: TriageHerzieningVerzoek, regel: herzieTriageRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    await herzieRoute(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId }, v.body);
    return json(200, await bekijkTraject(v.deps, { id, ...v.gebruiker }));
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
