// Secondary adapter (PDF): a small PDF 1.4 writer for text letters. Only the standard Type 1 fonts Helvetica and
// Helvetica-Bold with WinAnsiEncoding (every PDF reader has them, so nothing is embedded), filled rectangles, lines,
// and word wrapping on the fonts' AFM widths. Coordinates are in points from the top left, as on paper; the writer
// turns them into PDF's bottom-left system. Content streams are deflated; the xref table holds the real offsets.
import { deflateSync } from 'node:zlib';
import { HELVETICA, HELVETICA_BOLD } from './helvetica-breedtes';

export type Lettertype = 'Helvetica' | 'Helvetica-Bold';
/** RGB, each 0–1. */
export type Kleur = readonly [number, number, number];

export const A4 = { breedte: 595.28, hoogte: 841.89 } as const;

/** Helvetica's ascender and line height (bounding box height) in 1/1000 em, as in its AFM. */
const ASCENDER = 718;
const REGELHOOGTE = 1156;

const BREEDTES: Record<Lettertype, readonly number[]> = { Helvetica: HELVETICA, 'Helvetica-Bold': HELVETICA_BOLD };
const RESOURCE: Record<Lettertype, string> = { Helvetica: 'F1', 'Helvetica-Bold': 'F2' };

/** The code points WinAnsiEncoding (cp1252) puts in 128–159; 160–255 equal Latin-1. */
const WIN_ANSI_80: Record<number, number> = {
  8364: 128,
  8218: 130,
  402: 131,
  8222: 132,
  8230: 133,
  8224: 134,
  8225: 135,
  710: 136,
  8240: 137,
  352: 138,
  8249: 139,
  338: 140,
  381: 142,
  8216: 145,
  8217: 146,
  8220: 147,
  8221: 148,
  8226: 149,
  8211: 150,
  8212: 151,
  732: 152,
  8482: 153,
  353: 154,
  8250: 155,
  339: 156,
  382: 158,
  376: 159,
};

function codeVan(teken: string): number | undefined {
  const c = teken.codePointAt(0) ?? 0;
  if (c >= 32 && c < 127) return c;
  if (c >= 160 && c <= 255) return c;
  if (c === 0x2011 || c === 0x2010) return 45; // non-breaking and plain hyphen
  if (c === 0x202f) return 160; // narrow no-break space
  return WIN_ANSI_80[c];
}

/**
 * The WinAnsi codes of a text. Dutch (ë, é, ï, ĳ as ij) is all in WinAnsi; a letter outside it (ł, ş, ő in a
 * name) loses its accent (NFD without the combining marks), and what is still outside becomes '?'.
 */
export function winAnsi(tekst: string): number[] {
  const codes: number[] = [];
  for (const teken of tekst.replace(/\t/g, ' ')) {
    const code = codeVan(teken);
    if (code !== undefined) {
      codes.push(code);
      continue;
    }
    const kaal = teken.normalize('NFKD').replace(/\p{M}/gu, '');
    const vervangen = [...kaal].map(codeVan);
    if (kaal.length > 0 && vervangen.every((v) => v !== undefined)) codes.push(...(vervangen as number[]));
    else codes.push(63);
  }
  return codes;
}

export function tekstBreedte(tekst: string, font: Lettertype, grootte: number): number {
  const tabel = BREEDTES[font];
  let som = 0;
  for (const code of winAnsi(tekst)) som += tabel[code - 32] ?? 0;
  return (som * grootte) / 1000;
}

export function regelHoogte(grootte: number): number {
  return (REGELHOOGTE * grootte) / 1000;
}

/** Breaks a text into lines no wider than `breedte` at spaces (a newline always breaks; a word wider than a line is
 * cut where it no longer fits). */
export function breekAf(tekst: string, font: Lettertype, grootte: number, breedte: number): string[] {
  const regels: string[] = [];
  const spatie = tekstBreedte(' ', font, grootte);
  for (const alinea of tekst.split('\n')) {
    let regel = '';
    let regelBreedte = 0;
    for (const woord of alinea.split(' ').filter((w) => w !== '')) {
      let w = tekstBreedte(woord, font, grootte);
      if (regel !== '' && regelBreedte + spatie + w <= breedte) {
        regel += ` ${woord}`;
        regelBreedte += spatie + w;
        continue;
      }
      if (regel !== '') regels.push(regel);
      let rest = woord;
      while (w > breedte && rest.length > 1) {
        let n = rest.length - 1;
        while (n > 1 && tekstBreedte(rest.slice(0, n), font, grootte) > breedte) n--;
        regels.push(rest.slice(0, n));
        rest = rest.slice(n);
        w = tekstBreedte(rest, font, grootte);
      }
      regel = rest;
      regelBreedte = w;
    }
    regels.push(regel);
  }
  return regels;
}

/** A PDF string literal in WinAnsi, bytes above 126 as octal escapes so the file stays 7-bit. */
function pdfString(tekst: string): string {
  let uit = '(';
  for (const code of winAnsi(tekst)) {
    if (code === 40 || code === 41 || code === 92) uit += `\\${String.fromCharCode(code)}`;
    else if (code > 126) uit += `\\${code.toString(8).padStart(3, '0')}`;
    else uit += String.fromCharCode(code);
  }
  return `${uit})`;
}

