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
    },
  },
  'plaatje-compleet': {
    bestand: 'workflows/plaatje-compleet/definition.asl.json',
    functies: {
      ControleerStapFunctionArn: 'controleer-stap',
      WachtOpStapFunctionArn: 'wacht-op-stap',
      KredietFunctionArn: 'krediet',
    },
  },
  nazorg: {
    bestand: 'workflows/nazorg/definition.asl.json',
    functies: {
      StartNazorgFunctionArn: 'start-nazorg',
      ControleerNazorgFunctionArn: 'controleer-nazorg',
      SluitNazorgAfFunctionArn: 'sluit-nazorg-af',
    },
  },
  wsnp: {
    bestand: 'workflows/wsnp/definition.asl.json',
    functies: {
      StartWsnpFunctionArn: 'start-wsnp',
      ControleerWsnpFunctionArn: 'controleer-wsnp',
      SluitWsnpAfFunctionArn: 'sluit-wsnp-af',
    },
  },
  terugval: {
    bestand: 'workflows/terugval/definition.asl.json',
    functies: {
      ControleerStapFunctionArn: 'controleer-stap',
      WachtOpStapFunctionArn: 'wacht-op-stap',
    },
  },
};

/** `in-contact` → `STATE_MACHINE_IN_CONTACT`: the variable CDK sets and `adapters/aws-afhankelijkheden.ts` reads. */
export function workflowEnvNaam(naam: WorkflowNaam): string {
  return `STATE_MACHINE_${naam.toUpperCase().replaceAll('-', '_')}`;
}
