// Secondary adapter: keyed hash by an HMAC key in KMS; the key material never leaves KMS.
import { GenerateMacCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { Pseudonimisering } from '../app/poorten';

export class KmsPseudonimisering implements Pseudonimisering {
  constructor(
    private readonly kms: KMSClient,
    private readonly sleutelId: string,
  ) {}

  async sleutel(gemeente: string, waarde: string): Promise<string> {
    const res = await this.kms.send(
      new GenerateMacCommand({
        KeyId: this.sleutelId,
        MacAlgorithm: 'HMAC_SHA_256',
        Message: new TextEncoder().encode(`${gemeente}|${waarde}`),
      }),
    );
    if (!res.Mac) throw new Error('KMS GenerateMac answered without a MAC');
    return Buffer.from(res.Mac).toString('base64url');
  }
}
