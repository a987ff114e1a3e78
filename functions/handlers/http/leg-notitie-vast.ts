// Primary adapter: POST /trajecten/{id}/notities.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
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

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
