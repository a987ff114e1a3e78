// Application layer: use case "bekijk de historie van een traject" (the audit trail, paged on its own).
import type { HistorieAntwoord } from '../contracts/api-weergaven';
import { GeenToegangFout } from '../domain/fouten';
import type { Rol } from '../domain/traject/gebeurtenissen';
import { historieRegel, laadVoorGemeente } from './bekijk-traject';
import type { Afhankelijkheden } from './poorten';

/**
 * Input: traject id, the caller's gemeente and rol, `na` (a volgnummer, 0 for the start) and `limiet`.
 * Output: the history events after `na`, oldest first, at most `limiet`, and the `na` of the next page.
 *
 * Primary course:
 * 1. Refuse a verwijzer: the history is the case's audit trail, for those who may see the case.
 * 2. In one parallel round trip: load the case (bounded: snapshot and newest event) to check it belongs to the
 *    caller's gemeente (another gemeente's case answers 404), and read the page of events (one Query).
 * 3. Return the page; `volgendeNa` is the last volgnummer on it when more follow, otherwise null.
 */
export async function bekijkHistorie(
  deps: Pick<Afhankelijkheden, 'opslag' | 'lijsten'>,
  opdracht: { id: string; gemeente: string; rol: Rol; na: number; limiet: number },
): Promise<HistorieAntwoord> {
  if (opdracht.rol === 'verwijzer') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', 'een verwijzer ziet alleen de status van de verwijzing');
  }
  const [, pagina] = await Promise.all([
    laadVoorGemeente(deps, opdracht.id, opdracht.gemeente),
    deps.lijsten.historie(opdracht.id, opdracht.na, opdracht.limiet),
  ]);
  const laatste = pagina.gebeurtenissen.at(-1);
  return {
    items: pagina.gebeurtenissen.map(historieRegel),
    volgendeNa: pagina.meer && laatste ? laatste.volgnummer : null,
  };
}
