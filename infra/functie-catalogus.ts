// Infrastructure: every Lambda function with its entry file and what it may touch; the HTTP part derives from `routes`.
import { type Route, routes } from '../functions/handlers/http/routes';

export type FunctieSoort = 'http' | 'workflow' | 'event' | 'cognito';

export interface FunctieDefinitie {
  naam: string;
  soort: FunctieSoort;
  /** Entry file, relative to the repository root. */
  bestand: string;
  /** Access to the case store; `rw` also writes. */
  tabel?: 'r' | 'rw';
  /** Publishes domain events on the bus. */
  bus?: boolean;
  /**
   * Starts executions of the workflows, or answers their task tokens. Every workflow: a case's waits may belong to
   * any phase, and one event starts the workflow of whichever phase it opens.
   */
  workflow?: 'start' | 'task-response';
  /** Computes keyed hashes of a person's contact (KMS GenerateMac). */
  pseudoniem?: boolean;
  /** Reads or writes the document store (the beschikking PDF). */
  documenten?: 'r' | 'rw';
  geheugenMb?: number;
  timeoutSeconden?: number;
}

const httpFuncties: FunctieDefinitie[] = routes.map((route): FunctieDefinitie => {
  const r: Route = route;
  return {
    naam: route.functie,
    soort: 'http',
    bestand: `functions/handlers/http/${route.functie}.ts`,
    ...(r.toegang === 'geen' ? {} : { tabel: r.toegang }),
    ...(r.toegang === 'rw' ? { bus: true } : {}),
    ...(r.hervatWorkflow ? { workflow: 'task-response' as const } : {}),
    ...(r.pseudonimiseert ? { pseudoniem: true } : {}),
    ...(r.documenten ? { documenten: r.documenten } : {}),
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
    workflow: 'task-response',
  },
  {
    naam: 'bepaal-triage',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/bepaal-triage.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'sluit-met-advies',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/sluit-met-advies.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'stel-beschikking-op',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/stel-beschikking-op.ts',
    tabel: 'rw',
    bus: true,
    documenten: 'rw',
    // Rendering the PDF with embedded fonts: more memory is also more CPU, and the ASL gives it 120 s.
    geheugenMb: 1024,
    timeoutSeconden: 100,
  },
  {
    naam: 'meld-koppelingen',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/meld-koppelingen.ts',
    tabel: 'rw',
    // The messages to VISH and the schuldenpauze are outbound events on the bus.
    bus: true,
  },
  {
    naam: 'krediet',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/krediet.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'start-workflow',
    soort: 'event',
    bestand: 'functions/handlers/events/start-workflow.ts',
    // Reads the case to decide whether a vastgestelde beschikking opens a schuldregeling phase.
    tabel: 'r',
    workflow: 'start',
  },
  {
    naam: 'herpubliceer',
    soort: 'event',
    bestand: 'functions/handlers/events/herpubliceer.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    // Cognito pre-token-generation trigger: the gemeente and the role of a federated user, from configuration.
    naam: 'voor-token',
    soort: 'cognito',
    bestand: 'functions/handlers/cognito/voor-token.ts',
    // Cognito waits at most 5 seconds for a trigger.
    timeoutSeconden: 5,
  },
];
