// Primary adapter: POST /trajecten/{id}/opschortingen/{oid}/einde.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, inzage, opslag, workflow } from '../../adapters/aws-poorten';
import { bekijkTraject } from '../../app/bekijk-traject';
import type { Afhankelijkheden } from '../../app/poorten';
import { beeindigOpschortingVan } from '../../app/termijnen';
import { OpschortingEindeVerzoek } from '../../contracts/api';
import { httpHandler, json, periodeIdUit, trajectIdUit } from './http-handler';
import { registreerInzage } from './inzage';
import { beeindigOpschortingRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: OpschortingEindeVerzoek, regel: beeindigOpschortingRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    const ctx = { id, ...v.gebruiker, correlatieId: v.correlatieId };
    await beeindigOpschortingVan(v.deps, ctx, { opschortingId: periodeIdUit(v.pad, 'oid'), einde: v.body.datum });
    const weergave = await bekijkTraject(v.deps, ctx);
    await registreerInzage(v, { trajectId: id });
    return json(200, weergave);
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow, inzage }));
