// Primary adapter: POST /trajecten/{id}/evaluaties.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { configuratie, events, opslag, workflow } from '../../adapters/aws-poorten';
import { evalueer } from '../../app/evalueer';
import type { Afhankelijkheden } from '../../app/poorten';
import { EvaluatieVerzoek } from '../../contracts/evaluatie-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { evalueerRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: EvaluatieVerzoek, regel: evalueerRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const { plan, toelichting, datum, ...rest } = v.body;
    const resultaat = await evalueer(v.deps, {
      id,
      ...v.gebruiker,
      correlatieId: v.correlatieId,
      evaluatie: {
        ...rest,
        ...(datum ? { datum } : {}),
        ...(plan ? { plan: plan as Record<string, unknown> } : {}),
        ...(toelichting ? { toelichting } : {}),
      },
    });
    return json(201, resultaat, { location: `/trajecten/${id}` });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, configuratie }));
