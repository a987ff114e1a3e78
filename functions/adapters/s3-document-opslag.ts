// Secondary adapter: documents in S3, encrypted with the customer-managed key (bucket default). PutObject and
// GetObject are one signed request each (aws-verzoek.ts): virtual-hosted addresses, or path-style under an
// endpoint override (AWS_ENDPOINT_URL_S3, a local S3).
import type { DocumentOpslag } from '../app/poorten';
import { NietGevondenFout } from '../domain/fouten';
import { type Antwoord, AwsFout, regio, uriCodeer, type VerzendOpties, verzend } from './aws-verzoek';
import { isFout } from './lui';

const S3 = { naam: 's3', sdkId: 'S3', xray: 'S3' } as const;

/** S3's REST errors: `<Error><Code>NoSuchKey</Code><Message>…</Message></Error>`, nothing on a HEAD. */
function s3Fout(a: Antwoord): AwsFout {
  const tekst = a.body.toString('utf8');
  const code = tekst.match(/<Code>([^<]+)<\/Code>/)?.[1] ?? (a.status === 404 ? 'NotFound' : `Http${a.status}`);
  return new AwsFout(code, tekst.match(/<Message>([^<]*)<\/Message>/)?.[1] ?? `S3 answered ${a.status}`, a.status);
}

export class S3DocumentOpslag implements DocumentOpslag {
  constructor(
    private readonly bucket: string,
    private readonly opties?: VerzendOpties,
  ) {}

  private url(sleutel: string): string {
    const pad = uriCodeer(sleutel, true);
    const override = this.opties?.eindpunt ?? process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
    return override
      ? `${override.replace(/\/$/, '')}/${this.bucket}/${pad}`
      : `https://${this.bucket}.s3.${regio()}.amazonaws.com/${pad}`;
  }

  async bewaar(sleutel: string, inhoud: Uint8Array, contentType: string): Promise<void> {
    await verzend(
      S3,
      'PutObject',
      { methode: 'PUT', url: this.url(sleutel), headers: { 'content-type': contentType }, body: inhoud },
      s3Fout,
      this.opties,
    );
  }

  async haal(sleutel: string): Promise<Uint8Array> {
    try {
      const a = await verzend(
        S3,
        'GetObject',
        { methode: 'GET', url: this.url(sleutel), headers: {}, body: new Uint8Array() },
        s3Fout,
        this.opties,
      );
      return new Uint8Array(a.body);
    } catch (e) {
      if (isFout(e, 'NoSuchKey')) throw new NietGevondenFout('DOCUMENT_NIET_GEVONDEN', `geen document ${sleutel}`);
      throw e;
    }
  }
}
