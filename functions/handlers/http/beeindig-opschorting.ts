// Primary adapter: POST /trajecten/{id}/opschortingen/{oid}/einde.
import { awsAfhankelijkheden } from '../../adapters/aws-afhankelijkheden';
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { beeindigOpschortingVan } from '../../app/termijnen';
import { OpschortingEindeVerzoek } from '../../contracts/api';
import { httpHandler, json, periodeIdUit, trajectIdUit } from './http-handler';
import { routeVan } from './routes';

const route = routeVan('beeindig-opschorting');

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: OpschortingEindeVerzoek, rollen: route.rollen }, async (v) => {
    const id = trajectIdUit(v.pad);
    const ctx = { id, ...v.gebruiker, correlatieId: v.correlatieId };
    await beeindigOpschortingVan(v.deps, ctx, { opschortingId: periodeIdUit(v.pad, 'oid'), einde: v.body.datum });
    return json(200, await bekijkTraject(v.deps, ctx));
  });

export const handler = maakHandler(awsAfhankelijkheden);
