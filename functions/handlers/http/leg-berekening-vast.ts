// Primary adapter: POST /trajecten/{id}/berekeningen.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, inzage, opslag, workflow } from '../../adapters/aws-poorten';
import { legBerekeningVast } from '../../app/leg-berekening-vast';
import type { Afhankelijkheden } from '../../app/poorten';
import { BerekeningVastleggenVerzoek } from '../../contracts/schulden-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerInzage } from './inzage';
import { legBerekeningVastRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: BerekeningVastleggenVerzoek, regel: legBerekeningVastRoute }, async (v) => {
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

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, inzage }));
