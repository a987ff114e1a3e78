// Primary adapter: POST /aanmeldingen.

import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, outbox, pseudoniem } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { registreerAanmelding } from '../../app/registreer-aanmelding';
import { AanmeldingVerzoek } from '../../contracts/api';
import { httpHandler, json } from './http-handler';
import { registreerAanmeldingRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: AanmeldingVerzoek, regel: registreerAanmeldingRoute }, async (v) => {
    const sleutel = v.headers['idempotency-key'];
    const { id, nieuw } = await registreerAanmelding(v.deps, {
      verzoek: v.body,
      gemeente: v.gebruiker.gemeente,
      actor: v.gebruiker.actor,
      correlatieId: v.correlatieId,
      ...(sleutel ? { idempotencyKey: sleutel } : {}),
    });
    return json(201, { id }, { location: `/trajecten/${id}`, ...(nieuw ? {} : { 'idempotent-replayed': 'true' }) });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, pseudoniem, outbox }));
