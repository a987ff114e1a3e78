// Secondary adapter: keyed hash by an HMAC key in KMS; the key material never leaves KMS.
import type { KMSClient } from '@aws-sdk/client-kms';
import type { Pseudonimisering } from '../app/poorten';
import { getraceerd } from './getraceerd';
import { lui } from './lui';

const sdk = lui(() => import('@aws-sdk/client-kms'));

export class KmsPseudonimisering implements Pseudonimisering {
  private readonly client = lui(async (): Promise<KMSClient> => getraceerd(new (await sdk()).KMSClient({})));

  constructor(private readonly sleutelId: string) {}

  async sleutel(gemeente: string, waarde: string): Promise<string> {
    const [{ GenerateMacCommand }, client] = await Promise.all([sdk(), this.client()]);
    const res = await client.send(
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
