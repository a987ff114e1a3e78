// Primary adapter: GET /instrumenten/{versie}.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { bekijkInstrument } from '../../app/bekijk-instrument';
import type { Afhankelijkheden } from '../../app/poorten';
import { httpHandler, json } from './http-handler';
import { bekijkInstrumentRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: bekijkInstrumentRoute }, async (v) =>
    json(200, bekijkInstrument({ versie: v.pad.versie ?? '', rol: v.gebruiker.rol }), {
      // An instrument version never changes: a frontend may keep it for a day.
      'cache-control': 'private, max-age=86400',
    }),
  );

export const handler = maakHandler(awsBedrading({}));
