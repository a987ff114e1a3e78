// Application layer: use case "corrigeer de persoonsgegevens" (PATCH /trajecten/{id}/persoon).
import { type PersoonWijziging, persoonNaWijziging, zoekbaarVan } from '../../domain/persoon/persoon';
import { laadVoorGemeente } from '../bekijk-traject';
import type { Afhankelijkheden } from '../poorten';
import { type OpdrachtContext, schrijfOpTraject } from './schrijf-op-traject';
import { zoeksleutelsVan } from './zoeksleutels';

/**
 * Input: case id, the fields to change (contact details; BSN, date of birth, address, household). Output: the fields
 * that changed (empty for a replay).
 *
 * Primary course:
 * 1. Load the case and work out the person after the change; nothing changes → nothing is appended.
 * 2. Hash the person's search tokens and the BSN with the gemeente's key (outside the append, which must stay pure).
 * 3. Append `persoon-gewijzigd` with the new values (the BSN stays in the case's own items), the changed field names
 *    and the new set of search hashes: the search index drops the old ones and gains the new ones.
 */
export async function wijzigPersoon(
  deps: Afhankelijkheden,
  ctx: OpdrachtContext,
  w: PersoonWijziging,
): Promise<{ velden: string[] }> {
  const { traject: voor } = await laadVoorGemeente(deps, ctx.id, ctx.gemeente);
  const voorlopig = persoonNaWijziging(voor, w);
  if (voorlopig.velden.length === 0) return { velden: [] };
  const zoeksleutels = await zoeksleutelsVan(deps.pseudoniem, ctx.gemeente, zoekbaarVan(voorlopig));
  const bsnSleutel = voorlopig.persoon.bsn
    ? await deps.pseudoniem.sleutel(ctx.gemeente, `bsn:${voorlopig.persoon.bsn}`)
    : undefined;
  let velden: string[] = [];
  await schrijfOpTraject(deps, ctx, (t) => {
    // Decided again on the case as loaded for the append: a concurrent change is not overwritten unseen.
    const na = persoonNaWijziging(t, w);
    velden = na.velden;
    if (na.velden.length === 0) return undefined;
    const aanvrager: Record<string, string | null> = {};
    for (const v of ['naam', 'telefoon', 'email'] as const) {
      if (na.velden.includes(v)) aanvrager[v] = na.aanvrager[v] ?? null;
    }
    const persoon: Record<string, unknown> = {};
    for (const v of ['bsn', 'geboortedatum', 'adres', 'huishouden'] as const) {
      if (na.velden.includes(v)) persoon[v] = na.persoon[v];
    }
    return {
      type: 'persoon-gewijzigd',
      data: {
        ...(Object.keys(aanvrager).length ? { aanvrager } : {}),
        ...(Object.keys(persoon).length ? { persoon } : {}),
        velden: na.velden,
        zoeksleutels,
        ...(bsnSleutel ? { bsnSleutel } : {}),
      },
    };
  });
  return { velden };
}
