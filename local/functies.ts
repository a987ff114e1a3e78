// Local runtime: every Lambda function by the name CDK deploys it under, built with the local dependencies.
import type { Afhankelijkheden } from '../functions/app/poorten';
import { maakHandler as voorToken } from '../functions/handlers/cognito/voor-token';
import { maakHandler as bewaarNaAfsluiting } from '../functions/handlers/events/bewaar-na-afsluiting';
import { maakHandler as herpubliceer } from '../functions/handlers/events/herpubliceer';
import { maakHandler as ontvangVroegsignaal } from '../functions/handlers/events/ontvang-vroegsignaal';
import { maakHandler as registreerBetalingGemist } from '../functions/handlers/events/registreer-betaling-gemist';
import { maakHandler as startVervolgfase } from '../functions/handlers/events/start-vervolgfase';
import { maakHandler as startWorkflow } from '../functions/handlers/events/start-workflow';
import { maakHandler as verwerkSchuldeiserBericht } from '../functions/handlers/events/verwerk-schuldeiser-bericht';
import { handler as asyncapi } from '../functions/handlers/http/asyncapi';
import { maakHandler as beeindigBegeleiding } from '../functions/handlers/http/beeindig-begeleiding';
import { maakHandler as beeindigOpschorting } from '../functions/handlers/http/beeindig-opschorting';
import { maakHandler as beeindigTraject } from '../functions/handlers/http/beeindig-traject';
import { maakHandler as bekijkGemeenteConfiguratie } from '../functions/handlers/http/bekijk-gemeente-configuratie';
import { maakHandler as bekijkHistorie } from '../functions/handlers/http/bekijk-historie';
import { maakHandler as bekijkInstrument } from '../functions/handlers/http/bekijk-instrument';
import { maakHandler as bekijkInzage } from '../functions/handlers/http/bekijk-inzage';
import { maakHandler as bekijkSchulden } from '../functions/handlers/http/bekijk-schulden';
import { maakHandler as bekijkTeam } from '../functions/handlers/http/bekijk-team';
import { maakHandler as bekijkTraject } from '../functions/handlers/http/bekijk-traject';
import { maakHandler as bekijkVerwijzing } from '../functions/handlers/http/bekijk-verwijzing';
import { maakHandler as bekijkVroegsignalen } from '../functions/handlers/http/bekijk-vroegsignalen';
import { maakHandler as berekenSaneringskrediet } from '../functions/handlers/http/bereken-saneringskrediet';
import { maakHandler as berekenVtlb } from '../functions/handlers/http/bereken-vtlb';
import { maakHandler as beslisOpBezwaar } from '../functions/handlers/http/beslis-op-bezwaar';
import { maakHandler as corrigeerFeit } from '../functions/handlers/http/corrigeer-feit';
import { maakHandler as draagBegeleidingOver } from '../functions/handlers/http/draag-begeleiding-over';
import { maakHandler as evalueer } from '../functions/handlers/http/evalueer';
import { maakHandler as exporteerDdas } from '../functions/handlers/http/exporteer-ddas';
import { maakHandler as geplandeContactmomenten } from '../functions/handlers/http/geplande-contactmomenten';
import { maakHandler as haalBeschikking } from '../functions/handlers/http/haal-beschikking';
import { maakHandler as haalDocument } from '../functions/handlers/http/haal-document';
import { maakHandler as herstartWorkflow } from '../functions/handlers/http/herstart-workflow';
import { maakHandler as herzieTriage } from '../functions/handlers/http/herzie-triage';
import { maakHandler as kiesDwangakkoordOfWsnp } from '../functions/handlers/http/kies-dwangakkoord-of-wsnp';
import { maakHandler as legBerekeningVast } from '../functions/handlers/http/leg-berekening-vast';
import { maakHandler as legBetalingVast } from '../functions/handlers/http/leg-betaling-vast';
import { maakHandler as legBsnVast } from '../functions/handlers/http/leg-bsn-vast';
import { maakHandler as legContactmomentVast } from '../functions/handlers/http/leg-contactmoment-vast';
import { maakHandler as legNotitieVast } from '../functions/handlers/http/leg-notitie-vast';
import { maakHandler as legOutreachUitkomstVast } from '../functions/handlers/http/leg-outreach-uitkomst-vast';
import { maakHandler as legTerugvalUitkomstVast } from '../functions/handlers/http/leg-terugval-uitkomst-vast';
import { maakHandler as lijstTrajecten } from '../functions/handlers/http/lijst-trajecten';
import { maakHandler as meldAanVanuitSignaal } from '../functions/handlers/http/meld-aan-vanuit-signaal';
import { maakHandler as neemIntakeAf } from '../functions/handlers/http/neem-intake-af';
import { handler as openapi } from '../functions/handlers/http/openapi';
import { maakHandler as planBegeleidingsmodule } from '../functions/handlers/http/plan-begeleidingsmodule';
import { maakHandler as rapporteerDoorlooptijden } from '../functions/handlers/http/rapporteer-doorlooptijden';
import { maakHandler as registreerAanmelding } from '../functions/handlers/http/registreer-aanmelding';
import { maakHandler as registreerBezwaar } from '../functions/handlers/http/registreer-bezwaar';
import { maakHandler as registreerSchuld } from '../functions/handlers/http/registreer-schuld';
import { maakHandler as schortOp } from '../functions/handlers/http/schort-op';
import { maakHandler as stelBeschikkingVast } from '../functions/handlers/http/stel-beschikking-vast';
import { maakHandler as verleng } from '../functions/handlers/http/verleng';
import { maakHandler as verwijsDoor } from '../functions/handlers/http/verwijs-door';
import { maakHandler as voegDocumentToe } from '../functions/handlers/http/voeg-document-toe';
import { maakHandler as volgDoorverwijzingOp } from '../functions/handlers/http/volg-doorverwijzing-op';
import { maakHandler as voltooiEersteGesprek } from '../functions/handlers/http/voltooi-eerste-gesprek';
import { maakHandler as werkvoorraad } from '../functions/handlers/http/werkvoorraad';
import { maakHandler as wijzigGemeenteConfiguratie } from '../functions/handlers/http/wijzig-gemeente-configuratie';
import { maakHandler as wijzigPersoon } from '../functions/handlers/http/wijzig-persoon';
import { maakHandler as zoekTraject } from '../functions/handlers/http/zoek-traject';
import { maakHandler as beoordeelAkkoorden } from '../functions/handlers/workflow/beoordeel-akkoorden';
import { maakHandler as bepaalTriage } from '../functions/handlers/workflow/bepaal-triage';
import { maakHandler as controleerNazorg } from '../functions/handlers/workflow/controleer-nazorg';
import { maakHandler as controleerSchuldeiser } from '../functions/handlers/workflow/controleer-schuldeiser';
import { maakHandler as controleerStap } from '../functions/handlers/workflow/controleer-stap';
import { maakHandler as controleerWsnp } from '../functions/handlers/workflow/controleer-wsnp';
import { maakHandler as draagOver } from '../functions/handlers/workflow/draag-over';
import { maakHandler as krediet } from '../functions/handlers/workflow/krediet';
import { maakHandler as legFoutVast } from '../functions/handlers/workflow/leg-fout-vast';
import { maakHandler as meldKoppelingen } from '../functions/handlers/workflow/meld-koppelingen';
import { maakHandler as schrijfSchuldeisersAan } from '../functions/handlers/workflow/schrijf-schuldeisers-aan';
import { maakHandler as sluitAfgewezen } from '../functions/handlers/workflow/sluit-afgewezen';
import { maakHandler as sluitMetAdvies } from '../functions/handlers/workflow/sluit-met-advies';
import { maakHandler as sluitNazorgAf } from '../functions/handlers/workflow/sluit-nazorg-af';
import { maakHandler as sluitWsnpAf } from '../functions/handlers/workflow/sluit-wsnp-af';
import { maakHandler as startNazorg } from '../functions/handlers/workflow/start-nazorg';
import { maakHandler as startWsnp } from '../functions/handlers/workflow/start-wsnp';
import { maakHandler as stelBeschikkingOp } from '../functions/handlers/workflow/stel-beschikking-op';
import { maakHandler as volgRegeling } from '../functions/handlers/workflow/volg-regeling';
import { maakHandler as wachtOpSchuldeiser } from '../functions/handlers/workflow/wacht-op-schuldeiser';
import { maakHandler as wachtOpStap } from '../functions/handlers/workflow/wacht-op-stap';
import type { LambdaHandler } from './lambda-context';

