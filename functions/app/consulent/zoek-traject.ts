// Application layer: use case "zoek een traject" within the gemeente, by name (prefix), phone, e-mail, date of birth
// or BSN, through keyed hashes only.
import { GeenToegangFout } from '../../domain/fouten';
import { vandaagInAmsterdam } from '../../domain/kalender/kalender';
import {
  MAX_PREFIX,
  naamPastBij,
  normaliseerNaam,
  type Zoekvraag,
  zoektokensVoor,
} from '../../domain/persoon/zoektokens';
import type { Rol } from '../../domain/traject/gebeurtenissen';
import type { Afhankelijkheden } from '../poorten';
import { metTermijn, type TrajectRij } from './mijn-trajecten';
import { zoeksleutelsVoor } from './zoeksleutels';

/**
 * Input: gemeente, sub and rol of the caller, one search value (name words, phone, e-mail, date of birth or BSN).
 * Output: the matching cases of this gemeente as rows (as in "mijn trajecten"), at most `max`.
 *
 * Primary course:
 * 1. Only a consulent or teamleider searches.
 * 2. Normalise the value into its tokens (each word of a name as a prefix, cut at 12 letters) and hash each with
 *    the gemeente's key: the same keyed hashes the case wrote, so the index never sees the value.
 * 3. One Query per token on its index partition; the cases that carry every token; their rows in one BatchGet.
 * 4. A name word longer than the indexed prefix is checked on the row's name.
 * 5. Record the search as an audited read (the kind of value and the cases found, never the value), then answer.
 */
export async function zoekTraject(
  deps: Pick<Afhankelijkheden, 'consulent' | 'pseudoniem' | 'klok'>,
  o: { gemeente: string; sub: string; rol: Rol; vraag: Zoekvraag; max: number },
): Promise<{ items: TrajectRij[] }> {
  if (o.rol !== 'consulent' && o.rol !== 'teamleider') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', 'alleen een consulent of teamleider zoekt trajecten');
  }
  const tokens = zoektokensVoor(o.vraag);
  const sleutels = await zoeksleutelsVoor(deps.pseudoniem, o.gemeente, tokens);
  let rijen = await deps.consulent.zoek(o.gemeente, sleutels, o.max);
  if ('naam' in o.vraag && normaliseerNaam(o.vraag.naam).some((w) => w.length > MAX_PREFIX)) {
    const naam = o.vraag.naam;
    rijen = rijen.filter((r) => naamPastBij(r.naam, naam));
  }
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  return { items: rijen.map((r) => metTermijn(r, vandaag)) };
}
