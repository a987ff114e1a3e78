// Primary adapter: POST /verwijzingen.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, lijsten, opslag, outbox, pseudoniem } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { verwijsDoor } from '../../app/verwijzingen';
import { VerwijzingVerzoek } from '../../contracts/api';
import { httpHandler, json } from './http-handler';
import { verwijsDoorRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: VerwijzingVerzoek, regel: verwijsDoorRoute }, async (v) => {
    const resultaat = await verwijsDoor(v.deps, {
      verzoek: v.body,
      gemeente: v.gebruiker.gemeente,
      actor: v.gebruiker.actor,
      correlatieId: v.correlatieId,
    });
    return json(resultaat.samengevoegd ? 200 : 201, resultaat, { location: `/verwijzingen/${resultaat.id}` });
  });

export const handler = maakHandler(awsBedrading({ opslag, lijsten, events, pseudoniem, outbox }));
