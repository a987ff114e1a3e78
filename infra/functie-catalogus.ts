// Infrastructure: every Lambda function with its entry file and what it may touch; the HTTP part derives from `routes`.
import type { WorkflowNaam } from '../functions/app/poorten';
import { type Route, routes } from '../functions/handlers/http/routes';

export type FunctieSoort = 'http' | 'workflow' | 'event';

export interface FunctieDefinitie {
  naam: string;
  soort: FunctieSoort;
  /** Entry file, relative to the repository root. */
  bestand: string;
  /** Access to the case store; `rw` also writes. */
  tabel?: 'r' | 'rw';
  /** Publishes domain events on the bus. */
  bus?: boolean;
  /** Starts executions of a workflow, or answers its task tokens. */
  workflow?: { naam: WorkflowNaam; toegang: 'start' | 'task-response' };
  /** Computes keyed hashes of a person's contact (KMS GenerateMac). */
  pseudoniem?: boolean;
}

const httpFuncties: FunctieDefinitie[] = routes.map((route): FunctieDefinitie => {
  const r: Route = route;
  return {
    naam: route.functie,
    soort: 'http',
    bestand: `functions/handlers/http/${route.functie}.ts`,
    ...(r.toegang === 'geen' ? {} : { tabel: r.toegang }),
    ...(r.toegang === 'rw' ? { bus: true } : {}),
    ...(r.hervatWorkflow ? { workflow: { naam: 'in-contact', toegang: 'task-response' } } : {}),
    ...(r.pseudonimiseert ? { pseudoniem: true } : {}),
  };
});

export const functieCatalogus: readonly FunctieDefinitie[] = [
  ...httpFuncties,
  {
    naam: 'controleer-stap',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/controleer-stap.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'wacht-op-stap',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/wacht-op-stap.ts',
    tabel: 'rw',
    workflow: { naam: 'in-contact', toegang: 'task-response' },
  },
  {
    naam: 'start-workflow',
    soort: 'event',
    bestand: 'functions/handlers/events/start-workflow.ts',
    workflow: { naam: 'in-contact', toegang: 'start' },
  },
  {
    naam: 'herpubliceer',
    soort: 'event',
    bestand: 'functions/handlers/events/herpubliceer.ts',
    tabel: 'rw',
    bus: true,
  },
];
