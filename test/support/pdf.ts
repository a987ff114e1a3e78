// Test support: the text of a PDF, read back with pdfjs (one string per page, whitespace folded).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The beschikking uses the standard fonts without embedding them (as PDF readers supply them); pdfjs reads their
// metrics from its own standard_fonts folder.
const STANDAARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

export async function pdfTekst(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({
    data: pdf.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: STANDAARD_FONTS,
  }).promise;
  const paginas: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const inhoud = await (await doc.getPage(n)).getTextContent();
    paginas.push(
      inhoud.items
        .map((i) => ('str' in i ? i.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await doc.destroy();
  return paginas;
}
