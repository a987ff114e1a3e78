// Application layer: the WSNP begeleiding phase: open it on the hand-over, check its term, hand over to nazorg.
import { RegelFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { controleerWsnp, startWsnp } from '../domain/nazorg/wsnp';
import type { Actor } from '../domain/traject/gebeurtenissen';
import { laadTraject } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import type { Afhankelijkheden } from './poorten';

const SYSTEEM: Actor = { soort: 'systeem', naam: 'wsnp' };

/**
 * Input: traject id (workflow input). Output: the end of the term.
 *
 * Primary course:
 * 1. Load the case; the term starts at the date of its last hand-over to the WSNP (`fase-overgedragen` naar wsnp).
 * 2. Append `wsnp-gestart` (18 months, norm `wsnp`); the begeleider stays; a replay changes nothing.
 */
export async function openWsnp(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ einde: string }> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    const overdracht = traject.overdrachten.findLast((o) => o.naar === 'wsnp');
    if (!overdracht)
      throw new RegelFout('GEEN_OVERDRACHT_NAAR_WSNP', `traject ${traject.id} is niet naar de WSNP overgedragen`);
    const gebeurtenis = startWsnp(traject, overdracht.datum);
    if (gebeurtenis?.type !== 'wsnp-gestart') return { einde: traject.wsnp?.einde ?? overdracht.datum };
    await legVast(deps, traject.id, geladen, gebeurtenis, {
      actor: SYSTEEM,
      gemeente: traject.gemeente,
      correlatieId: opdracht.correlatieId,
    });
    return { einde: gebeurtenis.data.einde };
  });
}

/** Input: traject id. Output: the status and the wall seconds until the next check (capped locally). */
export async function controleerWsnpVoorWorkflow(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string },
): Promise<{ status: string; einde: string; wachtSeconden: number }> {
  const { traject } = await laadTraject(deps, opdracht.trajectId);
  const nu = deps.klok.nu();
  const c = controleerWsnp(traject, nu, vandaagInAmsterdam(nu));
  return {
    status: c.status,
    einde: c.einde,
    wachtSeconden: c.status === 'lopend' ? deps.klok.wachtSeconden((c.wachtTot.getTime() - nu.getTime()) / 1000) : 1,
  };
}

/**
 * Input: traject id. Output: the hand-over date.
 *
 * Primary course:
 * 1. Only after the term's last day (with verlengingen): append `wsnp-afgerond`.
 * 2. Append `fase-overgedragen` naar nazorg with the term's last day as end date: the nazorg workflow starts on it.
 */
export async function sluitWsnpAf(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ naarNazorg: string }> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const { traject } = geladen;
    const nu = deps.klok.nu();
    const c = controleerWsnp(traject, nu, vandaagInAmsterdam(nu));
    if (traject.overdrachten.some((o) => o.naar === 'nazorg' && o.datum === c.einde)) return { naarNazorg: c.einde };
    if (c.status === 'lopend') throw new RegelFout('WSNP_LOOPT_NOG', `de WSNP van traject ${traject.id} loopt nog`);
    const context = { actor: SYSTEEM, gemeente: traject.gemeente, correlatieId: opdracht.correlatieId };
    let huidig = geladen;
    if (c.status === 'afgelopen') {
      const na = await legVast(deps, traject.id, huidig, { type: 'wsnp-afgerond', data: { datum: c.einde } }, context);
      huidig = { ...huidig, traject: na.traject, recent: [...huidig.recent, na.opgeslagen] };
    }
    await legVast(
      deps,
      traject.id,
      huidig,
      { type: 'fase-overgedragen', data: { naar: 'nazorg', datum: c.einde, aanleiding: 'WSNP-looptijd afgerond' } },
      context,
    );
    return { naarNazorg: c.einde };
  });
}
