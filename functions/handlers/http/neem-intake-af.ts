// Primary adapter: POST /trajecten/{id}/intake.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, inzage, opslag, workflow } from '../../adapters/aws-poorten';
import { bekijkTraject } from '../../app/bekijk-traject';
import { neemIntakeAf } from '../../app/intake';
import type { Afhankelijkheden } from '../../app/poorten';
import { IntakeVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerInzage } from './inzage';
import { neemIntakeAfRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: IntakeVerzoek, regel: neemIntakeAfRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    await neemIntakeAf(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId, verzoek: v.body });
    const weergave = await bekijkTraject(v.deps, { id, ...v.gebruiker });
    await registreerInzage(v, { trajectId: id });
    return json(200, weergave);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, inzage }));
