// Primary adapter: POST /trajecten/{id}/terugval/{tid}/uitkomst.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, outbox, pseudoniem, workflow } from '../../adapters/aws-poorten';
import { legTerugvalUitkomstVast } from '../../app/nazorg';
import type { Afhankelijkheden } from '../../app/poorten';
import { TerugvalUitkomstVerzoek } from '../../contracts/nazorg-api';
import { NietGevondenFout } from '../../domain/fouten';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { legTerugvalUitkomstVastRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: TerugvalUitkomstVerzoek, regel: legTerugvalUitkomstVastRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const terugvalId = v.pad.tid ?? '';
    if (!/^t\d{1,4}$/.test(terugvalId))
      throw new NietGevondenFout('TERUGVAL_NIET_GEVONDEN', `er is geen terugval ${terugvalId}`);
    const resultaat = await legTerugvalUitkomstVast(v.deps, {
      id,
      terugvalId,
      ...v.gebruiker,
      correlatieId: v.correlatieId,
      uitkomst: v.body.uitkomst,
      ...(v.body.reden ? { reden: v.body.reden } : {}),
    });
    return json(200, resultaat);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, pseudoniem, outbox }));
