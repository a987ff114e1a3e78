// Contracts: the state machines, each a file under workflows/, with the Lambda functions its Tasks call.
import type { WorkflowNaam } from '../app/poorten';

export interface WorkflowDefinitie {
  /** Path of the ASL file from the repository root. */
  bestand: string;
  /** definitionSubstitutions key → Lambda function name. */
  functies: Record<string, string>;
}

export const workflows: Record<WorkflowNaam, WorkflowDefinitie> = {
  'in-contact': {
    bestand: 'workflows/in-contact/definition.asl.json',
    functies: {
      ControleerStapFunctionArn: 'controleer-stap',
      WachtOpStapFunctionArn: 'wacht-op-stap',
      BepaalTriageFunctionArn: 'bepaal-triage',
      SluitMetAdviesFunctionArn: 'sluit-met-advies',
      StelBeschikkingOpFunctionArn: 'stel-beschikking-op',
      MeldKoppelingenFunctionArn: 'meld-koppelingen',
      DraagOverFunctionArn: 'draag-over',
      SluitAfgewezenFunctionArn: 'sluit-afgewezen',
      LegFoutVastFunctionArn: 'leg-fout-vast',
    },
  },
  'plaatje-compleet': {
    bestand: 'workflows/plaatje-compleet/definition.asl.json',
    functies: {
      ControleerStapFunctionArn: 'controleer-stap',
      WachtOpStapFunctionArn: 'wacht-op-stap',
      KredietFunctionArn: 'krediet',
      LegFoutVastFunctionArn: 'leg-fout-vast',
      SchrijfSchuldeisersAanFunctionArn: 'schrijf-schuldeisers-aan',
      ControleerSchuldeiserFunctionArn: 'controleer-schuldeiser',
      WachtOpSchuldeiserFunctionArn: 'wacht-op-schuldeiser',
      BeoordeelAkkoordenFunctionArn: 'beoordeel-akkoorden',
    },
  },
  begeleiding: {
    bestand: 'workflows/begeleiding/definition.asl.json',
    functies: {
      ControleerStapFunctionArn: 'controleer-stap',
      WachtOpStapFunctionArn: 'wacht-op-stap',
      LegFoutVastFunctionArn: 'leg-fout-vast',
    },
  },
  nazorg: {
    bestand: 'workflows/nazorg/definition.asl.json',
    functies: {
      StartNazorgFunctionArn: 'start-nazorg',
      ControleerNazorgFunctionArn: 'controleer-nazorg',
      SluitNazorgAfFunctionArn: 'sluit-nazorg-af',
      LegFoutVastFunctionArn: 'leg-fout-vast',
    },
  },
  wsnp: {
    bestand: 'workflows/wsnp/definition.asl.json',
    functies: {
      StartWsnpFunctionArn: 'start-wsnp',
      ControleerWsnpFunctionArn: 'controleer-wsnp',
      SluitWsnpAfFunctionArn: 'sluit-wsnp-af',
      LegFoutVastFunctionArn: 'leg-fout-vast',
    },
  },
  terugval: {
    bestand: 'workflows/terugval/definition.asl.json',
    functies: {
      ControleerStapFunctionArn: 'controleer-stap',
      WachtOpStapFunctionArn: 'wacht-op-stap',
      LegFoutVastFunctionArn: 'leg-fout-vast',
    },
  },
  regeling: {
    bestand: 'workflows/regeling/definition.asl.json',
    functies: {
      VolgRegelingFunctionArn: 'volg-regeling',
      ControleerStapFunctionArn: 'controleer-stap',
      WachtOpStapFunctionArn: 'wacht-op-stap',
      LegFoutVastFunctionArn: 'leg-fout-vast',
    },
  },
};

/** The deployed name of a state machine: `schuldhulp-flow-<naam>`. */
export const stateMachineNaam = (naam: WorkflowNaam) => `schuldhulp-flow-${naam}`;

/** `in-contact` → `STATE_MACHINE_IN_CONTACT`: the variable CDK sets and `adapters/aws-afhankelijkheden.ts` reads. */
export function workflowEnvNaam(naam: WorkflowNaam): string {
  return `STATE_MACHINE_${naam.toUpperCase().replaceAll('-', '_')}`;
}
