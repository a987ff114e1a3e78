// Primary adapter: GET /audit/inzage (the inzage log of the own gemeente, for the privacy officer or a teamleider).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { inzage, lijsten } from '../../adapters/aws-poorten';
import { bekijkInzage } from '../../app/inzage';
import type { Afhankelijkheden } from '../../app/poorten';
import { InzageQuery } from '../../contracts/api';
import { httpHandler, json } from './http-handler';
import { registreerInzage } from './inzage';
import { bekijkInzageRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: InzageQuery, regel: bekijkInzageRoute }, async (v) => {
    const { traject, gebruiker, van, tot, max, cursor } = v.query;
    const pagina = await bekijkInzage(v.deps, {
      gemeente: v.gebruiker.gemeente,
      rol: v.gebruiker.rol,
      filter: { van, tot, ...(traject ? { trajectId: traject } : {}), ...(gebruiker ? { sub: gebruiker } : {}) },
      max,
      ...(cursor ? { cursor } : {}),
    });
    // Reading the log shows who worked on which case: that read is recorded too (ids and dates only).
    await registreerInzage(v, {
      zoekvraag: `van=${van} tot=${tot}${traject ? ` traject=${traject}` : ''}${gebruiker ? ' gebruiker' : ''}`,
    });
    return json(200, pagina);
  });

export const handler = maakHandler(awsBedrading({ inzage, lijsten }));
