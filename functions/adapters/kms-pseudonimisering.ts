// Secondary adapter: keyed hash by an HMAC key in KMS (GenerateMac, through aws-verzoek.ts); the key material never
// leaves KMS.
import type { Pseudonimisering } from '../app/poorten';
import { awsJson, type VerzendOpties } from './aws-verzoek';

const KMS = { naam: 'kms', sdkId: 'KMS', xray: 'KMS', prefix: 'TrentService', jsonVersie: '1.1' } as const;

export class KmsPseudonimisering implements Pseudonimisering {
  constructor(
    private readonly sleutelId: string,
    private readonly opties?: VerzendOpties,
  ) {}

  async sleutel(gemeente: string, waarde: string): Promise<string> {
    const res = await awsJson<{ Mac?: string }>(
      KMS,
      'GenerateMac',
      {
        KeyId: this.sleutelId,
        MacAlgorithm: 'HMAC_SHA_256',
        Message: Buffer.from(`${gemeente}|${waarde}`, 'utf8').toString('base64'),
      },
      this.opties,
    );
    if (!res.Mac) throw new Error('KMS GenerateMac answered without a MAC');
    return Buffer.from(res.Mac, 'base64').toString('base64url');
  }
}
