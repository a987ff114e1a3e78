// Application layer: the workflow Tasks after the vaststelling: each route its own way on (hand-over), and the end of
// the afwijzing's path. Ids only in and out: every Task reads what it needs from the store.
import { STANDAARD_ORGANISATIE } from '../domain/doorverwijzing/doorverwijzing';
import { ConflictFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Actor, TrajectGebeurtenis } from '../domain/traject/gebeurtenissen';
import type { Traject } from '../domain/traject/traject';
import type { TriageUitkomst } from '../domain/triage/triage';
import { laadTraject } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';
import { sluitAf } from './sluit-af';

const SYSTEEM: Actor = { soort: 'systeem', naam: 'workflow' };

export type Vervolg = 'afwijzing' | 'schuldregeling' | 'begeleiding' | 'doorverwijzing' | 'wsnp';

/** Where a case with a vastgestelde beschikking goes next, from its besluit and triage. */
export function vervolgVan(traject: Traject): Vervolg {
  if (traject.beschikking?.besluit === 'afwijzing') return 'afwijzing';
  const triage = traject.triage?.uitkomst as unknown as TriageUitkomst | undefined;
  if (!triage) throw new ConflictFout('GEEN_TRIAGE', `traject ${traject.id} heeft geen triage`);
  switch (triage.route) {
    case 'schuldregeling':
      return 'schuldregeling';
    case 'doorverwijzing':
      return triage.doorverwijzing.naar === 'wsnp' ? 'wsnp' : 'doorverwijzing';
    default:
      // begeleiding and crisisinterventie: the begeleiding phase (advies never reaches a beschikking).
      return 'begeleiding';
  }
}

/** The event that hands the case over on its route; undefined when it was handed over already (a retry). */
function overdrachtVoor(traject: Traject, vervolg: Vervolg, vandaag: string): TrajectGebeurtenis | undefined {
  const triage = traject.triage?.uitkomst as unknown as TriageUitkomst;
  switch (vervolg) {
    case 'afwijzing':
    case 'schuldregeling':
      // The afwijzing's bezwaar window and the betaalvoorstel step opened with the vaststelling itself.
      return undefined;
    case 'doorverwijzing': {
      if (traject.doorverwijzing || triage.route !== 'doorverwijzing') return undefined;
      return {
        type: 'doorverwijzing-overgedragen',
        data: {
          naar: triage.doorverwijzing.naar,
          organisatie: STANDAARD_ORGANISATIE[triage.doorverwijzing.naar],
          datum: vandaag,
        },
      };
    }
    case 'wsnp':
    case 'begeleiding':
      if (traject.overdrachten.some((o) => o.naar === vervolg)) return undefined;
      return { type: 'fase-overgedragen', data: { naar: vervolg, datum: vandaag, aanleiding: triage.route } };
  }
}

/**
 * Task DraagOver. Input: the case id. Output: `{vervolg}`, which the workflow branches on.
 *
 * Primary course:
 * 1. Read the case and decide its route after the vaststelling.
 * 2. Begeleiding or crisisinterventie: hand over to the begeleiding phase (its workflow starts on the event). WSNP:
 *    hand over to the WSNP phase. Another doorverwijzing: record the warm hand-over, whose follow-up this workflow
 *    waits for. Schuldregeling: nothing to record (Plaatje compleet starts on the vaststelling).
 */
export async function draagOver(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ vervolg: Vervolg }> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const vervolg = vervolgVan(geladen.traject);
    const gebeurtenis = overdrachtVoor(geladen.traject, vervolg, vandaagInAmsterdam(deps.klok.nu()));
    if (gebeurtenis) {
      await legVast(deps, opdracht.trajectId, geladen, gebeurtenis, {
        actor: SYSTEEM,
        gemeente: geladen.traject.gemeente,
        correlatieId: opdracht.correlatieId,
      });
    }
    return { vervolg };
  });
}

/** Task SluitAfgewezen: the bezwaar window passed, or the bezwaar was decided and the afwijzing stands. */
export async function sluitAfgewezen(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ afgesloten: true }> {
  const { traject } = await laadTraject(deps, opdracht.trajectId);
  if (traject.beschikking?.besluit !== 'afwijzing') {
    throw new ConflictFout('GEEN_AFWIJZING', `traject ${traject.id} heeft geen afwijzing`);
  }
  if (!traject.afgesloten) await sluitAf(deps, traject.id, { reden: 'afgewezen' }, { actor: SYSTEEM, ...opdracht });
  return { afgesloten: true };
}
