// Primary adapter: GET /trajecten/{id}/documenten/{did}: the bytes with their own content type.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { documenten, opslag } from '../../adapters/aws-poorten';
import { haalDocument } from '../../app/consulent/journaal';
import type { Afhankelijkheden } from '../../app/poorten';
import { NietGevondenFout } from '../../domain/fouten';
import { httpHandler, trajectIdUit } from './http-handler';
import { haalDocumentRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: haalDocumentRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const documentId = v.pad.did;
    if (!documentId || !/^[a-z0-9-]{8,64}$/.test(documentId)) {
      throw new NietGevondenFout('DOCUMENT_NIET_GEVONDEN', `er is geen document ${documentId ?? ''}`);
    }
    const doc = await haalDocument(v.deps, { id, documentId, gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol });
    return {
      statusCode: 200,
      headers: {
        'content-type': doc.contentType,
        'content-disposition': `attachment; filename="${documentId}"`,
        'x-content-sha256': doc.sha256,
        'cache-control': 'no-store',
      },
      body: Buffer.from(doc.inhoud).toString('base64'),
      isBase64Encoded: true,
    };
  });

export const handler = maakHandler(awsBedrading({ opslag, documenten }));
