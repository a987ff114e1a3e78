// Primary adapter: POST /trajecten/{id}/beeindigingen.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, koppelingen, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { beeindigTraject } from '../../app/sluit-af';
import { BeeindigingVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { beeindigTrajectRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: BeeindigingVerzoek, regel: beeindigTrajectRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const traject = await beeindigTraject(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId, ...v.body });
    return json(201, { id, afgesloten: traject.afgesloten });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, koppelingen }));
