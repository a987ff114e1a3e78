// Primary adapter: POST /trajecten/{id}/verlengingen.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { verleng } from '../../app/termijnen';
import { VerlengingVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { verlengRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: VerlengingVerzoek, regel: verlengRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const sleutel = v.headers['idempotency-key'];
    const resultaat = await verleng(
      v.deps,
      { id, ...v.gebruiker, correlatieId: v.correlatieId, ...(sleutel ? { idempotencyKey: sleutel } : {}) },
      v.body,
    );
    return json(201, resultaat);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
