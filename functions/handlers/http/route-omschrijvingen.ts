// Primary adapter: what each HTTP route does, in the words of the OpenAPI document and the README's API table. Only
// the documentation (routes.ts) reads these texts: no handler bundles them.
import type { FunctieNaam } from './route-regels';

export const routeOmschrijvingen = {
  'registreer-aanmelding':
    'Registreert een hulpvraag zonder papierwerk: een naam en één manier van contact. Start de termijn tot het eerste gesprek. Ondersteunt Idempotency-Key.',
  'verwijs-door':
    'Een partner verwijst een inwoner door, met diens toestemming. Verwijzingen van dezelfde persoon binnen 30 dagen komen in één traject.',
  'bekijk-verwijzing':
    'Voor de verwijzer: is de verwijzing opgepakt, en op welke datum was het eerste gesprek. Verder niets.',
  'bekijk-traject':
    'Het traject: fase, stap, elke deadline met zijn norm en status, de laatste 10 gebeurtenissen van de historie en wat er nu komt.',
  'bekijk-historie':
    'De hele historie van het traject (wie, wanneer, wat, oude en nieuwe waarden), per pagina: de gebeurtenissen na volgnummer `na`, hoogstens `limiet`.',
  'voltooi-eerste-gesprek': 'Legt het eerste gesprek vast; de consulent wordt begeleider en de workflow gaat verder.',
  'neem-intake-af':
    'Legt de antwoorden op een versie van het screeningsinstrument en het concept-plan van aanpak vast; de workflow bepaalt dan de triage en stelt de beschikking op.',
  'haal-beschikking': 'De beschikking: PDF met `Accept: application/pdf`, anders de inhoud als JSON.',
  'stel-beschikking-vast': 'Een consulent stelt de opgestelde beschikking vast; pas dan geldt zij als afgegeven.',
  'schort-op':
    'Schort de lopende termijnen op die dat toestaan (Awb 4:15); elke deadline wordt herberekend en de workflow controleert opnieuw. Ondersteunt Idempotency-Key.',
  'beeindig-opschorting':
    'Legt de werkelijke einddatum van een opschorting vast; eerder of later dan verwacht verschuift elke deadline.',
  verleng:
    'Verlengt de termijn van één stap, alleen waar de norm dat toestaat en tot zijn maximum. Ondersteunt Idempotency-Key.',
  werkvoorraad:
    'Open stappen van de eigen gemeente op volgorde van deadline: open, binnenkort (5 werkdagen) of overschreden.',
  'rapporteer-doorlooptijden':
    'Per stap: aantal, mediaan en 90e percentiel van de doorlooptijd, aandeel binnen servicenorm en wettelijke termijn.',
  'bereken-vtlb':
    'Rekent het vtlb en de afloscapaciteit per maand uit, met elke regel benoemd en onderbouwd. Slaat niets op.',
  'bereken-saneringskrediet':
    'Saneringskrediet en aanbod per schuldeiser uit termijnen (termijnenCent) of uit de huishoudgegevens, met aflosschema. Slaat niets op.',
  'leg-berekening-vast':
    'Rekent de schuldregeling uit en legt haar met de gebruikte normtabel vast in de historie van het traject. Na een beschikking met schuldregeling voltooit dit de stap betaalvoorstel: de workflow stelt dan het betaalvoorstel op.',
  'beeindig-traject':
    'Beëindigt het traject in elke fase met een reden (ingetrokken, niet bereikbaar, verhuisd, overleden, geen medewerking, zelf geregeld, niet passend, overig; de DDAS-uitstroomredenen): elke wachtende stap eindigt, VISH wordt afgemeld, het traject verdwijnt uit elke werkvoorraad en weigert daarna elke wijziging.',
  'herstart-workflow':
    'Start de gestopte workflow van het traject opnieuw vanuit de opgeslagen gegevens, nadat de oorzaak (in de traject-weergave: workflowFout) is verholpen. Alleen de teamleider.',
  'registreer-bezwaar':
    'Registreert een bezwaar tegen een afwijzing; de beslistermijn (Awb 7:10) loopt vanaf het einde van de bezwaartermijn. Ondersteunt Idempotency-Key.',
  'beslis-op-bezwaar':
    'Legt de beslissing op het bezwaar vast (ongegrond, niet-ontvankelijk, ingetrokken): de afwijzing blijft staan en het traject sluit.',
  'plan-begeleidingsmodule':
    'Plant of werkt een begeleidingsmodule bij (aanbieder, start, gepland einde, status); het geplande einde van de laatste lopende module is de deadline van de begeleiding.',
  'beeindig-begeleiding':
    'Beëindigt de begeleiding: met nazorg (standaard) gaat het traject naar de nazorg, zonder sluit het (begeleiding afgerond).',
  'herzie-triage':
    'De consulent besluit dat het traject van begeleiding naar een schuldregeling gaat (nieuwe triagebeslissing met reden): de stap betaalvoorstel opent en Plaatje compleet start.',
  'volg-doorverwijzing-op':
    'Legt vast of de persoon bij de organisatie waarnaar is doorverwezen geholpen wordt: zo ja sluit het traject (doorverwezen), zo nee gaat het terug naar begeleiding.',
  'bekijk-gemeente-configuratie':
    'De configuratie van de eigen gemeente: naam, adressen, telefoon, ondertekenaar, doorverwijzingspartners.',
  'wijzig-gemeente-configuratie':
    'Legt de configuratie van de eigen gemeente vast (vervangt haar geheel). De brieven gebruiken haar: zonder configuratie wordt geen beschikking opgesteld, want die moet zeggen waar bezwaar heen gaat (Awb 6:5). Alleen de teamleider.',
  'lijst-trajecten':
    'Mijn trajecten (begeleider=me), die van een collega (zijn sub) of die nog zonder begeleider (niemand): naam, fase, huidige stap met deadline en status, volgend contactmoment. Per pagina met cursor.',
  'bekijk-team':
    'Voor de teamleider: per consulent de lopende trajecten, de stappen met een deadline deze week, de overschreden stappen en de oudste overschrijding.',
  'zoek-traject':
    'Zoekt trajecten van de eigen gemeente op (het begin van) een naam, telefoon, e-mail, geboortedatum of BSN, via sleutel-hashes. De zoekwaarde staat in de body, niet in de URL. Elke zoekopdracht is een gelogde inzage.',
  'geplande-contactmomenten':
    'Geplande contactmomenten uit de plannen van aanpak die nog niet gehouden zijn, vroegste eerst; een gehouden contactmoment verdwijnt uit deze lijst.',
  'leg-contactmoment-vast':
    'Legt een gehouden contactmoment vast (datum, kanaal, met wie, samenvatting); het geplande contactmoment dat het vervult is daarmee gedaan. Ondersteunt Idempotency-Key.',
  'leg-notitie-vast': 'Schrijft een notitie in het journaal van het traject. Ondersteunt Idempotency-Key.',
  'voeg-document-toe':
    'Voegt een document toe (PDF, PNG of JPEG, hoogstens 4 MiB, base64 in een JSON-body) met soort en datum; versleuteld opgeslagen. Ondersteunt Idempotency-Key.',
  'haal-document': 'Het document zelf, met zijn eigen content-type.',
  'wijzig-persoon':
    'Corrigeert of vult de persoonsgegevens aan: naam, telefoon, e-mail, en wat een schuldregeling nodig heeft (BSN met elfproef, geboortedatum, adres, huishouden). De historie noemt de gewijzigde velden.',
  'corrigeer-feit':
    'Corrigeert een vastgelegd feit (de datum van het eerste gesprek, een antwoord van de intake) met een verplichte reden: het traject toont de nieuwe waarde, de historie beide; elke afhankelijke deadline wordt herberekend en de workflow controleert opnieuw.',
  'draag-begeleiding-over':
    'Draagt het traject over aan een collega, met zijn open stappen en geplande contactmomenten; de nieuwe begeleider ziet het meteen bij mijn trajecten.',
  openapi: "Dit document: de API als OpenAPI 3.1, gegenereerd uit de zod-schema's.",
  'bekijk-instrument':
    'Het screeningsinstrument van deze versie: elke vraag met type, opties of schaalankers en of zij verplicht is, zoals de intake de antwoorden controleert.',
  asyncapi:
    "De eventcatalogus als AsyncAPI 3.0: elk event dat schuldhulp-flow publiceert of ontvangt, met schema, versie, regel en voorbeeld, gegenereerd uit de zod-schema's.",
  'exporteer-ddas':
    'De DDAS/CBS-gegevens van elk traject dat in de periode liep, in de namen en codelijsten van het GGM Model Schuldhulpverlening 1.4, gepseudonimiseerd; JSON of CSV (formaat=csv).',
  'registreer-schuld':
    'Registreert een schuld zoals eerst bekend: schuldeiser, referentie, categorie (zorg, publiek, nuts, overig), preferent of concurrent, Convenant Lokale Overheid, deurwaarder, bedrag. Dezelfde schuld nogmaals verandert niets (200).',
  'bekijk-schulden':
    'De schulden van het traject: per schuld het laatste antwoord van de schuldeiser, de lopende ronde met haar deadline (10 werkdagen) en de status.',
  'kies-dwangakkoord-of-wsnp':
    'Na een afwijzing die na heroverweging blijft staan: de keuze voor een verzoek dwangakkoord (art. 287a Fw, met het WSNP-verzoek) of een WSNP-verzoek; het traject gaat over naar de WSNP-begeleiding.',
  'leg-bsn-vast':
    'Legt het BSN van de hulpvrager vast in het traject (alleen daar, versleuteld); vroegsignalen voor deze persoon vinden het traject via de sleutel-hash.',
  'leg-terugval-uitkomst-vast':
    'Legt de uitkomst van het persoonlijk contact na een terugval in de nazorg vast: contact gemaakt, nieuwe aanmelding (een nieuw traject zonder overtypen) of geen actie met reden.',
  'bekijk-vroegsignalen':
    'De outreachlijst van de eigen gemeente: vroegsignalen voor inwoners zonder lopend traject of nazorg, op volgorde van de deadline voor een contactpoging.',
  'meld-aan-vanuit-signaal':
    'Start een traject vanuit een vroegsignaal op de outreachlijst, met de contactgegevens en het BSN uit het signaal (zonder overtypen).',
  evalueer:
    'Legt een evaluatie vast met het meetinstrument van de intake (levensdomeinen, schaal 1–5) en een besluit: voortzetten, bijstellen (nieuwe planversie) of escaleren. Antwoordt met de verandering sinds de intake en sinds de vorige evaluatie.',
  'leg-outreach-uitkomst-vast':
    'Legt de uitkomst van een contactpoging na een vroegsignaal vast: contact, geen contact of geweigerd. Het signaal gaat van de lijst en vervalt na zijn eigen bewaartermijn.',
  'bekijk-inzage':
    'Wie las welke persoonsgegevens: per traject, per gebruiker of per periode (van–tot, hoogstens een jaar), met cursor. Elke weergave van een dossier, beschikking of berekening wordt vastgelegd voordat zij wordt getoond (AVG art. 5 lid 2). Voor de rol privacy, de functionaris gegevensbescherming van de gemeente (AVG art. 37–39), die toezicht houdt zonder zelf dossiers te zien, en voor de teamleider, die verantwoordelijk is voor het handelen van het team. Alleen de eigen gemeente.',
  'leg-betaling-vast':
    'Legt een maandbetaling van de regeling vast (na het overzicht van de kredietbank): ontvangen op een datum, of gemist (een terugval met persoonlijk contact); dezelfde melding nog eens verandert niets, een andere voor dezelfde maand is een 409.',
} as const satisfies Record<FunctieNaam, string>;
