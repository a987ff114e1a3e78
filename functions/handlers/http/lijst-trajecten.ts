// Primary adapter: GET /trajecten (mijn trajecten, a colleague's, or those without a begeleider).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { consulent, inzage } from '../../adapters/aws-poorten';
import { lijstTrajecten } from '../../app/consulent/mijn-trajecten';
import type { Afhankelijkheden } from '../../app/poorten';
import { TrajectenQuery } from '../../contracts/consulent-api';
import { httpHandler, json } from './http-handler';
import { registreerInzage } from './inzage';
import { lijstTrajectenRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: TrajectenQuery, regel: lijstTrajectenRoute }, async (v) => {
    const antwoord = await lijstTrajecten(v.deps, {
      gemeente: v.gebruiker.gemeente,
      sub: v.gebruiker.sub,
      rol: v.gebruiker.rol,
      ...v.query,
    });
    // The list shows names: an audited read of the query (codes only) and the cases it showed.
    await registreerInzage(v, {
      zoekvraag:
        `lijst begeleider=${v.query.begeleider ?? 'me'}: ${antwoord.items.map((r) => r.trajectId).join(',') || '-'}`.slice(
          0,
          2000,
        ),
    });
    return json(200, antwoord);
  });

export const handler = maakHandler(awsBedrading({ consulent, inzage }));
