// Secondary adapter: keyed hash with a key held in the process (the local runtime and tests; AWS uses KMS).
import { createHmac } from 'node:crypto';
import type { Pseudonimisering } from '../app/poorten';

export class HmacPseudonimisering implements Pseudonimisering {
  constructor(private readonly sleutelMateriaal: Buffer) {}

  async sleutel(gemeente: string, waarde: string): Promise<string> {
    return createHmac('sha256', this.sleutelMateriaal).update(`${gemeente}|${waarde}`).digest('base64url');
  }
}