/** A text string outside content streams (the document information): UTF-16BE with a byte order mark. */
function pdfTekstString(tekst: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < tekst.length; i++) hex += tekst.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const getal = (n: number) => (Math.round(n * 100) / 100).toString();
const kleur = (k: Kleur) => k.map(getal).join(' ');

export interface Documentinformatie {
  titel: string;
  auteur: string;
  onderwerp: string;
  /** BCP 47, e.g. nl-NL. */
  taal: string;
}

export class PdfDocument {
  private readonly paginas: string[][] = [];
  private huidig = -1;

  get aantalPaginas(): number {
    return this.paginas.length;
  }

  nieuwePagina(): void {
    this.paginas.push([]);
    this.huidig = this.paginas.length - 1;
  }

  naarPagina(index: number): void {
    if (index < 0 || index >= this.paginas.length) throw new RangeError(`no page ${index}`);
    this.huidig = index;
  }

  private get inhoud(): string[] {
    const p = this.paginas[this.huidig];
    if (!p) throw new Error('no page: call nieuwePagina() first');
    return p;
  }

  /** One line of text whose line box starts at `y` (top-down); the baseline lies an ascender lower. */
  tekst(x: number, y: number, tekst: string, font: Lettertype, grootte: number, k: Kleur = [0, 0, 0]): void {
    const basis = A4.hoogte - y - (ASCENDER * grootte) / 1000;
    this.inhoud.push(
      `BT /${RESOURCE[font]} ${getal(grootte)} Tf ${kleur(k)} rg ${getal(x)} ${getal(basis)} Td ${pdfString(tekst)} Tj ET`,
    );
  }

  vlak(x: number, y: number, breedte: number, hoogte: number, k: Kleur): void {
    this.inhoud.push(
      `${kleur(k)} rg ${getal(x)} ${getal(A4.hoogte - y - hoogte)} ${getal(breedte)} ${getal(hoogte)} re f`,
    );
  }

  lijn(x1: number, y1: number, x2: number, y2: number, dikte: number, k: Kleur): void {
    this.inhoud.push(
      `${getal(dikte)} w ${kleur(k)} RG ${getal(x1)} ${getal(A4.hoogte - y1)} m ${getal(x2)} ${getal(A4.hoogte - y2)} l S`,
    );
  }

  /** The file: catalog, page tree, two fonts, the pages with their deflated content, the information dictionary. */
  bytes(info: Documentinformatie): Uint8Array {
    const objecten: (string | [string, Uint8Array])[] = [];
    const nieuw = (o: string | [string, Uint8Array]) => objecten.push(o);
    const n = this.paginas.length;
    // 1 catalog, 2 pages, 3-4 fonts, then per page its page object and content stream, then the information.
    const paginaObject = (i: number) => 5 + 2 * i;
    const infoObject = 5 + 2 * n;
    nieuw(
      `<< /Type /Catalog /Pages 2 0 R /Lang ${pdfTekstString(info.taal)} /ViewerPreferences << /DisplayDocTitle true >> >>`,
    );
    nieuw(`<< /Type /Pages /Count ${n} /Kids [${this.paginas.map((_, i) => `${paginaObject(i)} 0 R`).join(' ')}] >>`);
    nieuw('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
    nieuw('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
    this.paginas.forEach((inhoud, i) => {
      nieuw(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.breedte} ${A4.hoogte}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${paginaObject(i) + 1} 0 R >>`,
      );
      const stroom = deflateSync(Buffer.from(inhoud.join('\n'), 'latin1'));
      nieuw([`<< /Length ${stroom.byteLength} /Filter /FlateDecode >>`, stroom]);
    });
    nieuw(
      `<< /Title ${pdfTekstString(info.titel)} /Author ${pdfTekstString(info.auteur)} /Subject ${pdfTekstString(info.onderwerp)} /Producer (schuldhulp-flow) >>`,
    );

    const delen: Uint8Array[] = [];
    let plek = 0;
    const schrijf = (d: string | Uint8Array) => {
      const b = typeof d === 'string' ? Buffer.from(d, 'latin1') : d;
      delen.push(b);
      plek += b.byteLength;
    };
    // A binary comment line tells transfer programs the file is binary (PDF 1.4, 7.5.2).
    schrijf('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
    const offsets: number[] = [];
    objecten.forEach((o, i) => {
      offsets.push(plek);
      if (typeof o === 'string') schrijf(`${i + 1} 0 obj\n${o}\nendobj\n`);
      else {
        schrijf(`${i + 1} 0 obj\n${o[0]}\nstream\n`);
        schrijf(o[1]);
        schrijf('\nendstream\nendobj\n');
      }
    });
    const xref = plek;
    // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n/f, space, newline.
    schrijf(`xref\n0 ${objecten.length + 1}\n0000000000 65535 f \n`);
    for (const o of offsets) schrijf(`${o.toString().padStart(10, '0')} 00000 n \n`);
    schrijf(
      `trailer\n<< /Size ${objecten.length + 1} /Root 1 0 R /Info ${infoObject} 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    );
    // A plain Uint8Array (the port's type), not a Buffer from Node's shared pool.
    const uit = new Uint8Array(plek);
    let i = 0;
    for (const d of delen) {
      uit.set(d, i);
      i += d.byteLength;
    }
    return uit;
  }
}
