// Application layer: append one event to a case, then publish what it means on the bus (only after the write).
import type { DomeinEvent } from '../contracts/domein-events';
import { TRAJECT_BRON } from '../contracts/domein-events';
import { ConflictFout, TrajectAfgeslotenFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { projectiesVan } from '../domain/traject/deadlines';
import type { Actor, OpgeslagenGebeurtenis, Stap, TrajectGebeurtenis } from '../domain/traject/gebeurtenissen';
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
  const g = e.gebeurtenis;
  switch (g.type) {
    case 'aanmelding-ontvangen':
      return [{ source: TRAJECT_BRON, detailType: 'aanmelding-ontvangen', detail: { metadata, data: { trajectId } } }];
    case 'eerste-gesprek-gevoerd':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'stap-voltooid',
          detail: { metadata, data: { trajectId, stap: 'eerste-gesprek', datum: g.data.datum } },
        },
      ];
    case 'deadline-overschreden':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'deadline-overschreden',
          detail: { metadata, data: { trajectId, stap: g.data.stap, deadline: g.data.deadline } },
        },
      ];
    case 'opschorting-gestart':
    case 'opschorting-beeindigd':
    case 'verlenging-vastgelegd':
      return [{ source: TRAJECT_BRON, detailType: 'termijn-gewijzigd', detail: { metadata, data: { trajectId } } }];
    case 'berekening-vastgelegd':
      return [{ source: TRAJECT_BRON, detailType: 'berekening-vastgelegd', detail: { metadata, data: { trajectId } } }];
    case 'verwijzing-ontvangen':
      return [{ source: TRAJECT_BRON, detailType: 'verwijzing-ontvangen', detail: { metadata, data: { trajectId } } }];
    case 'intake-afgenomen':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'stap-voltooid',
          detail: { metadata, data: { trajectId, stap: 'intake', datum: g.data.datum } },
        },
      ];
    case 'triage-bepaald':
      return [{ source: TRAJECT_BRON, detailType: 'triage-bepaald', detail: { metadata, data: { trajectId } } }];
    case 'beschikking-opgesteld':
      return [{ source: TRAJECT_BRON, detailType: 'beschikking-opgesteld', detail: { metadata, data: { trajectId } } }];
    case 'beschikking-vastgesteld':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'beschikking-vastgesteld',
          detail: { metadata, data: { trajectId, datum: g.data.datum } },
        },
      ];
    case 'traject-afgesloten':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'traject-afgesloten',
          detail: { metadata, data: { trajectId, reden: g.data.reden, datum: g.data.op } },
        },
      ];
    case 'fase-overgedragen':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'fase-overgedragen',
          detail: { metadata, data: { trajectId, naar: g.data.naar, datum: g.data.datum } },
        },
      ];
    case 'betaalvoorstel-opgesteld':
      return [
        { source: TRAJECT_BRON, detailType: 'betaalvoorstel-opgesteld', detail: { metadata, data: { trajectId } } },
      ];
    case 'koppeling-gemeld':
    case 'beschikking-bekendgemaakt':
    case 'workflow-herstart':
      return []; // the outbound message went out through its port; the others concern the case view only
    case 'bezwaar-ontvangen':
      return [{ source: TRAJECT_BRON, detailType: 'bezwaar-ontvangen', detail: { metadata, data: { trajectId } } }];
    case 'bezwaar-beslist':
      return [stapVoltooid(metadata, trajectId, 'bezwaar-beslissing', g.data.datum)];
    case 'begeleiding-beeindigd':
      return [stapVoltooid(metadata, trajectId, 'begeleiding', g.data.datum)];
    case 'doorverwijzing-opgevolgd':
      return [stapVoltooid(metadata, trajectId, 'doorverwijzing', g.data.datum)];
    case 'begeleidingsmodule-bijgewerkt':
      return [{ source: TRAJECT_BRON, detailType: 'termijn-gewijzigd', detail: { metadata, data: { trajectId } } }];
    case 'triage-herzien':
      return [{ source: TRAJECT_BRON, detailType: 'triage-bepaald', detail: { metadata, data: { trajectId } } }];
    case 'doorverwijzing-overgedragen':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'doorverwijzing-overgedragen',
          detail: { metadata, data: { trajectId, naar: g.data.naar, datum: g.data.datum } },
        },
      ];
    case 'workflow-gestopt':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'workflow-gestopt',
          detail: { metadata, data: { trajectId, workflow: g.data.workflow, staat: g.data.staat } },
        },
      ];
    case 'feit-gecorrigeerd':
      // A corrected date moves the terms that run from it; which fact and its values stay in the case store.
      return [{ source: TRAJECT_BRON, detailType: 'termijn-gewijzigd', detail: { metadata, data: { trajectId } } }];
    case 'contactmoment-gehouden':
    case 'notitie-gemaakt':
    case 'document-toegevoegd':
    case 'persoon-gewijzigd':
    case 'begeleider-overgedragen':
      return []; // the journal, the person and the begeleider live in the case store and its indexes only
    case 'schuld-geregistreerd':
      return []; // the claim is case content; the exchange's own events follow when messages go out
    case 'schuldeisers-aangeschreven':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'schuldeisers-aangeschreven',
          detail: {
            metadata,
            data: { trajectId, ronde: g.data.ronde, aantal: g.data.nrs.length, deadline: g.data.deadline },
          },
        },
      ];
    case 'schuldeiser-antwoord-ontvangen':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'schuldeiser-antwoord-verwerkt',
          detail: { metadata, data: { trajectId, schuldeiser: g.data.nr, soort: g.data.soort } },
        },
      ];
    case 'schuldeiser-termijn-verstreken':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'schuldeiser-termijn-overschreden',
          detail: {
            metadata,
            data: {
              trajectId,
              schuldeiser: g.data.nr,
              ronde: g.data.ronde,
              deadline: g.data.deadline,
              gevolg: g.data.gevolg,
            },
          },
        },
      ];
    case 'schuldregeling-uitkomst':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'schuldregeling-uitkomst',
          detail: { metadata, data: { trajectId, uitkomst: g.data.uitkomst, datum: g.data.op } },
        },
      ];
    case 'dwangakkoord-wsnp-keuze':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'dwangakkoord-wsnp-gekozen',
          detail: { metadata, data: { trajectId, keuze: g.data.keuze, datum: g.data.op } },
        },
      ];
    case 'nazorg-gestart':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'nazorg-gestart',
          detail: { metadata, data: { trajectId, einde: g.data.einde } },
        },
      ];
    case 'terugval-gesignaleerd':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'terugval-gesignaleerd',
          detail: { metadata, data: { trajectId, terugvalId: g.data.id, datum: g.data.datum } },
        },
      ];
    case 'terugval-afgehandeld':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'terugval-afgehandeld',
          detail: { metadata, data: { trajectId, terugvalId: g.data.id, uitkomst: g.data.uitkomst } },
        },
      ];
    case 'evaluatie-vastgelegd':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'evaluatie-vastgelegd',
          detail: { metadata, data: { trajectId, besluit: g.data.besluit, datum: g.data.datum } },
        },
      ];
    case 'regeling-gestart':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'regeling-gestart',
          detail: { metadata, data: { trajectId, einde: g.data.einde, looptijdMaanden: g.data.looptijdMaanden } },
        },
      ];
    case 'betaling-ontvangen':
    case 'betaling-gemist':
      return [
        { source: TRAJECT_BRON, detailType: g.type, detail: { metadata, data: { trajectId, maand: g.data.maand } } },
      ];
    case 'regeling-periode-afgerond':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'regeling-periode-afgerond',
          detail: { metadata, data: { trajectId, periode: g.data.periode, volgende: g.data.periode + 1 } },
        },
      ];
    case 'schuldregeling-beeindigd':
      return [
        {
          source: TRAJECT_BRON,
          detailType: 'schuldregeling-beeindigd',
          detail: {
            metadata,
            data: {
              trajectId,
              datum: g.data.datum,
              maandenOntvangen: g.data.maandenOntvangen,
              maandenGemist: g.data.maandenGemist,
            },
          },
        },
      ];
    case 'regeling-maand-geopend': // the month's step is in the case view and the worklist
    case 'regeling-evaluatie-geopend':
    case 'wsnp-gestart':
    case 'wsnp-afgerond': // the hand-over to nazorg that follows is its own event
    case 'bsn-vastgelegd': // never on the bus: the BSN stays in the case item
    case 'nazorg-afgerond': // traject-afgesloten follows and says it
      return [];
  }
}

function stapVoltooid(metadata: DomeinEvent['detail']['metadata'], trajectId: string, stap: Stap, datum: string) {
  return {
    source: TRAJECT_BRON,
    detailType: 'stap-voltooid',
    detail: { metadata, data: { trajectId, stap, datum } },
  } satisfies DomeinEvent<'stap-voltooid'>;
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
