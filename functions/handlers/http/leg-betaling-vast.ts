// Primary adapter: POST /trajecten/{id}/regeling/betalingen.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { configuratie, events, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { legBetalingVast } from '../../app/regeling';
import { BetalingVerzoek } from '../../contracts/regeling-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { legBetalingVastRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: BetalingVerzoek, regel: legBetalingVastRoute }, async (v) => {
    const resultaat = await legBetalingVast(v.deps, {
      id: trajectIdUit(v.pad),
      ...v.gebruiker,
      correlatieId: v.correlatieId,
      maand: v.body.maand,
      ...(v.body.ontvangenOp ? { ontvangenOp: v.body.ontvangenOp } : {}),
      ...(v.body.gemist ? { gemist: true } : {}),
    });
    return json(200, resultaat);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, configuratie }));
