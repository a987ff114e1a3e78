// Primary adapter: GET /trajecten/{id}/beschikking (PDF or JSON by Accept).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { documenten, inzage, opslag } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { haalBeschikking } from '../../app/triage-en-beschikking';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { registreerInzage } from './inzage';
import { haalBeschikkingRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: haalBeschikkingRoute }, async (v) => {
    const formaat = (v.headers.accept ?? '').includes('application/pdf') ? 'pdf' : 'json';
    const id = trajectIdUit(v.pad);
    const resultaat = await haalBeschikking(v.deps, { id, ...v.gebruiker, formaat });
    await registreerInzage(v, { trajectId: id });
    if ('pdf' in resultaat) {
      return {
        statusCode: 200,
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `inline; filename="beschikking-${id}.pdf"`,
        },
        body: Buffer.from(resultaat.pdf).toString('base64'),
        isBase64Encoded: true,
      };
    }
    return json(200, resultaat);
  });

export const handler = maakHandler(awsBedrading({ opslag, documenten, inzage }));
