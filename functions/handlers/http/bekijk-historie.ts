// Primary adapter: GET /trajecten/{id}/historie.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { lijsten, opslag } from '../../adapters/aws-poorten';
import { bekijkHistorie } from '../../app/bekijk-historie';
import type { Afhankelijkheden } from '../../app/poorten';
import { HistorieQuery } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { bekijkHistorieRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: HistorieQuery, regel: bekijkHistorieRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    return json(
      200,
      await bekijkHistorie(v.deps, { id, gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol, ...v.query }),
    );
  });

export const handler = maakHandler(awsBedrading({ opslag, lijsten }));