const fabrieken = {
  'registreer-aanmelding': registreerAanmelding,
  'bekijk-traject': bekijkTraject,
  'bekijk-historie': bekijkHistorie,
  'bekijk-inzage': bekijkInzage,
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
  'beeindig-traject': beeindigTraject,
  'herstart-workflow': herstartWorkflow,
  'registreer-bezwaar': registreerBezwaar,
  'beslis-op-bezwaar': beslisOpBezwaar,
  'plan-begeleidingsmodule': planBegeleidingsmodule,
  'beeindig-begeleiding': beeindigBegeleiding,
  'herzie-triage': herzieTriage,
  'volg-doorverwijzing-op': volgDoorverwijzingOp,
  'bekijk-gemeente-configuratie': bekijkGemeenteConfiguratie,
  'wijzig-gemeente-configuratie': wijzigGemeenteConfiguratie,
  'draag-over': draagOver,
  'sluit-afgewezen': sluitAfgewezen,
  'leg-fout-vast': legFoutVast,
  'lijst-trajecten': lijstTrajecten,
  'bekijk-team': bekijkTeam,
  'zoek-traject': zoekTraject,
  'geplande-contactmomenten': geplandeContactmomenten,
  'leg-contactmoment-vast': legContactmomentVast,
  'leg-notitie-vast': legNotitieVast,
  'voeg-document-toe': voegDocumentToe,
  'haal-document': haalDocument,
  'wijzig-persoon': wijzigPersoon,
  'corrigeer-feit': corrigeerFeit,
  'draag-begeleiding-over': draagBegeleidingOver,
  openapi: () => openapi,
  'bekijk-instrument': bekijkInstrument,
  asyncapi: () => asyncapi,
  'exporteer-ddas': exporteerDdas,
  'registreer-schuld': registreerSchuld,
  'bekijk-schulden': bekijkSchulden,
  'kies-dwangakkoord-of-wsnp': kiesDwangakkoordOfWsnp,
  'schrijf-schuldeisers-aan': schrijfSchuldeisersAan,
  'controleer-schuldeiser': controleerSchuldeiser,
  'wacht-op-schuldeiser': wachtOpSchuldeiser,
  'beoordeel-akkoorden': beoordeelAkkoorden,
  'verwerk-schuldeiser-bericht': verwerkSchuldeiserBericht,
  'leg-bsn-vast': legBsnVast,
  'leg-outreach-uitkomst-vast': legOutreachUitkomstVast,
  evalueer,
  'leg-terugval-uitkomst-vast': legTerugvalUitkomstVast,
  'bekijk-vroegsignalen': bekijkVroegsignalen,
  'meld-aan-vanuit-signaal': meldAanVanuitSignaal,
  'start-nazorg': startNazorg,
  'controleer-nazorg': controleerNazorg,
  'sluit-nazorg-af': sluitNazorgAf,
  'start-vervolgfase': startVervolgfase,
  'ontvang-vroegsignaal': ontvangVroegsignaal,
  'registreer-betaling-gemist': registreerBetalingGemist,
  'bewaar-na-afsluiting': bewaarNaAfsluiting,
  'start-wsnp': startWsnp,
  'controleer-wsnp': controleerWsnp,
  'sluit-wsnp-af': sluitWsnpAf,
  'volg-regeling': volgRegeling,
  'leg-betaling-vast': legBetalingVast,
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
