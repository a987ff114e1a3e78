// Primary adapter: POST /trajecten/{id}/bezwaren/{bid}/beslissing.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import { bekijkTraject } from '../../app/bekijk-traject';
import { registreerBeslissingOpBezwaar } from '../../app/bezwaar';
import type { Afhankelijkheden } from '../../app/poorten';
import { BezwaarBeslissingVerzoek } from '../../contracts/api';
import { NietGevondenFout } from '../../domain/fouten';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { beslisOpBezwaarRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: BezwaarBeslissingVerzoek, regel: beslisOpBezwaarRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const bezwaarId = v.pad.bid;
    if (!bezwaarId || !/^[0-9a-f-]{16,36}$/.test(bezwaarId)) {
      throw new NietGevondenFout('BEZWAAR_NIET_GEVONDEN', 'er is geen bezwaar met dit id');
    }
    await registreerBeslissingOpBezwaar(
      v.deps,
      { id, ...v.gebruiker, correlatieId: v.correlatieId, bezwaarId },
      v.body,
    );
    return json(200, await bekijkTraject(v.deps, { id, ...v.gebruiker }));
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
