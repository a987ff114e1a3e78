// Contracts: the one registry of every event type on the bus, published or consumed, with its schema and version.
// The AsyncAPI document (`GET /asyncapi.json`, docs/asyncapi.json, docs/events.md) is generated from this list and
// the rules in event-regels.ts; a test validates every event the e2e tests put on the local bus against it.
//
// To add a consumed event (`nl.schuldhulp.schuldenknooppunt`, `nl.schuldhulp.vroegsignalering`): append an entry to
// `ontvangenEvents` with its source, detail-type, detail schema and version. The rule that routes it is found in
// `eventRegels` by source and detail-type; nothing else needs to change for it to appear in the catalogue.
import type * as z from 'zod/mini';
import { DomeinEvents, TRAJECT_BRON } from './domein-events';
import { type EventRegel, eventRegels } from './event-regels';
import { KNOOPPUNT_BRON, SchuldenknooppuntBerichten } from './schuldenknooppunt-berichten';
import { VROEGSIGNALERING_BRON, VroegsignaalEvents } from './vroegsignalen';

export type EventRichting = 'publiceert' | 'ontvangt';

export interface EventSoort {
  bron: string;
  detailType: string;
  /** The contract version of the detail (`metadata.version` for our own events). */
  versie: number;
  /** The schema of the EventBridge `detail`. */
  schema: z.ZodMiniType;
  richting: EventRichting;
  omschrijving: string;
  /** An outbound port event: an integration delivers it to a partner system (VISH, the schuldenpauze). */
  poort?: string;
}

/** What each published event means; a type without an entry still appears, with a generic description. */
const OMSCHRIJVINGEN: Partial<Record<keyof typeof DomeinEvents, string>> = {
  'aanmelding-ontvangen': 'Een hulpvraag is geregistreerd; de termijn tot het eerste gesprek loopt (Wgs art. 4).',
  'stap-voltooid': 'Een stap van het traject is voltooid op de genoemde datum.',
  'deadline-overschreden': 'De deadline van een open stap is verstreken zonder dat de stap is voltooid.',
  'deadline-herinnering': 'Na een overschrijding, elk escalatie-interval zolang de stap open blijft.',
  'termijn-gewijzigd':
    'Een opschorting of verlenging heeft de termijnen verschoven; de deadlines staan in het traject.',
  'berekening-vastgelegd': 'Een berekening (vtlb, afloscapaciteit, saneringskrediet) is in de historie vastgelegd.',
  'verwijzing-ontvangen': 'Een verdere verwijzing is bij een bestaand traject gevoegd.',
  'triage-bepaald': 'De triage is bepaald uit de antwoorden op het screeningsinstrument.',
  'beschikking-opgesteld': 'De beschikking is opgesteld en wacht op vaststelling.',
  'beschikking-vastgesteld': 'Een consulent heeft de beschikking vastgesteld; zij geldt als afgegeven.',
  'betaalvoorstel-opgesteld': 'Het aanbod per schuldeiser is opgesteld; de bedragen blijven in de opslag.',
  'traject-afgesloten': 'Het traject is beëindigd; de reden is een code die de DDAS-export vertaalt.',
  'fase-overgedragen': 'Het traject gaat naar een volgende fase; de workflow van die fase start op dit event.',
  'vish-registratie-gevraagd': 'Uitgaand: registreer de hulpvrager in VISH (NVVK–KBvG-convenant).',
  'vish-afmelding-gevraagd': 'Uitgaand: meld de hulpvrager af in VISH.',
  'schuldenpauze-gevraagd': 'Uitgaand: vraag de landelijke schuldenpauze (moratorium) aan.',
  'regeling-gestart': 'De regeling van 18 maanden na het akkoord is gestart (saneringskrediet of schuldbemiddeling).',
  'betaling-ontvangen': 'Een maandbetaling van de regeling is ontvangen.',
  'betaling-gemist':
    'Een maandbetaling van de regeling is gemist (gemeld, of niet binnen de respijttermijn): een terugval met persoonlijk contact.',
  'regeling-periode-afgerond':
    'Een periode van de regeling is afgerond; de workflow van de volgende periode start hierop.',
  'schuldregeling-beeindigd': 'De regeling is beëindigd met finale kwijting; de overdracht naar nazorg volgt.',
};

const POORTEN: Partial<Record<keyof typeof DomeinEvents, string>> = {
  'vish-registratie-gevraagd': 'VISH',
  'vish-afmelding-gevraagd': 'VISH',
  'schuldenpauze-gevraagd': 'schuldenpauze',
};

/** Every event schuldhulp-flow publishes: the domain events and the outbound port events. */
export const gepubliceerdeEvents: readonly EventSoort[] = Object.entries(DomeinEvents).map(([detailType, schema]) => {
  const type = detailType as keyof typeof DomeinEvents;
  const poort = POORTEN[type];
  return {
    bron: TRAJECT_BRON,
    detailType,
    versie: 1,
    schema,
    richting: 'publiceert',
    omschrijving: OMSCHRIJVINGEN[type] ?? `Het domeinevent ${detailType}.`,
    ...(poort ? { poort } : {}),
  };
});

/** Every event schuldhulp-flow consumes from partners (creditor messages, vroegsignalen): append here. */
export const ontvangenEvents: readonly EventSoort[] = [
  ...Object.entries(SchuldenknooppuntBerichten).map(
    ([detailType, schema]): EventSoort => ({
      bron: KNOOPPUNT_BRON,
      detailType,
      versie: 1,
      schema,
      richting: 'ontvangt',
      omschrijving: `Een bericht van een schuldeiser via het Schuldenknooppunt: ${detailType}.`,
    }),
  ),
  ...Object.entries(VroegsignaalEvents).map(
    ([detailType, schema]): EventSoort => ({
      bron: VROEGSIGNALERING_BRON,
      detailType,
      versie: 1,
      schema,
      richting: 'ontvangt',
      omschrijving: `Een vroegsignaal (Wgs art. 3a) van een partner: ${detailType}.`,
    }),
  ),
];

export const eventCatalogus: readonly EventSoort[] = [...gepubliceerdeEvents, ...ontvangenEvents];

function lijst(waarde: unknown): unknown[] | undefined {
  return Array.isArray(waarde) ? waarde : undefined;
}

/**
 * The rules whose pattern can match this event type: the pattern's source and detail-type lists name it (or leave
 * it open). Further conditions in the pattern (e.g. `detail.data.naar`) stay in the rule as it is shown.
 */
export function regelsVoor(soort: Pick<EventSoort, 'bron' | 'detailType'>, regels = eventRegels): EventRegel[] {
  return regels.filter((r) => {
    const bronnen = lijst(r.patroon.source);
    const typen = lijst(r.patroon['detail-type']);
    return (!bronnen || bronnen.includes(soort.bron)) && (!typen || typen.includes(soort.detailType));
  });
}

export function eventSoortVan(bron: string, detailType: string): EventSoort | undefined {
  return eventCatalogus.find((e) => e.bron === bron && e.detailType === detailType);
}
