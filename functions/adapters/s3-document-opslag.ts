// Secondary adapter: documents in S3, encrypted with the customer-managed key (bucket default).
import type { S3Client } from '@aws-sdk/client-s3';
import type { DocumentOpslag } from '../app/poorten';
import { NietGevondenFout } from '../domain/fouten';
import { getraceerd } from './getraceerd';
import { isFout, lui } from './lui';

const sdk = lui(() => import('@aws-sdk/client-s3'));

export class S3DocumentOpslag implements DocumentOpslag {
  private readonly client = lui(async (): Promise<S3Client> => getraceerd(new (await sdk()).S3Client({})));

  constructor(private readonly bucket: string) {}

  async bewaar(sleutel: string, inhoud: Uint8Array, contentType: string): Promise<void> {
    const [{ PutObjectCommand }, client] = await Promise.all([sdk(), this.client()]);
    await client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: sleutel, Body: inhoud, ContentType: contentType }),
    );
  }

  async haal(sleutel: string): Promise<Uint8Array> {
    const [{ GetObjectCommand }, client] = await Promise.all([sdk(), this.client()]);
    try {
      const res = await client.send(new GetObjectCommand({ Bucket: this.bucket, Key: sleutel }));
      if (!res.Body) throw new NietGevondenFout('DOCUMENT_NIET_GEVONDEN', `geen document ${sleutel}`);
      return await res.Body.transformToByteArray();
    } catch (e) {
      if (isFout(e, 'NoSuchKey')) throw new NietGevondenFout('DOCUMENT_NIET_GEVONDEN', `geen document ${sleutel}`);
      throw e;
    }
  }
}
