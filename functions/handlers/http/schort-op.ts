// Primary adapter: POST /trajecten/{id}/opschortingen.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { schortOp } from '../../app/termijnen';
import { OpschortingVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { schortOpRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: OpschortingVerzoek, regel: schortOpRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const sleutel = v.headers['idempotency-key'];
    const resultaat = await schortOp(
      v.deps,
      { id, ...v.gebruiker, correlatieId: v.correlatieId, ...(sleutel ? { idempotencyKey: sleutel } : {}) },
      v.body,
    );
    return json(201, resultaat, { location: `/trajecten/${id}/opschortingen/${resultaat.id}` });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
