// Contracts: the EventBridge rules, as data. CDK deploys them; the local bus routes by the same patterns.
import { TRAJECT_BRON } from './domein-events';
import { KNOOPPUNT_BRON } from './schuldenknooppunt-berichten';
import { VROEGSIGNALERING_BRON, VroegsignaalEvents } from './vroegsignalen';

export interface EventRegel {
  /** Construct id of the rule and a name ops can read. */
  naam: string;
  omschrijving: string;
  patroon: Record<string, unknown>;
  /** The Lambda function that consumes the matched events. */
  doel:
    | 'start-workflow'
    | 'verwerk-schuldeiser-bericht'
    | 'start-vervolgfase'
    | 'ontvang-vroegsignaal'
    | 'registreer-betaling-gemist'
    | 'bewaar-na-afsluiting';
}

export const eventRegels: readonly EventRegel[] = [
  {
    naam: 'StartInContactBijAanmelding',
    omschrijving: 'Een nieuwe aanmelding start de workflow van de eerste fase (In contact).',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['aanmelding-ontvangen'] },
    doel: 'start-workflow',
  },
  {
    naam: 'StartPlaatjeCompleetBijVaststelling',
    omschrijving:
      'Een vastgestelde beschikking met schuldregeling start de workflow van Plaatje compleet (berekening, betaalvoorstel).',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['beschikking-vastgesteld'] },
    doel: 'start-workflow',
  },
  {
    naam: 'HerzieBetaalvoorstelBijBerekening',
    omschrijving:
      'Een nieuwe berekening na een betaalvoorstel (een correctie door de consulent) laat de krediet-taak het betaalvoorstel opnieuw opstellen.',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['berekening-vastgelegd'] },
    doel: 'start-workflow',
  },
  {
    naam: 'StartFaseBijOverdracht',
    omschrijving:
      'Een overdracht naar de begeleiding (na de vaststelling, of terug na een doorverwijzing) of naar een schuldregeling (na een herziene triage) start de workflow van die fase.',
    patroon: {
      source: [TRAJECT_BRON],
      'detail-type': ['fase-overgedragen'],
      detail: { data: { naar: ['begeleiding', 'schuldregeling'] } },
    },
    doel: 'start-workflow',
  },
  {
    naam: 'SchuldeiserBerichtNaarIngest',
    omschrijving:
      'Elk bericht van een schuldeiser via het Schuldenknooppunt gaat naar de ingest: gevalideerd, in de historie van het traject, en de wachtende schuldeiser hervat; wat niet past wordt geparkeerd in de dead-letter queue.',
    patroon: { source: [KNOOPPUNT_BRON] },
    doel: 'verwerk-schuldeiser-bericht',
  },
  {
    naam: 'StartNazorgBijOverdracht',
    omschrijving:
      'Een traject dat naar nazorg wordt overgedragen start de nazorgworkflow (zes maanden vroegsignalen volgen).',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['fase-overgedragen'], detail: { data: { naar: ['nazorg'] } } },
    doel: 'start-vervolgfase',
  },
  {
    naam: 'StartPersoonlijkContactBijTerugval',
    omschrijving: 'Een terugval in de nazorg start de workflow die wacht op het persoonlijk contact van de begeleider.',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['terugval-gesignaleerd'] },
    doel: 'start-vervolgfase',
  },
  {
    naam: 'VroegsignaalNaarIngest',
    omschrijving:
      'Vroegsignalen van woningcorporaties, verhuurders, energie- en drinkwaterbedrijven en zorgverzekeraars naar de ingest.',
    patroon: { source: [VROEGSIGNALERING_BRON], 'detail-type': Object.keys(VroegsignaalEvents) },
    doel: 'ontvang-vroegsignaal',
  },
  {
    naam: 'GemisteBetalingIsTerugval',
    omschrijving: 'Een gemiste betaling telt tijdens de regeling en de nazorg als terugval (persoonlijk contact).',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['betaling-gemist'] },
    doel: 'registreer-betaling-gemist',
  },
  {
    naam: 'ZetBewaartermijnBijAfsluiting',
    omschrijving:
      'Een afgesloten traject: de anonieme cijfers apart bewaren en de vervaldatum (bewaartermijn van de gemeente) op elk item zetten.',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['traject-afgesloten'] },
    doel: 'bewaar-na-afsluiting',
  },
  {
    naam: 'StartWsnpBijOverdracht',
    omschrijving:
      'Een traject dat naar de WSNP gaat krijgt een eigen begeleidingsfase voor de looptijd (18 maanden, Fw art. 349a), met daarna nazorg.',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['fase-overgedragen'], detail: { data: { naar: ['wsnp'] } } },
    doel: 'start-vervolgfase',
  },
  {
    naam: 'StartRegelingBijAkkoord',
    omschrijving:
      'Het akkoord op de schuldregeling draagt over naar de regeling: de workflow van de eerste periode van zes maanden start (naam <traject>-r1).',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['fase-overgedragen'], detail: { data: { naar: ['regeling'] } } },
    doel: 'start-vervolgfase',
  },
  {
    naam: 'VervolgRegelingBijPeriode',
    omschrijving: 'Een afgeronde periode van de regeling start de workflow van de volgende (naam <traject>-r<n>).',
    patroon: { source: [TRAJECT_BRON], 'detail-type': ['regeling-periode-afgerond'] },
    doel: 'start-vervolgfase',
  },
];
