// Test support: the text of a PDF, read back with pdfjs (one string per page, whitespace folded).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfTekst(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
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
