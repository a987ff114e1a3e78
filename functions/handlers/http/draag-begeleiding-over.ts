// Primary adapter: POST /trajecten/{id}/begeleider (hand the case over to a colleague).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import { draagTrajectOver } from '../../app/consulent/draag-over';
import type { Afhankelijkheden } from '../../app/poorten';
import { OverdrachtVerzoek } from '../../contracts/consulent-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { draagBegeleidingOverRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: OverdrachtVerzoek, regel: draagBegeleidingOverRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    return json(200, await draagTrajectOver(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId }, v.body));
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
