// Primary adapter: POST /trajecten/{id}/notities.
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { legNotitieVast } from '../../app/consulent/journaal';
import type { Afhankelijkheden } from '../../app/poorten';
import { NotitieVerzoek } from '../../contracts/consulent-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { legNotitieVastRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: NotitieVerzoek, regel: legNotitieVastRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const idempotencyKey = v.headers['idempotency-key'];
    const resultaat = await legNotitieVast(
      v.deps,
      { id, ...v.gebruiker, correlatieId: v.correlatieId, ...(idempotencyKey ? { idempotencyKey } : {}) },
      v.body,
    );
    return json(201, resultaat);
  });

export const handler = maakHandler(awsAfhankelijkheden);
