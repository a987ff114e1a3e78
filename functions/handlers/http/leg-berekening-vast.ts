// Primary adapter: POST /trajecten/{id}/berekeningen.
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { legBerekeningVast } from '../../app/leg-berekening-vast';
import type { Afhankelijkheden } from '../../app/poorten';
import { SchuldregelingVerzoek } from '../../domain/geld/schemas';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerInzage } from './inzage';
import { routeVan } from './routes';

const route = routeVan('leg-berekening-vast');

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: SchuldregelingVerzoek, rollen: route.rollen }, async (v) => {
    const id = trajectIdUit(v.pad);
    const resultaat = await legBerekeningVast(v.deps, {
      id,
      ...v.gebruiker,
      correlatieId: v.correlatieId,
      verzoek: v.body,
    });
    await registreerInzage(v, { trajectId: id });
    return json(201, resultaat);
  });

export const handler = maakHandler(awsAfhankelijkheden);
