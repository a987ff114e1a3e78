// Primary adapter: POST /berekeningen/vtlb (what-if calculator; stores nothing).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { berekenVtlbEnAfloscapaciteit } from '../../app/bereken';
import type { Afhankelijkheden } from '../../app/poorten';
import { VtlbBerekeningVerzoek } from '../../domain/geld/schemas';
import { httpHandler, json } from './http-handler';
import { berekenVtlbRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { body: VtlbBerekeningVerzoek, regel: berekenVtlbRoute }, async (v) =>
    json(200, berekenVtlbEnAfloscapaciteit(v.body)),
  );

export const handler = maakHandler(awsBedrading({}));
