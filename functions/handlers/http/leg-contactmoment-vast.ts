// Primary adapter: POST /trajecten/{id}/contactmomenten.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import { legContactmomentVast } from '../../app/consulent/journaal';
import type { Afhankelijkheden } from '../../app/poorten';
import { ContactmomentVerzoek } from '../../contracts/consulent-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { legContactmomentVastRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: ContactmomentVerzoek, regel: legContactmomentVastRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const idempotencyKey = v.headers['idempotency-key'];
    const resultaat = await legContactmomentVast(
      v.deps,
      { id, ...v.gebruiker, correlatieId: v.correlatieId, ...(idempotencyKey ? { idempotencyKey } : {}) },
      v.body,
    );
    return json(201, resultaat);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
