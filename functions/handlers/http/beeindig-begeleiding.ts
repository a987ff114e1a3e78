// Primary adapter: POST /trajecten/{id}/begeleiding/einde.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, koppelingen, opslag, workflow } from '../../adapters/aws-poorten';
import { beeindigDeBegeleiding } from '../../app/begeleiding';
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { BegeleidingEindeVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { beeindigBegeleidingRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: BegeleidingEindeVerzoek, regel: beeindigBegeleidingRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    await beeindigDeBegeleiding(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId }, v.body);
    return json(200, await bekijkTraject(v.deps, { id, ...v.gebruiker }));
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, koppelingen }));
