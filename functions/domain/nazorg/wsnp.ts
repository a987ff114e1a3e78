// Domain layer: the WSNP begeleiding phase. The case keeps its begeleider for the term of the wettelijke
// schuldsanering (norm `wsnp`: 18 months, Fw art. 349a, extendable by a verlenging on the step), then hands over to
// nazorg. Pure: the fold part and the commands.
import { ConflictFout, RegelFout } from '../fouten';
import { eindeVanDagInAmsterdam } from '../kalender/kalender';
import { berekenDeadline } from '../normen/deadline';
import { deadlinesVan } from '../traject/deadlines';
import type { TrajectGebeurtenis } from '../traject/gebeurtenissen';
import type { Traject } from '../traject/traject';

export interface WsnpStaat {
  start: string;
  /** The end of the term without verlengingen (the case view shows the current deadline of the step). */
  einde: string;
  afgerondOp?: string;
}

export function evolueerWsnp(
  traject: Traject,
  g:
    | { type: 'wsnp-gestart'; data: { start: string; einde: string } }
    | { type: 'wsnp-afgerond'; data: { datum: string } },
): Traject {
  if (g.type === 'wsnp-gestart') {
    return {
      ...traject,
      stap: 'wsnp',
      wsnp: { start: g.data.start, einde: g.data.einde },
      // Terms of the earlier phases that were still running no longer apply.
      stappen: [
        ...traject.stappen.filter((s) => s.stap !== 'wsnp' && s.voltooidOp !== undefined),
        { stap: 'wsnp', start: g.data.start, gemeldeOverschrijdingen: [] },
      ],
    };
  }
  if (!traject.wsnp) return traject;
  return {
    ...traject,
    stap: null,
    wsnp: { ...traject.wsnp, afgerondOp: g.data.datum },
    stappen: traject.stappen.map((s) =>
      s.stap === 'wsnp' && s.voltooidOp === undefined ? { ...s, voltooidOp: g.data.datum } : s,
    ),
  };
}

export function startWsnp(traject: Traject, start: string): TrajectGebeurtenis | undefined {
  if (traject.wsnp) {
    if (traject.wsnp.start === start) return undefined;
    throw new ConflictFout('WSNP_LOOPT_AL', `de WSNP-fase loopt al sinds ${traject.wsnp.start}`);
  }
  const einde = berekenDeadline({ stap: 'wsnp', start, gemeente: traject.gemeente }).deadline;
  return { type: 'wsnp-gestart', data: { start, einde } };
}

/** The term's current last day (with verlengingen) and whether it has passed (the end of that day, Amsterdam). */
export function controleerWsnp(
  traject: Traject,
  nu: Date,
  vandaag: string,
): { status: 'lopend'; einde: string; wachtTot: Date } | { status: 'afgelopen' | 'afgerond'; einde: string } {
  if (!traject.wsnp) throw new RegelFout('GEEN_WSNP', `traject ${traject.id} is niet in de WSNP-fase`);
  const einde = deadlinesVan(traject, vandaag).find((d) => d.stap === 'wsnp')?.deadline ?? traject.wsnp.einde;
  if (traject.wsnp.afgerondOp !== undefined || traject.afgesloten) return { status: 'afgerond', einde };
  const wachtTot = eindeVanDagInAmsterdam(einde);
  return nu < wachtTot ? { status: 'lopend', einde, wachtTot } : { status: 'afgelopen', einde };
}
