// Primary adapter: POST /trajecten/{id}/herstart.
import { awsBedrading } from '../../adapters/aws-bedrading';
import { events, opslag, workflow } from '../../adapters/aws-poorten';
import type { Afhankelijkheden } from '../../app/poorten';
import { herstartWorkflow } from '../../app/workflow-fout';
import { httpHandler, json, trajectIdUit } from './http-handler';
import { herstartWorkflowRoute } from './route-regels';

export const maakHandler = (deps: () => Afhankelijkheden) =>
  httpHandler(deps, { regel: herstartWorkflowRoute }, async (v) => {
    const id = trajectIdUit(v.pad);
    return json(202, await herstartWorkflow(v.deps, { id, ...v.gebruiker, correlatieId: v.correlatieId }));
  });

export const handler = maakHandler(awsBedrading({ opslag, events, workflow }));
