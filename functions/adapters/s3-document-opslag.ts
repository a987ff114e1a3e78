// Secondary adapter: documents in S3, encrypted with the customer-managed key (bucket default).
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentOpslag } from '../app/poorten';
import { NietGevondenFout } from '../domain/fouten';

export class S3DocumentOpslag implements DocumentOpslag {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async bewaar(sleutel: string, inhoud: Uint8Array, contentType: string): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: sleutel, Body: inhoud, ContentType: contentType }),
    );
  }

  async haal(sleutel: string): Promise<Uint8Array> {
    const res = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: sleutel }));
    if (!res.Body) throw new NietGevondenFout('DOCUMENT_NIET_GEVONDEN', `geen document ${sleutel}`);
    return res.Body.transformToByteArray();
  }
}
