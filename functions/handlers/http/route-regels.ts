// Primary adapter: the runtime rule of every HTTP route (method, path, roles, access, write-permission rule), one
// source for the deployed API (CDK), the local server and the OpenAPI document. One constant per route, so that a
// handler bundles only its own rule; the descriptions are in route-omschrijvingen.ts (documentation only), the
// schemas in route-schemas.ts.
import type { MachinePartner } from '../../contracts/machine-clients';
import type { Rol } from '../../domain/traject/gebeurtenissen';

export interface RouteRegel {
  methode: 'GET' | 'POST' | 'PUT' | 'PATCH';
  pad: string;
  /** Name of the Lambda function (and of its file under functions/handlers/http/). */
  functie: string;
  rollen: readonly Rol[];
  /** Status of a successful answer; the schemas are in route-schemas.ts (the OpenAPI document only needs them). */
  status?: number;
  /** What the function may do: `r` reads the case store, `rw` also writes and publishes. */
  toegang: 'r' | 'rw' | 'geen';
  /** Also resumes workflows (SendTaskSuccess). */
  hervatWorkflow?: boolean;
  /** Starts workflow executions (a teamleider's herstart). */
  startWorkflow?: boolean;
  /** No JWT authorizer on this route. */
  publiek?: boolean;
  /** Hashes a person's contact with the gemeente's HMAC key (KMS GenerateMac). */
  pseudonimiseert?: boolean;
  /** Reads (`r`) or writes (`rw`) the document store. */
  documenten?: 'r' | 'rw';
  /**
   * Who may write through this route (the permission matrix, functions/handlers/http/schrijfrechten.ts). Default:
   * `begeleider` for a write to an existing case (`/trajecten/{id}…` with `rw`), `registreren` for another write,
   * `geen` for a read.
   */
  schrijven?: Schrijfregel;
  /** Called by a machine partner with a client-credentials token: the authorizer requires that partner's scope. */
  machinePartner?: MachinePartner;
}

/**
 * `registreren`: makes a new case (every role the route allows). `begeleider`: writes to an existing case: its
 * begeleider or a teamleider; another consulent only while the case has no begeleider yet. `geen`: writes nothing.
 */
export type Schrijfregel = 'registreren' | 'begeleider' | 'geen';

const behandelaars = ['consulent', 'teamleider'] as const;
// Written out, not spread from `behandelaars`: a spread is not free of side effects to esbuild, which would then keep
// every route that uses it in every handler's bundle.
const behandelaarsEnLoket = ['consulent', 'teamleider', 'loket'] as const;

export const registreerAanmeldingRoute = {
  methode: 'POST',
  pad: '/aanmeldingen',
  functie: 'registreer-aanmelding',
  rollen: ['consulent', 'teamleider', 'loket', 'verwijzer'],
  status: 201,
  toegang: 'rw',
  pseudonimiseert: true,
} as const satisfies RouteRegel;

export const verwijsDoorRoute = {
  methode: 'POST',
  pad: '/verwijzingen',
  functie: 'verwijs-door',
  rollen: ['verwijzer'],
  status: 201,
  toegang: 'rw',
  pseudonimiseert: true,
} as const satisfies RouteRegel;

