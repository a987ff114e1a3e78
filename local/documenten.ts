// Local runtime: the document store on disk (npm start) or in memory (tests), behind the port S3 implements in AWS.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { DocumentOpslag } from '../functions/app/poorten';
import { NietGevondenFout } from '../functions/domain/fouten';

export class LokaleDocumentOpslag implements DocumentOpslag {
  private readonly geheugen = new Map<string, Uint8Array>();

  constructor(private readonly map?: string) {}

  async bewaar(sleutel: string, inhoud: Uint8Array): Promise<void> {
    if (!this.map) {
      this.geheugen.set(sleutel, inhoud);
      return;
    }
    const pad = this.pad(sleutel);
    await mkdir(dirname(pad), { recursive: true });
    await writeFile(pad, inhoud, { mode: 0o600 });
  }

  async haal(sleutel: string): Promise<Uint8Array> {
    const inhoud = this.map ? await readFile(this.pad(sleutel)).catch(() => undefined) : this.geheugen.get(sleutel);
    if (!inhoud) throw new NietGevondenFout('DOCUMENT_NIET_GEVONDEN', `geen document ${sleutel}`);
    return inhoud;
  }

  private pad(sleutel: string): string {
    const pad = normalize(join(this.map ?? '', sleutel));
    if (!pad.startsWith(normalize(this.map ?? ''))) throw new Error(`document key leaves the folder: ${sleutel}`);
    return pad;
  }
}
