// Application layer: use case "bewaar na afsluiting" (consumer of `traject-afgesloten`): the anonymous figure is kept
// apart, and the case gets its expiry from the gemeente's retention period.
import { createHash } from 'node:crypto';
import { statistiekVan, verlooptOpNa } from '../domain/bewaren/bewaartermijn';
import { verschilInDagen } from '../domain/kalender/kalender';
import { laadTraject } from './bekijk-traject';
import type { Afhankelijkheden, Bewaring } from './poorten';

export function bewaringVan(deps: Pick<Afhankelijkheden, 'bewaring'>): Bewaring {
  if (!deps.bewaring) throw new Error('no Bewaring configured in this composition root');
  return deps.bewaring;
}

/**
 * Input: the id of a closed case (bus event). Output: the expiry set (or that no period is configured), counts only.
 *
 * Primary course:
 * 1. Load the closed case; store its anonymous figure (reason, DDAS uitstroomreden, phases, lead time per completed
 *    step, number of terugvallen) under a key derived one-way from the case, so a redelivery overwrites it.
 * 2. With a retention period configured for the gemeente: set `verlooptOp` (closing date + period) on every item of
 *    the case. Without one: set nothing, keep the case, and say so (there is no default, see bewaartermijn.ts).
 */
export async function bewaarNaAfsluiting(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string },
): Promise<{ verlooptOp: number | null; items: number }> {
  const bewaring = bewaringVan(deps);
  const { traject } = await laadTraject(deps, opdracht.trajectId);
  if (!traject.afgesloten) return { verlooptOp: null, items: 0 };
  const stappen = traject.stappen
    .filter((s) => s.voltooidOp !== undefined)
    .map((s) => ({ stap: s.stap, doorlooptijdDagen: verschilInDagen(s.start, s.voltooidOp ?? s.start) }));
  const sleutel = createHash('sha256').update(`statistiek\n${traject.id}`).digest('hex').slice(0, 32);
  await bewaring.bewaarStatistiek(sleutel, statistiekVan(traject, stappen));
  const { trajectMaanden } = await bewaring.termijnen(traject.gemeente);
  if (trajectMaanden === undefined) return { verlooptOp: null, items: 0 };
  const verlooptOp = verlooptOpNa(traject.afgesloten.op, trajectMaanden);
  const items = await bewaring.zetVerloop(traject.id, verlooptOp);
  return { verlooptOp, items };
}
