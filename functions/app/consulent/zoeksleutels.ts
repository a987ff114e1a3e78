// Application layer: the keyed hashes of a person's search tokens (HMAC with the gemeente's key through the
// Pseudonimisering port; KMS GenerateMac in AWS), so the index holds no name, phone, e-mail or date in a key.
import { type Zoekbaar, zoektokensVan } from '../../domain/persoon/zoektokens';
import type { Pseudonimisering } from '../poorten';

export async function zoeksleutelsVan(p: Pseudonimisering, gemeente: string, zoekbaar: Zoekbaar): Promise<string[]> {
  return (await Promise.all(zoektokensVan(zoekbaar).map((t) => p.sleutel(gemeente, `zoek:${t}`)))).sort();
}

export async function zoeksleutelsVoor(p: Pseudonimisering, gemeente: string, tokens: string[]): Promise<string[]> {
  return Promise.all(tokens.map((t) => p.sleutel(gemeente, `zoek:${t}`)));
}
