// Primary adapter: POST /trajecten/{id}/beschikking/vaststellen.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, inzage, opslag, workflow } from '../../adapters/aws-poorten';
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { stelBeschikkingVast } from '../../app/triage-en-beschikking';
import { VaststellingVerzoek } from '../../contracts/api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerInzage } from './inzage';
import { stelBeschikkingVastRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: VaststellingVerzoek, regel: stelBeschikkingVastRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    await stelBeschikkingVast(v.deps, {
      id,
      ...v.gebruiker,
      correlatieId: v.correlatieId,
      ...(v.body.datum ? { datum: v.body.datum } : {}),
    });
    const weergave = await bekijkTraject(v.deps, { id, ...v.gebruiker });
    await registreerInzage(v, { trajectId: id });
    return json(200, weergave);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, inzage }));
