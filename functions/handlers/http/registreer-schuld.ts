// Primary adapter: POST /trajecten/{id}/schulden.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { registreerSchuldOpTraject } from '../../app/schulden';
import { SchuldVerzoek } from '../../contracts/schulden-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerSchuldRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: SchuldVerzoek, regel: registreerSchuldRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const { nieuw, schulden } = await registreerSchuldOpTraject(
      v.deps,
      { id, ...v.gebruiker, correlatieId: v.correlatieId },
      v.body,
    );
    // The same claim again is a replay: 200 with the same view, nothing recorded twice.
    return json(nieuw ? 201 : 200, schulden);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
