// Local runtime: every Lambda function by the name CDK deploys it under, built with the local dependencies.
import type { Afhankelijkheden } from '../functions/app/poorten';
import { maakHandler as voorToken } from '../functions/handlers/cognito/voor-token';
import { maakHandler as herpubliceer } from '../functions/handlers/events/herpubliceer';
import { maakHandler as startWorkflow } from '../functions/handlers/events/start-workflow';
import { maakHandler as beeindigOpschorting } from '../functions/handlers/http/beeindig-opschorting';
import { maakHandler as bekijkTraject } from '../functions/handlers/http/bekijk-traject';
import { maakHandler as bekijkVerwijzing } from '../functions/handlers/http/bekijk-verwijzing';
import { maakHandler as berekenSaneringskrediet } from '../functions/handlers/http/bereken-saneringskrediet';
import { maakHandler as berekenVtlb } from '../functions/handlers/http/bereken-vtlb';
import { maakHandler as haalBeschikking } from '../functions/handlers/http/haal-beschikking';
import { maakHandler as legBerekeningVast } from '../functions/handlers/http/leg-berekening-vast';
import { maakHandler as neemIntakeAf } from '../functions/handlers/http/neem-intake-af';
import { handler as openapi } from '../functions/handlers/http/openapi';
import { maakHandler as rapporteerDoorlooptijden } from '../functions/handlers/http/rapporteer-doorlooptijden';
import { maakHandler as registreerAanmelding } from '../functions/handlers/http/registreer-aanmelding';
import { maakHandler as schortOp } from '../functions/handlers/http/schort-op';
import { maakHandler as stelBeschikkingVast } from '../functions/handlers/http/stel-beschikking-vast';
import { maakHandler as verleng } from '../functions/handlers/http/verleng';
import { maakHandler as verwijsDoor } from '../functions/handlers/http/verwijs-door';
import { maakHandler as voltooiEersteGesprek } from '../functions/handlers/http/voltooi-eerste-gesprek';
import { maakHandler as werkvoorraad } from '../functions/handlers/http/werkvoorraad';
import { maakHandler as bepaalTriage } from '../functions/handlers/workflow/bepaal-triage';
import { maakHandler as controleerStap } from '../functions/handlers/workflow/controleer-stap';
import { maakHandler as krediet } from '../functions/handlers/workflow/krediet';
import { maakHandler as meldKoppelingen } from '../functions/handlers/workflow/meld-koppelingen';
import { maakHandler as sluitMetAdvies } from '../functions/handlers/workflow/sluit-met-advies';
import { maakHandler as stelBeschikkingOp } from '../functions/handlers/workflow/stel-beschikking-op';
import { maakHandler as wachtOpStap } from '../functions/handlers/workflow/wacht-op-stap';
import type { LambdaHandler } from './lambda-context';

const fabrieken = {
  'registreer-aanmelding': registreerAanmelding,
  'bekijk-traject': bekijkTraject,
  'voltooi-eerste-gesprek': voltooiEersteGesprek,
  'schort-op': schortOp,
  'beeindig-opschorting': beeindigOpschorting,
  verleng,
  werkvoorraad,
  'rapporteer-doorlooptijden': rapporteerDoorlooptijden,
  'bereken-vtlb': berekenVtlb,
  'bereken-saneringskrediet': berekenSaneringskrediet,
  'leg-berekening-vast': legBerekeningVast,
  'verwijs-door': verwijsDoor,
  'bekijk-verwijzing': bekijkVerwijzing,
  'neem-intake-af': neemIntakeAf,
  'haal-beschikking': haalBeschikking,
  'stel-beschikking-vast': stelBeschikkingVast,
  'bepaal-triage': bepaalTriage,
  'stel-beschikking-op': stelBeschikkingOp,
  'sluit-met-advies': sluitMetAdvies,
  'meld-koppelingen': meldKoppelingen,
  krediet,
  'controleer-stap': controleerStap,
  'wacht-op-stap': wachtOpStap,
  'start-workflow': startWorkflow,
  herpubliceer,
  openapi: () => openapi,
  // Cognito's trigger; locally the JWT issuer sets the same claims (local/jwt.ts), so it has no mapping to apply.
  'voor-token': () => voorToken(() => ({})),
} as const;

export type LokaleFunctie = keyof typeof fabrieken;
export const functieNamen = Object.keys(fabrieken) as LokaleFunctie[];

export function bouwFuncties(deps: () => Afhankelijkheden): Record<LokaleFunctie, LambdaHandler> {
  return Object.fromEntries(
    Object.entries(fabrieken).map(([naam, maak]) => [naam, maak(deps) as unknown as LambdaHandler]),
  ) as Record<LokaleFunctie, LambdaHandler>;
}
