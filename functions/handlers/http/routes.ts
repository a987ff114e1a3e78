// Primary adapter: the HTTP routes, one source for the deployed API (CDK), the local server and the OpenAPI document.
// Metadata only: every handler imports this for its roles, so it stays free of schemas (bundle size).
import type { MachinePartner } from '../../contracts/machine-clients';
import type { Rol } from '../../domain/traject/gebeurtenissen';

export interface Route {
  methode: 'GET' | 'POST';
  pad: string;
  /** Name of the Lambda function (and of its file under functions/handlers/http/). */
  functie: string;
  omschrijving: string;
  rollen: readonly Rol[];
  /** Status of a successful answer; the schemas are in route-schemas.ts (the OpenAPI document only needs them). */
  status?: number;
  /** What the function may do: `r` reads the case store, `rw` also writes and publishes. */
  toegang: 'r' | 'rw' | 'geen';
  /** Also resumes workflows (SendTaskSuccess). */
  hervatWorkflow?: boolean;
  /** No JWT authorizer on this route. */
  publiek?: boolean;
  /** Hashes a person's contact with the gemeente's HMAC key (KMS GenerateMac). */
  pseudonimiseert?: boolean;
  /** Reads (`r`) or writes (`rw`) the document store. */
  documenten?: 'r' | 'rw';
  /** Called by a machine partner with a client-credentials token: the authorizer requires that partner's scope. */
  machinePartner?: MachinePartner;
}

const behandelaars = ['consulent', 'teamleider'] as const;

export const routes = [
  {
    methode: 'POST',
    pad: '/aanmeldingen',
    functie: 'registreer-aanmelding',
    omschrijving:
      'Registreert een hulpvraag zonder papierwerk: een naam en één manier van contact. Start de termijn tot het eerste gesprek. Ondersteunt Idempotency-Key.',
    rollen: ['consulent', 'teamleider', 'loket', 'verwijzer'],
    status: 201,
    toegang: 'rw',
    pseudonimiseert: true,
  },
  {
    methode: 'POST',
    pad: '/verwijzingen',
    functie: 'verwijs-door',
    omschrijving:
      'Een partner verwijst een inwoner door, met diens toestemming. Verwijzingen van dezelfde persoon binnen 30 dagen komen in één traject.',
    rollen: ['verwijzer'],
    status: 201,
    toegang: 'rw',
    pseudonimiseert: true,
  },
  {
    methode: 'GET',
    pad: '/verwijzingen/{id}',
    functie: 'bekijk-verwijzing',
    omschrijving:
      'Voor de verwijzer: is de verwijzing opgepakt, en op welke datum was het eerste gesprek. Verder niets.',
    rollen: ['verwijzer'],
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'GET',
    pad: '/trajecten/{id}',
    functie: 'bekijk-traject',
    omschrijving: 'Het traject: fase, stap, elke deadline met zijn norm en status, de historie en wat er nu komt.',
    rollen: [...behandelaars, 'loket'],
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/eerste-gesprek',
    functie: 'voltooi-eerste-gesprek',
    omschrijving: 'Legt het eerste gesprek vast; de consulent wordt begeleider en de workflow gaat verder.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/intake',
    functie: 'neem-intake-af',
    omschrijving:
      'Legt de antwoorden op een versie van het screeningsinstrument en het concept-plan van aanpak vast; de workflow bepaalt dan de triage en stelt de beschikking op.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'GET',
    pad: '/trajecten/{id}/beschikking',
    functie: 'haal-beschikking',
    omschrijving: 'De beschikking: PDF met `Accept: application/pdf`, anders de inhoud als JSON.',
    rollen: [...behandelaars, 'loket'],
    status: 200,
    toegang: 'r',
    documenten: 'r',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/beschikking/vaststellen',
    functie: 'stel-beschikking-vast',
    omschrijving: 'Een consulent stelt de opgestelde beschikking vast; pas dan geldt zij als afgegeven.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/opschortingen',
    functie: 'schort-op',
    omschrijving:
      'Schort de lopende termijnen op die dat toestaan (Awb 4:15); elke deadline wordt herberekend en de workflow controleert opnieuw. Ondersteunt Idempotency-Key.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/opschortingen/{oid}/einde',
    functie: 'beeindig-opschorting',
    omschrijving:
      'Legt de werkelijke einddatum van een opschorting vast; eerder of later dan verwacht verschuift elke deadline.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/verlengingen',
    functie: 'verleng',
    omschrijving:
      'Verlengt de termijn van één stap, alleen waar de norm dat toestaat en tot zijn maximum. Ondersteunt Idempotency-Key.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'GET',
    pad: '/werkvoorraad',
    functie: 'werkvoorraad',
    omschrijving:
      'Open stappen van de eigen gemeente op volgorde van deadline: open, binnenkort (5 werkdagen) of overschreden.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'GET',
    pad: '/rapportages/doorlooptijden',
    functie: 'rapporteer-doorlooptijden',
    omschrijving:
      'Per stap: aantal, mediaan en 90e percentiel van de doorlooptijd, aandeel binnen servicenorm en wettelijke termijn.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/berekeningen/vtlb',
    functie: 'bereken-vtlb',
    omschrijving:
      'Rekent het vtlb en de afloscapaciteit per maand uit, met elke regel benoemd en onderbouwd. Slaat niets op.',
    rollen: behandelaars,
    status: 200,
    toegang: 'geen',
  },
  {
    methode: 'POST',
    pad: '/berekeningen/saneringskrediet',
    functie: 'bereken-saneringskrediet',
    omschrijving:
      'Saneringskrediet en aanbod per schuldeiser uit termijnen (termijnenCent) of uit de huishoudgegevens, met aflosschema. Slaat niets op.',
    rollen: behandelaars,
    status: 200,
    toegang: 'geen',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/berekeningen',
    functie: 'leg-berekening-vast',
    omschrijving:
      'Rekent de schuldregeling uit en legt haar met de gebruikte normtabel vast in de historie van het traject. Na een beschikking met schuldregeling voltooit dit de stap betaalvoorstel: de workflow stelt dan het betaalvoorstel op.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'GET',
    pad: '/openapi.json',
    functie: 'openapi',
    omschrijving: "Dit document: de API als OpenAPI 3.1, gegenereerd uit de zod-schema's.",
    rollen: [],
    toegang: 'geen',
    publiek: true,
  },
] as const satisfies readonly Route[];

export type FunctieNaam = (typeof routes)[number]['functie'];

export function routeVan<F extends FunctieNaam>(functie: F): Extract<(typeof routes)[number], { functie: F }> {
  const route = routes.find((r) => r.functie === functie);
  if (!route) throw new Error(`no route for ${functie}`);
  return route as Extract<(typeof routes)[number], { functie: F }>;
}
