// Application layer: append one event to a case, then publish what it means on the bus (only after the write).
import { type Detail, type DetailType, type DomeinEvent, TRAJECT_BRON } from '../contracts/domein-events';
import { ConflictFout, TrajectAfgeslotenFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { projectiesVan } from '../domain/traject/deadlines';
import type { Actor, OpgeslagenGebeurtenis, TrajectGebeurtenis } from '../domain/traject/gebeurtenissen';
import { evolueer, type Traject, wijzigingenTussen } from '../domain/traject/traject';
import type { Afhankelijkheden, GeladenTraject } from './poorten';

export interface Vastgelegd {
  traject: Traject;
  opgeslagen: OpgeslagenGebeurtenis;
}

export async function legVast(
  deps: Pick<Afhankelijkheden, 'opslag' | 'events' | 'klok'>,
  id: string,
  huidig: GeladenTraject | undefined,
  gebeurtenis: TrajectGebeurtenis,
  context: { actor: Actor; gemeente: string; correlatieId: string },
): Promise<Vastgelegd> {
  const voor = huidig?.traject;
  // DESIGN 2.8: an ended case refuses further changes; this is the one append path, so the rule holds everywhere.
  if (voor?.afgesloten) throw new TrajectAfgeslotenFout(voor.afgesloten);
  const opgeslagen: OpgeslagenGebeurtenis = {
    volgnummer: (voor?.versie ?? 0) + 1,
    op: deps.klok.nu().toISOString(),
    actor: context.actor,
    gemeente: context.gemeente,
    gebeurtenis,
    wijzigingen: [],
    correlatieId: context.correlatieId,
  };
  const na = evolueer(voor, opgeslagen, id);
  opgeslagen.wijzigingen = wijzigingenTussen(voor, na);
  // Computing the projections recomputes every deadline: a change the norm forbids throws here, before any write.
  const projecties = projectiesVan(na, vandaagInAmsterdam(deps.klok.nu()), voor);
  await deps.opslag.voegToe(id, opgeslagen, na, projecties);
  await publiceer(deps, id, opgeslagen);
  return { traject: na, opgeslagen };
}

/**
 * Publishes the bus events of one history event and clears its outbox mark. A failure is left to the republisher:
 * the write stands, and the event goes out late rather than never.
 */
export async function publiceer(
  deps: Pick<Afhankelijkheden, 'opslag' | 'events'>,
  id: string,
  opgeslagen: OpgeslagenGebeurtenis,
): Promise<boolean> {
  try {
    await deps.events.publiceer(busEventsVan(id, opgeslagen));
    await deps.opslag.markeerGepubliceerd(id, opgeslagen.volgnummer);
    return true;
  } catch {
    return false;
  }
}

export function busEventsVan(trajectId: string, e: OpgeslagenGebeurtenis): DomeinEvent[] {
  const metadata = {
    id: `${trajectId}/${e.volgnummer}`,
    occurredAt: e.op,
    gemeente: e.gemeente,
    correlationId: e.correlatieId,
    version: 1 as const,
  };
  // One bus event: its detail-type and what its data carries after the case id. One call instead of the whole
  // literal per case keeps the mapping short to read, and to bundle (every function that appends carries it).
  const event = <T extends DetailType>(detailType: T, data: Omit<Detail<T>['data'], 'trajectId'>): DomeinEvent[] => [
    { source: TRAJECT_BRON, detailType, detail: { metadata, data: { trajectId, ...data } } as Detail<T> },
  ];
  const g = e.gebeurtenis;
  switch (g.type) {
    case 'aanmelding-ontvangen':
      return event('aanmelding-ontvangen', {});
    case 'eerste-gesprek-gevoerd':
      return event('stap-voltooid', { stap: 'eerste-gesprek', datum: g.data.datum });
    case 'deadline-overschreden':
      return event('deadline-overschreden', { stap: g.data.stap, deadline: g.data.deadline });
    case 'opschorting-gestart':
    case 'opschorting-beeindigd':
    case 'verlenging-vastgelegd':
      return event('termijn-gewijzigd', {});
    case 'berekening-vastgelegd':
      return event('berekening-vastgelegd', {});
    case 'verwijzing-ontvangen':
      return event('verwijzing-ontvangen', {});
    case 'intake-afgenomen':
      return event('stap-voltooid', { stap: 'intake', datum: g.data.datum });
    case 'triage-bepaald':
      return event('triage-bepaald', {});
    case 'beschikking-opgesteld':
      return event('beschikking-opgesteld', {});
    case 'beschikking-vastgesteld':
      return event('beschikking-vastgesteld', { datum: g.data.datum });
    case 'traject-afgesloten':
      return event('traject-afgesloten', { reden: g.data.reden, datum: g.data.op });
    case 'fase-overgedragen':
      return event('fase-overgedragen', { naar: g.data.naar, datum: g.data.datum });
    case 'betaalvoorstel-opgesteld':
      return event('betaalvoorstel-opgesteld', {});
    case 'koppeling-gemeld':
    case 'beschikking-bekendgemaakt':
    case 'workflow-herstart':
      return []; // the outbound message went out through its port; the others concern the case view only
    case 'bezwaar-ontvangen':
      return event('bezwaar-ontvangen', {});
    case 'bezwaar-beslist':
      return event('stap-voltooid', { stap: 'bezwaar-beslissing', datum: g.data.datum });
    case 'begeleiding-beeindigd':
      return event('stap-voltooid', { stap: 'begeleiding', datum: g.data.datum });
    case 'doorverwijzing-opgevolgd':
      return event('stap-voltooid', { stap: 'doorverwijzing', datum: g.data.datum });
    case 'begeleidingsmodule-bijgewerkt':
      return event('termijn-gewijzigd', {});
    case 'triage-herzien':
      return event('triage-bepaald', {});
    case 'doorverwijzing-overgedragen':
      return event('doorverwijzing-overgedragen', { naar: g.data.naar, datum: g.data.datum });
    case 'workflow-gestopt':
      return event('workflow-gestopt', { workflow: g.data.workflow, staat: g.data.staat });
    case 'feit-gecorrigeerd':
      // A corrected date moves the terms that run from it; which fact and its values stay in the case store.
      return event('termijn-gewijzigd', {});
    case 'contactmoment-gehouden':
    case 'notitie-gemaakt':
    case 'document-toegevoegd':
    case 'persoon-gewijzigd':
    case 'begeleider-overgedragen':
      return []; // the journal, the person and the begeleider live in the case store and its indexes only
    case 'schuld-geregistreerd':
      return []; // the claim is case content; the exchange's own events follow when messages go out
    case 'schuldeisers-aangeschreven':
      return event('schuldeisers-aangeschreven', {
        ronde: g.data.ronde,
        aantal: g.data.nrs.length,
        deadline: g.data.deadline,
      });
    case 'schuldeiser-antwoord-ontvangen':
      return event('schuldeiser-antwoord-verwerkt', { schuldeiser: g.data.nr, soort: g.data.soort });
    case 'schuldeiser-termijn-verstreken':
      return event('schuldeiser-termijn-overschreden', {
        schuldeiser: g.data.nr,
        ronde: g.data.ronde,
        deadline: g.data.deadline,
        gevolg: g.data.gevolg,
      });
    case 'schuldregeling-uitkomst':
      return event('schuldregeling-uitkomst', { uitkomst: g.data.uitkomst, datum: g.data.op });
    case 'dwangakkoord-wsnp-keuze':
      return event('dwangakkoord-wsnp-gekozen', { keuze: g.data.keuze, datum: g.data.op });
    case 'nazorg-gestart':
      return event('nazorg-gestart', { einde: g.data.einde });
    case 'terugval-gesignaleerd':
      return event('terugval-gesignaleerd', { terugvalId: g.data.id, datum: g.data.datum });
    case 'terugval-afgehandeld':
      return event('terugval-afgehandeld', { terugvalId: g.data.id, uitkomst: g.data.uitkomst });
    case 'evaluatie-vastgelegd':
      return event('evaluatie-vastgelegd', { besluit: g.data.besluit, datum: g.data.datum });
    case 'regeling-gestart':
      return event('regeling-gestart', { einde: g.data.einde, looptijdMaanden: g.data.looptijdMaanden });
    case 'betaling-ontvangen':
    case 'betaling-gemist':
      return event(g.type, { maand: g.data.maand });
    case 'regeling-periode-afgerond':
      return event('regeling-periode-afgerond', { periode: g.data.periode, volgende: g.data.periode + 1 });
    case 'schuldregeling-beeindigd':
      return event('schuldregeling-beeindigd', {
        datum: g.data.datum,
        maandenOntvangen: g.data.maandenOntvangen,
        maandenGemist: g.data.maandenGemist,
      });
    case 'regeling-maand-geopend': // the month's step is in the case view and the worklist
    case 'regeling-evaluatie-geopend':
    case 'wsnp-gestart':
    case 'wsnp-afgerond': // the hand-over to nazorg that follows is its own event
    case 'bsn-vastgelegd': // never on the bus: the BSN stays in the case item
    case 'nazorg-afgerond': // traject-afgesloten follows and says it
      return [];
  }
}

/** Runs a load-decide-append command again when another writer took the version in between. */
export async function metHerhalingBijConflict<T>(poging: () => Promise<T>, maxPogingen = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await poging();
    } catch (e) {
      if (!(e instanceof ConflictFout && e.code === 'VERSIE_CONFLICT') || i >= maxPogingen) throw e;
    }
  }
}
