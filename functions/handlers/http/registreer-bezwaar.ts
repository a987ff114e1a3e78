// Primary adapter: POST /trajecten/{id}/bezwaren.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import { registreerBezwaar } from '../../app/bezwaar';
import type { Afhankelijkheden } from '../../app/poorten';
import { BezwaarVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerBezwaarRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: BezwaarVerzoek, regel: registreerBezwaarRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const sleutel = v.headers['idempotency-key'];
    const resultaat = await registreerBezwaar(
      v.deps,
      { id, ...v.gebruiker, correlatieId: v.correlatieId, ...(sleutel ? { idempotencyKey: sleutel } : {}) },
      v.body,
    );
    return json(201, resultaat, { location: `/trajecten/${id}/bezwaren/${resultaat.id}` });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
