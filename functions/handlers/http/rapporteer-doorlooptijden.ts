// Primary adapter: GET /rapportages/doorlooptijden.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { lijsten } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { rapporteerDoorlooptijden } from '../../app/werkvoorraad';
import { DoorlooptijdenQuery } from '../../contracts/api';
import { httpHandler, json } from './http-handler';
import { rapporteerDoorlooptijdenRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: DoorlooptijdenQuery, regel: rapporteerDoorlooptijdenRoute }, async (v) =>
    json(
      200,
      await rapporteerDoorlooptijden(v.deps, { gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol, ...v.query }),
    ),
  );

export const handler = maakHandler(awsBedrading({ lijsten }));