export const bekijkVerwijzingRoute = {
  methode: 'GET',
  pad: '/verwijzingen/{id}',
  functie: 'bekijk-verwijzing',
  rollen: ['verwijzer'],
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const bekijkTrajectRoute = {
  methode: 'GET',
  pad: '/trajecten/{id}',
  functie: 'bekijk-traject',
  rollen: behandelaarsEnLoket,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const bekijkHistorieRoute = {
  methode: 'GET',
  pad: '/trajecten/{id}/historie',
  functie: 'bekijk-historie',
  rollen: behandelaarsEnLoket,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const voltooiEersteGesprekRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/eerste-gesprek',
  functie: 'voltooi-eerste-gesprek',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const neemIntakeAfRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/intake',
  functie: 'neem-intake-af',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const haalBeschikkingRoute = {
  methode: 'GET',
  pad: '/trajecten/{id}/beschikking',
  functie: 'haal-beschikking',
  rollen: behandelaarsEnLoket,
  status: 200,
  toegang: 'r',
  documenten: 'r',
} as const satisfies RouteRegel;

export const stelBeschikkingVastRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/beschikking/vaststellen',
  functie: 'stel-beschikking-vast',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const schortOpRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/opschortingen',
  functie: 'schort-op',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const beeindigOpschortingRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/opschortingen/{oid}/einde',
  functie: 'beeindig-opschorting',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const verlengRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/verlengingen',
  functie: 'verleng',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const werkvoorraadRoute = {
  methode: 'GET',
  pad: '/werkvoorraad',
  functie: 'werkvoorraad',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const rapporteerDoorlooptijdenRoute = {
  methode: 'GET',
  pad: '/rapportages/doorlooptijden',
  functie: 'rapporteer-doorlooptijden',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const berekenVtlbRoute = {
  methode: 'POST',
  pad: '/berekeningen/vtlb',
  functie: 'bereken-vtlb',
  rollen: behandelaars,
  status: 200,
  toegang: 'geen',
} as const satisfies RouteRegel;

export const berekenSaneringskredietRoute = {
  methode: 'POST',
  pad: '/berekeningen/saneringskrediet',
  functie: 'bereken-saneringskrediet',
  rollen: behandelaars,
  status: 200,
  toegang: 'geen',
} as const satisfies RouteRegel;

export const legBerekeningVastRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/berekeningen',
  functie: 'leg-berekening-vast',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const beeindigTrajectRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/beeindigingen',
  functie: 'beeindig-traject',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const herstartWorkflowRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/herstart',
  functie: 'herstart-workflow',
  rollen: ['teamleider'],
  status: 202,
  toegang: 'rw',
  startWorkflow: true,
} as const satisfies RouteRegel;

export const registreerBezwaarRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/bezwaren',
  functie: 'registreer-bezwaar',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const beslisOpBezwaarRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/bezwaren/{bid}/beslissing',
  functie: 'beslis-op-bezwaar',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const planBegeleidingsmoduleRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/begeleiding/modules',
  functie: 'plan-begeleidingsmodule',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const beeindigBegeleidingRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/begeleiding/einde',
  functie: 'beeindig-begeleiding',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const herzieTriageRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/triage/herziening',
  functie: 'herzie-triage',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const volgDoorverwijzingOpRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/doorverwijzing/opvolging',
  functie: 'volg-doorverwijzing-op',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const bekijkGemeenteConfiguratieRoute = {
  methode: 'GET',
  pad: '/gemeente/configuratie',
  functie: 'bekijk-gemeente-configuratie',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const wijzigGemeenteConfiguratieRoute = {
  methode: 'PUT',
  pad: '/gemeente/configuratie',
  functie: 'wijzig-gemeente-configuratie',
  rollen: ['teamleider'],
  status: 200,
  toegang: 'rw',
} as const satisfies RouteRegel;

export const lijstTrajectenRoute = {
  methode: 'GET',
  pad: '/trajecten',
  functie: 'lijst-trajecten',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const bekijkTeamRoute = {
  methode: 'GET',
  pad: '/team',
  functie: 'bekijk-team',
  rollen: ['teamleider'],
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const zoekTrajectRoute = {
  methode: 'POST',
  pad: '/zoekopdrachten',
  functie: 'zoek-traject',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
  pseudonimiseert: true,
} as const satisfies RouteRegel;

export const geplandeContactmomentenRoute = {
  methode: 'GET',
  pad: '/werkvoorraad/contactmomenten',
  functie: 'geplande-contactmomenten',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const legContactmomentVastRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/contactmomenten',
  functie: 'leg-contactmoment-vast',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
} as const satisfies RouteRegel;

export const legNotitieVastRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/notities',
  functie: 'leg-notitie-vast',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
} as const satisfies RouteRegel;

export const voegDocumentToeRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/documenten',
  functie: 'voeg-document-toe',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  documenten: 'rw',
} as const satisfies RouteRegel;

export const haalDocumentRoute = {
  methode: 'GET',
  pad: '/trajecten/{id}/documenten/{did}',
  functie: 'haal-document',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
  documenten: 'r',
} as const satisfies RouteRegel;

export const wijzigPersoonRoute = {
  methode: 'PATCH',
  pad: '/trajecten/{id}/persoon',
  functie: 'wijzig-persoon',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  pseudonimiseert: true,
} as const satisfies RouteRegel;

export const corrigeerFeitRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/correcties',
  functie: 'corrigeer-feit',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const draagBegeleidingOverRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/begeleider',
  functie: 'draag-begeleiding-over',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
} as const satisfies RouteRegel;

export const openapiRoute = {
  methode: 'GET',
  pad: '/openapi.json',
  functie: 'openapi',
  rollen: [],
  toegang: 'geen',
  publiek: true,
} as const satisfies RouteRegel;

export const bekijkInstrumentRoute = {
  methode: 'GET',
  pad: '/instrumenten/{versie}',
  functie: 'bekijk-instrument',
  rollen: ['consulent', 'teamleider', 'loket'],
  status: 200,
  toegang: 'geen',
} as const satisfies RouteRegel;

export const asyncapiRoute = {
  methode: 'GET',
  pad: '/asyncapi.json',
  functie: 'asyncapi',
  rollen: [],
  status: 200,
  toegang: 'geen',
  publiek: true,
} as const satisfies RouteRegel;

export const exporteerDdasRoute = {
  methode: 'GET',
  pad: '/rapportages/ddas',
  functie: 'exporteer-ddas',
  rollen: ['teamleider'],
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const registreerSchuldRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/schulden',
  functie: 'registreer-schuld',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  // A claim registered during the stabilisatie resumes the wait, so its saldoverzoek goes out at once.
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const bekijkSchuldenRoute = {
  methode: 'GET',
  pad: '/trajecten/{id}/schulden',
  functie: 'bekijk-schulden',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const kiesDwangakkoordOfWsnpRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/schuldregeling/keuze',
  functie: 'kies-dwangakkoord-of-wsnp',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const legBsnVastRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/bsn',
  functie: 'leg-bsn-vast',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  pseudonimiseert: true,
} as const satisfies RouteRegel;

export const legTerugvalUitkomstVastRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/terugval/{tid}/uitkomst',
  functie: 'leg-terugval-uitkomst-vast',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
  pseudonimiseert: true,
} as const satisfies RouteRegel;

export const bekijkVroegsignalenRoute = {
  methode: 'GET',
  pad: '/vroegsignalen',
  functie: 'bekijk-vroegsignalen',
  rollen: behandelaars,
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const meldAanVanuitSignaalRoute = {
  methode: 'POST',
  pad: '/vroegsignalen/{id}/aanmelding',
  functie: 'meld-aan-vanuit-signaal',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  pseudonimiseert: true,
} as const satisfies RouteRegel;

export const evalueerRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/evaluaties',
  functie: 'evalueer',
  rollen: behandelaars,
  status: 201,
  toegang: 'rw',
  // The evaluation of the regeling completes its step and resumes the regeling's wait.
  hervatWorkflow: true,
} as const satisfies RouteRegel;

export const legOutreachUitkomstVastRoute = {
  methode: 'POST',
  pad: '/vroegsignalen/{id}/uitkomst',
  functie: 'leg-outreach-uitkomst-vast',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
} as const satisfies RouteRegel;

export const bekijkInzageRoute = {
  methode: 'GET',
  pad: '/audit/inzage',
  functie: 'bekijk-inzage',
  rollen: ['privacy', 'teamleider'],
  status: 200,
  toegang: 'r',
} as const satisfies RouteRegel;

export const legBetalingVastRoute = {
  methode: 'POST',
  pad: '/trajecten/{id}/regeling/betalingen',
  functie: 'leg-betaling-vast',
  rollen: behandelaars,
  status: 200,
  toegang: 'rw',
  hervatWorkflow: true,
} as const satisfies RouteRegel;

/** Every route, in the order of the OpenAPI document and the README. */
export const routeRegels = [
  registreerAanmeldingRoute,
  verwijsDoorRoute,
  bekijkVerwijzingRoute,
  bekijkTrajectRoute,
  bekijkHistorieRoute,
  voltooiEersteGesprekRoute,
  neemIntakeAfRoute,
  haalBeschikkingRoute,
  stelBeschikkingVastRoute,
  schortOpRoute,
  beeindigOpschortingRoute,
  verlengRoute,
  werkvoorraadRoute,
  rapporteerDoorlooptijdenRoute,
  berekenVtlbRoute,
  berekenSaneringskredietRoute,
  legBerekeningVastRoute,
  beeindigTrajectRoute,
  herstartWorkflowRoute,
  registreerBezwaarRoute,
  beslisOpBezwaarRoute,
  planBegeleidingsmoduleRoute,
  beeindigBegeleidingRoute,
  herzieTriageRoute,
  volgDoorverwijzingOpRoute,
  bekijkGemeenteConfiguratieRoute,
  wijzigGemeenteConfiguratieRoute,
  lijstTrajectenRoute,
  bekijkTeamRoute,
  zoekTrajectRoute,
  geplandeContactmomentenRoute,
  legContactmomentVastRoute,
  legNotitieVastRoute,
  voegDocumentToeRoute,
  haalDocumentRoute,
  wijzigPersoonRoute,
  corrigeerFeitRoute,
  draagBegeleidingOverRoute,
  openapiRoute,
  bekijkInstrumentRoute,
  asyncapiRoute,
  exporteerDdasRoute,
  registreerSchuldRoute,
  bekijkSchuldenRoute,
  kiesDwangakkoordOfWsnpRoute,
  legBsnVastRoute,
  legTerugvalUitkomstVastRoute,
  bekijkVroegsignalenRoute,
  meldAanVanuitSignaalRoute,
  evalueerRoute,
  legOutreachUitkomstVastRoute,
  bekijkInzageRoute,
  legBetalingVastRoute,
] as const;

export type FunctieNaam = (typeof routeRegels)[number]['functie'];
