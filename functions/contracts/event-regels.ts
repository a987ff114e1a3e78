// Contracts: the EventBridge rules, as data. CDK deploys them; the local bus routes by the same patterns.
import { TRAJECT_BRON } from './domein-events';
import { KNOOPPUNT_BRON } from './schuldenknooppunt-berichten';

export interface EventRegel {
  /** Construct id of the rule and a name ops can read. */
  naam: string;
  omschrijving: string;
  patroon: Record<string, unknown>;
  /** The Lambda function that consumes the matched events. */
  doel: 'start-workflow' | 'verwerk-schuldeiser-bericht';
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
];
