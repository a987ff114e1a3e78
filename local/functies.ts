// Local runtime: every Lambda function by the name CDK deploys it under, built with the local dependencies.
import type { Afhankelijkheden } from '../functions/app/poorten';
import { maakHandler as herpubliceer } from '../functions/handlers/events/herpubliceer';
import { maakHandler as startWorkflow } from '../functions/handlers/events/start-workflow';
import { handler as openapi } from '../functions/handlers/http/openapi';
import { maakHandler as bekijkTraject } from '../functions/handlers/http/bekijk-traject';
import { maakHandler as registreerAanmelding } from '../functions/handlers/http/registreer-aanmelding';
import { maakHandler as voltooiEersteGesprek } from '../functions/handlers/http/voltooi-eerste-gesprek';
import { maakHandler as controleerStap } from '../functions/handlers/workflow/controleer-stap';
import { maakHandler as wachtOpStap } from '../functions/handlers/workflow/wacht-op-stap';
import type { LambdaHandler } from './lambda-context';

const fabrieken = {
  'registreer-aanmelding': registreerAanmelding,
  'bekijk-traject': bekijkTraject,
  'voltooi-eerste-gesprek': voltooiEersteGesprek,
  'controleer-stap': controleerStap,
  'wacht-op-stap': wachtOpStap,
  'start-workflow': startWorkflow,
  herpubliceer,
  openapi: () => openapi,
} as const;

export type LokaleFunctie = keyof typeof fabrieken;
export const functieNamen = Object.keys(fabrieken) as LokaleFunctie[];

export function bouwFuncties(deps: () => Afhankelijkheden): Record<LokaleFunctie, LambdaHandler> {
  return Object.fromEntries(
    Object.entries(fabrieken).map(([naam, maak]) => [naam, maak(deps) as unknown as LambdaHandler]),
  ) as Record<LokaleFunctie, LambdaHandler>;
}
