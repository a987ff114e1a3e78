// Primary adapter: GET /rapportages/ddas (JSON, or CSV with formaat=csv).
import { awsBedrading } from '../../adapters/aws-bedrading';
import { lijsten } from '../../adapters/aws-poorten';
import { exporteerDdas } from '../../app/exporteer-ddas';
import type { Afhankelijkheden } from '../../app/poorten';
import { DdasQuery } from '../../contracts/ddas';
import { ddasCsv } from '../../domain/ddas/ddas-csv';
import { httpHandler, json } from './http-handler';
import { exporteerDdasRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { query: DdasQuery, regel: exporteerDdasRoute }, async (v) => {
    const { formaat, ...periode } = v.query;
    const uitvoer = await exporteerDdas(v.deps, { gemeente: v.gebruiker.gemeente, rol: v.gebruiker.rol, ...periode });
    if (formaat === 'json') return json(200, uitvoer);
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="ddas-${uitvoer.gemeente}-${uitvoer.van}-${uitvoer.tot}.csv"`,
      },
      body: ddasCsv(uitvoer.records),
    };
  });

export const handler = maakHandler(awsBedrading({ lijsten }));
