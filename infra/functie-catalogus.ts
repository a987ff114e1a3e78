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
  workflow?: 'start' | 'task-response' | 'historie';
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
    ...(r.startWorkflow ? { workflow: 'start' as const } : {}),
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
    // A regeling step done before its wait parked: the resume takes the regeling's next step (bus events).
    bus: true,
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
    naam: 'draag-over',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/draag-over.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'sluit-afgewezen',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/sluit-afgewezen.ts',
    tabel: 'rw',
    bus: true,
    // Closing wakes the case's other waits (SendTaskSuccess), so they end too.
    workflow: 'task-response',
  },
  {
    naam: 'leg-fout-vast',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/leg-fout-vast.ts',
    tabel: 'rw',
    bus: true,
    // Reads the execution history to name the state that failed.
    workflow: 'historie',
  },
  {
    naam: 'krediet',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/krediet.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'schrijf-schuldeisers-aan',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/schrijf-schuldeisers-aan.ts',
    tabel: 'rw',
    // The messages to the Schuldenknooppunt are outbound events on the bus.
    bus: true,
  },
  {
    naam: 'controleer-schuldeiser',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/controleer-schuldeiser.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'wacht-op-schuldeiser',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/wacht-op-schuldeiser.ts',
    tabel: 'rw',
    workflow: 'task-response',
  },
  {
    naam: 'beoordeel-akkoorden',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/beoordeel-akkoorden.ts',
    tabel: 'rw',
    bus: true,
    // Completes the akkoord step: resumes its wait.
    workflow: 'task-response',
  },
  {
    naam: 'verwerk-schuldeiser-bericht',
    soort: 'event',
    bestand: 'functions/handlers/events/verwerk-schuldeiser-bericht.ts',
    // Appends the creditor's message, publishes, answers a statusverzoek, resumes exactly the waiting creditor.
    tabel: 'rw',
    bus: true,
    workflow: 'task-response',
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
    naam: 'start-nazorg',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/start-nazorg.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'controleer-nazorg',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/controleer-nazorg.ts',
    tabel: 'r',
  },
  {
    naam: 'sluit-nazorg-af',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/sluit-nazorg-af.ts',
    tabel: 'rw',
    // The VISH afmelding is an outbound event on the bus.
    bus: true,
  },
  {
    naam: 'start-vervolgfase',
    soort: 'event',
    bestand: 'functions/handlers/events/start-vervolgfase.ts',
    workflow: 'start',
  },
  {
    naam: 'ontvang-vroegsignaal',
    soort: 'event',
    bestand: 'functions/handlers/events/ontvang-vroegsignaal.ts',
    tabel: 'rw',
    bus: true,
    // Hashes the BSN (or the partner's pseudonym) with the gemeente's key to find the person.
    pseudoniem: true,
  },
  {
    naam: 'registreer-betaling-gemist',
    soort: 'event',
    bestand: 'functions/handlers/events/registreer-betaling-gemist.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'bewaar-na-afsluiting',
    soort: 'event',
    bestand: 'functions/handlers/events/bewaar-na-afsluiting.ts',
    // Sets the TTL attribute on the closed case's items and writes the anonymous figure.
    tabel: 'rw',
  },
  {
    naam: 'start-wsnp',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/start-wsnp.ts',
    tabel: 'rw',
    bus: true,
  },
  {
    naam: 'controleer-wsnp',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/controleer-wsnp.ts',
    tabel: 'r',
  },
  {
    naam: 'sluit-wsnp-af',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/sluit-wsnp-af.ts',
    tabel: 'rw',
    // The hand-over to nazorg is a bus event.
    bus: true,
  },
  {
    naam: 'volg-regeling',
    soort: 'workflow',
    bestand: 'functions/handlers/workflow/volg-regeling.ts',
    tabel: 'rw',
    // betaling-gemist, the period's end and the hand-over to nazorg are bus events.
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
