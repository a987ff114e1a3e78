// Primary adapter: POST /trajecten/{id}/documenten (the file base64-encoded in a JSON body).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { documenten, events, opslag, workflow } from '../../adapters/aws-poorten';
import { voegDocumentToeAan } from '../../app/consulent/journaal';
import type { Afhankelijkheden } from '../../app/poorten';
import { DocumentVerzoek } from '../../contracts/consulent-api';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { voegDocumentToeRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: DocumentVerzoek, regel: voegDocumentToeRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const idempotencyKey = v.headers['idempotency-key'];
    const { inhoud, ...rest } = v.body;
    const resultaat = await voegDocumentToeAan(
      v.deps,
      { id, ...v.gebruiker, correlatieId: v.correlatieId, ...(idempotencyKey ? { idempotencyKey } : {}) },
      { ...rest, inhoud: new Uint8Array(Buffer.from(inhoud, 'base64')) },
    );
    return json(201, resultaat, { location: resultaat.href });
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, documenten }));
