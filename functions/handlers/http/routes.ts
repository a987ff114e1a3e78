// Primary adapter: the HTTP routes, one source for the deployed API (CDK), the local server and the OpenAPI document.
// Metadata only: every handler imports this for its roles, so it stays free of schemas (bundle size).
import type { MachinePartner } from '../../contracts/machine-clients';
import type { Rol } from '../../domain/traject/gebeurtenissen';

export interface Route {
  methode: 'GET' | 'POST' | 'PUT' | 'PATCH';
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
    omschrijving:
      'Het traject: fase, stap, elke deadline met zijn norm en status, de laatste 10 gebeurtenissen van de historie en wat er nu komt.',
    rollen: [...behandelaars, 'loket'],
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'GET',
    pad: '/trajecten/{id}/historie',
    functie: 'bekijk-historie',
    omschrijving:
      'De hele historie van het traject (wie, wanneer, wat, oude en nieuwe waarden), per pagina: de gebeurtenissen na volgnummer `na`, hoogstens `limiet`.',
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
    methode: 'POST',
    pad: '/trajecten/{id}/beeindigingen',
    functie: 'beeindig-traject',
    omschrijving:
      'Beëindigt het traject in elke fase met een reden (ingetrokken, niet bereikbaar, verhuisd, overleden, geen medewerking, zelf geregeld, niet passend, overig; de DDAS-uitstroomredenen): elke wachtende stap eindigt, VISH wordt afgemeld, het traject verdwijnt uit elke werkvoorraad en weigert daarna elke wijziging.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/herstart',
    functie: 'herstart-workflow',
    omschrijving:
      'Start de gestopte workflow van het traject opnieuw vanuit de opgeslagen gegevens, nadat de oorzaak (in de traject-weergave: workflowFout) is verholpen. Alleen de teamleider.',
    rollen: ['teamleider'],
    status: 202,
    toegang: 'rw',
    startWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/bezwaren',
    functie: 'registreer-bezwaar',
    omschrijving:
      'Registreert een bezwaar tegen een afwijzing; de beslistermijn (Awb 7:10) loopt vanaf het einde van de bezwaartermijn. Ondersteunt Idempotency-Key.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/bezwaren/{bid}/beslissing',
    functie: 'beslis-op-bezwaar',
    omschrijving:
      'Legt de beslissing op het bezwaar vast (ongegrond, niet-ontvankelijk, ingetrokken): de afwijzing blijft staan en het traject sluit.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/begeleiding/modules',
    functie: 'plan-begeleidingsmodule',
    omschrijving:
      'Plant of werkt een begeleidingsmodule bij (aanbieder, start, gepland einde, status); het geplande einde van de laatste lopende module is de deadline van de begeleiding.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/begeleiding/einde',
    functie: 'beeindig-begeleiding',
    omschrijving:
      'Beëindigt de begeleiding: met nazorg (standaard) gaat het traject naar de nazorg, zonder sluit het (begeleiding afgerond).',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/triage/herziening',
    functie: 'herzie-triage',
    omschrijving:
      'De consulent besluit dat het traject van begeleiding naar een schuldregeling gaat (nieuwe triagebeslissing met reden): de stap betaalvoorstel opent en Plaatje compleet start.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/doorverwijzing/opvolging',
    functie: 'volg-doorverwijzing-op',
    omschrijving:
      'Legt vast of de persoon bij de organisatie waarnaar is doorverwezen geholpen wordt: zo ja sluit het traject (doorverwezen), zo nee gaat het terug naar begeleiding.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'GET',
    pad: '/gemeente/configuratie',
    functie: 'bekijk-gemeente-configuratie',
    omschrijving:
      'De configuratie van de eigen gemeente: naam, adressen, telefoon, ondertekenaar, doorverwijzingspartners.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'PUT',
    pad: '/gemeente/configuratie',
    functie: 'wijzig-gemeente-configuratie',
    omschrijving:
      'Legt de configuratie van de eigen gemeente vast (vervangt haar geheel). De brieven gebruiken haar: zonder configuratie wordt geen beschikking opgesteld, want die moet zeggen waar bezwaar heen gaat (Awb 6:5). Alleen de teamleider.',
    rollen: ['teamleider'],
    status: 200,
    toegang: 'rw',
  },
  {
    methode: 'GET',
    pad: '/trajecten',
    functie: 'lijst-trajecten',
    omschrijving:
      'Mijn trajecten (begeleider=me), die van een collega (zijn sub) of die nog zonder begeleider (niemand): naam, fase, huidige stap met deadline en status, volgend contactmoment. Per pagina met cursor.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'GET',
    pad: '/team',
    functie: 'bekijk-team',
    omschrijving:
      'Voor de teamleider: per consulent de lopende trajecten, de stappen met een deadline deze week, de overschreden stappen en de oudste overschrijding.',
    rollen: ['teamleider'],
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/zoekopdrachten',
    functie: 'zoek-traject',
    omschrijving:
      'Zoekt trajecten van de eigen gemeente op (het begin van) een naam, telefoon, e-mail, geboortedatum of BSN, via sleutel-hashes. De zoekwaarde staat in de body, niet in de URL. Elke zoekopdracht is een gelogde inzage.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
    pseudonimiseert: true,
  },
  {
    methode: 'GET',
    pad: '/werkvoorraad/contactmomenten',
    functie: 'geplande-contactmomenten',
    omschrijving:
      'Geplande contactmomenten uit de plannen van aanpak die nog niet gehouden zijn, vroegste eerst; een gehouden contactmoment verdwijnt uit deze lijst.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/contactmomenten',
    functie: 'leg-contactmoment-vast',
    omschrijving:
      'Legt een gehouden contactmoment vast (datum, kanaal, met wie, samenvatting); het geplande contactmoment dat het vervult is daarmee gedaan. Ondersteunt Idempotency-Key.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/notities',
    functie: 'leg-notitie-vast',
    omschrijving: 'Schrijft een notitie in het journaal van het traject. Ondersteunt Idempotency-Key.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/documenten',
    functie: 'voeg-document-toe',
    omschrijving:
      'Voegt een document toe (PDF, PNG of JPEG, hoogstens 4 MiB, base64 in een JSON-body) met soort en datum; versleuteld opgeslagen. Ondersteunt Idempotency-Key.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    documenten: 'rw',
  },
  {
    methode: 'GET',
    pad: '/trajecten/{id}/documenten/{did}',
    functie: 'haal-document',
    omschrijving: 'Het document zelf, met zijn eigen content-type.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
    documenten: 'r',
  },
  {
    methode: 'PATCH',
    pad: '/trajecten/{id}/persoon',
    functie: 'wijzig-persoon',
    omschrijving:
      'Corrigeert of vult de persoonsgegevens aan: naam, telefoon, e-mail, en wat een schuldregeling nodig heeft (BSN met elfproef, geboortedatum, adres, huishouden). De historie noemt de gewijzigde velden.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    pseudonimiseert: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/correcties',
    functie: 'corrigeer-feit',
    omschrijving:
      'Corrigeert een vastgelegd feit (de datum van het eerste gesprek, een antwoord van de intake) met een verplichte reden: het traject toont de nieuwe waarde, de historie beide; elke afhankelijke deadline wordt herberekend en de workflow controleert opnieuw.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/begeleider',
    functie: 'draag-begeleiding-over',
    omschrijving:
      'Draagt het traject over aan een collega, met zijn open stappen en geplande contactmomenten; de nieuwe begeleider ziet het meteen bij mijn trajecten.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
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
  {
    methode: 'GET',
    pad: '/instrumenten/{versie}',
    functie: 'bekijk-instrument',
    omschrijving:
      'Het screeningsinstrument van deze versie: elke vraag met type, opties of schaalankers en of zij verplicht is, zoals de intake de antwoorden controleert.',
    rollen: ['consulent', 'teamleider', 'loket'],
    status: 200,
    toegang: 'geen',
  },
  {
    methode: 'GET',
    pad: '/asyncapi.json',
    functie: 'asyncapi',
    omschrijving:
      "De eventcatalogus als AsyncAPI 3.0: elk event dat schuldhulp-flow publiceert of ontvangt, met schema, versie, regel en voorbeeld, gegenereerd uit de zod-schema's.",
    rollen: [],
    status: 200,
    toegang: 'geen',
    publiek: true,
  },
  {
    methode: 'GET',
    pad: '/rapportages/ddas',
    functie: 'exporteer-ddas',
    omschrijving:
      'De DDAS/CBS-gegevens van elk traject dat in de periode liep, in de namen en codelijsten van het GGM Model Schuldhulpverlening 1.4, gepseudonimiseerd; JSON of CSV (formaat=csv).',
    rollen: ['teamleider'],
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/schulden',
    functie: 'registreer-schuld',
    omschrijving:
      'Registreert een schuld zoals eerst bekend: schuldeiser, referentie, categorie (zorg, publiek, nuts, overig), preferent of concurrent, Convenant Lokale Overheid, deurwaarder, bedrag. Dezelfde schuld nogmaals verandert niets (200).',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    // A claim registered during the stabilisatie resumes the wait, so its saldoverzoek goes out at once.
    hervatWorkflow: true,
  },
  {
    methode: 'GET',
    pad: '/trajecten/{id}/schulden',
    functie: 'bekijk-schulden',
    omschrijving:
      'De schulden van het traject: per schuld het laatste antwoord van de schuldeiser, de lopende ronde met haar deadline (10 werkdagen) en de status.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/schuldregeling/keuze',
    functie: 'kies-dwangakkoord-of-wsnp',
    omschrijving:
      'Na een afwijzing die na heroverweging blijft staan: de keuze voor een verzoek dwangakkoord (art. 287a Fw, met het WSNP-verzoek) of een WSNP-verzoek; het traject gaat over naar de WSNP-begeleiding.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/bsn',
    functie: 'leg-bsn-vast',
    omschrijving:
      'Legt het BSN van de hulpvrager vast in het traject (alleen daar, versleuteld); vroegsignalen voor deze persoon vinden het traject via de sleutel-hash.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    pseudonimiseert: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/terugval/{tid}/uitkomst',
    functie: 'leg-terugval-uitkomst-vast',
    omschrijving:
      'Legt de uitkomst van het persoonlijk contact na een terugval in de nazorg vast: contact gemaakt, nieuwe aanmelding (een nieuw traject zonder overtypen) of geen actie met reden.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
    pseudonimiseert: true,
  },
  {
    methode: 'GET',
    pad: '/vroegsignalen',
    functie: 'bekijk-vroegsignalen',
    omschrijving:
      'De outreachlijst van de eigen gemeente: vroegsignalen voor inwoners zonder lopend traject of nazorg, op volgorde van de deadline voor een contactpoging.',
    rollen: behandelaars,
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/vroegsignalen/{id}/aanmelding',
    functie: 'meld-aan-vanuit-signaal',
    omschrijving:
      'Start een traject vanuit een vroegsignaal op de outreachlijst, met de contactgegevens en het BSN uit het signaal (zonder overtypen).',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
    pseudonimiseert: true,
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/evaluaties',
    functie: 'evalueer',
    omschrijving:
      'Legt een evaluatie vast met het meetinstrument van de intake (levensdomeinen, schaal 1–5) en een besluit: voortzetten, bijstellen (nieuwe planversie) of escaleren. Antwoordt met de verandering sinds de intake en sinds de vorige evaluatie.',
    rollen: behandelaars,
    status: 201,
    toegang: 'rw',
  },
  {
    methode: 'POST',
    pad: '/vroegsignalen/{id}/uitkomst',
    functie: 'leg-outreach-uitkomst-vast',
    omschrijving:
      'Legt de uitkomst van een contactpoging na een vroegsignaal vast: contact, geen contact of geweigerd. Het signaal gaat van de lijst en vervalt na zijn eigen bewaartermijn.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
  },
  {
    methode: 'GET',
    pad: '/audit/inzage',
    functie: 'bekijk-inzage',
    omschrijving:
      'Wie las welke persoonsgegevens: per traject, per gebruiker of per periode (van–tot, hoogstens een jaar), met cursor. Elke weergave van een dossier, beschikking of berekening wordt vastgelegd voordat zij wordt getoond (AVG art. 5 lid 2). Voor de rol privacy, de functionaris gegevensbescherming van de gemeente (AVG art. 37–39), die toezicht houdt zonder zelf dossiers te zien, en voor de teamleider, die verantwoordelijk is voor het handelen van het team. Alleen de eigen gemeente.',
    rollen: ['privacy', 'teamleider'],
    status: 200,
    toegang: 'r',
  },
  {
    methode: 'POST',
    pad: '/trajecten/{id}/regeling/betalingen',
    functie: 'leg-betaling-vast',
    omschrijving:
      'Legt een maandbetaling van de regeling vast (na het overzicht van de kredietbank): ontvangen op een datum, of gemist (een terugval met persoonlijk contact); dezelfde melding nog eens verandert niets, een andere voor dezelfde maand is een 409.',
    rollen: behandelaars,
    status: 200,
    toegang: 'rw',
    hervatWorkflow: true,
  },
] as const satisfies readonly Route[];

export type FunctieNaam = (typeof routes)[number]['functie'];

export function routeVan<F extends FunctieNaam>(functie: F): Extract<(typeof routes)[number], { functie: F }> {
  const route = routes.find((r) => r.functie === functie);
  if (!route) throw new Error(`no route for ${functie}`);
  return route as Extract<(typeof routes)[number], { functie: F }>;
}
