// Primary adapter: PATCH /trajecten/{id}/persoon.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, pseudoniem, workflow } from '../../adapters/aws-poorten';
import { wijzigPersoon } from '../../app/consulent/wijzig-persoon';
import type { Afhankelijkheden } from '../../app/poorten';
import { PersoonVerzoek } from '../../contracts/consulent-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { wijzigPersoonRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: PersoonVerzoek, regel: wijzigPersoonRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    return json(200, await wijzigPersoon(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId }, v.body));
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, pseudoniem }));
