import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBeschikkingPdf } from '../../../functions/adapters/pdf/beschikking-pdf';
import { breekAf, tekstBreedte, winAnsi } from '../../../functions/adapters/pdf/pdf-document';
import { datumVoluit, stelBeschikkingOp } from '../../../functions/domain/beschikking/beschikking';
import { pdfTekst } from '../../support/pdf';
import { voorbeeldAfwijzing, voorbeeldToelating } from './voorbeeld';

const voerUit = promisify(execFile);

/** The text of every page (test/support/pdf.ts), and all of it as one string. */
async function tekstVan(pdf: Uint8Array): Promise<{ paginas: number; tekst: string; perPagina: string[] }> {
  const perPagina = await pdfTekst(pdf);
  return { paginas: perPagina.length, tekst: perPagina.join(' '), perPagina };
}

function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
}

describe('renderBeschikkingPdf', () => {
  it('renders a toelating that opens and shows the doelen, acties, deadlines, contact moments and bezwaar clause', async () => {
    // Prepare
    const inhoud = stelBeschikkingOp(voorbeeldToelating());
    if (inhoud.soort !== 'toelating') throw new Error('verwacht een toelating');

    // Act
    const pdf = await renderBeschikkingPdf(inhoud);

    // Assess
    expect(isPdf(pdf)).toBe(true);
    const { tekst, paginas, perPagina } = await tekstVan(pdf);
    expect(tekst).toContain('Gemeente Utrecht');
    expect(tekst).toContain('Daniëlle de Vries');
    expect(tekst).toContain('SHV-2024-000123');
    for (const doel of inhoud.planVanAanpak.hulpvraag.doelen) expect(tekst).toContain(doel);
    for (const actie of inhoud.planVanAanpak.ondersteuning.acties) {
      expect(tekst).toContain(actie.wat);
      expect(tekst).toContain(datumVoluit(actie.wanneer, true));
    }
    for (const stap of inhoud.procesoverzicht.stappen) {
      expect(tekst).toContain(stap.stap);
      expect(tekst).toContain(datumVoluit(stap.deadline, true));
    }
    for (const contact of inhoud.procesoverzicht.contactmomenten) {
      expect(tekst).toContain(`${datumVoluit(contact.datum, true)} ${contact.vormTekst} ${contact.met}`);
    }
    expect(tekst).toContain('beslagvrije voet');
    expect(tekst).toContain('Budgetcoaching');
    expect(tekst).toContain('6 maanden');
    expect(tekst).toContain('Bent u het niet eens met dit besluit?');
    expect(tekst).toContain('zes weken');
    expect(tekst).toContain('vrijdag 12 april 2024');
    expect(perPagina.at(-1)).toContain(`Pagina ${paginas} van ${paginas}`);
    expect(perPagina[0]).toContain(`Pagina 1 van ${paginas}`);
  });

  it('renders an afwijzing with its gronden and the bezwaar clause, without a plan', async () => {
    // Prepare
    const inhoud = stelBeschikkingOp(voorbeeldAfwijzing());

    // Act
    const pdf = await renderBeschikkingPdf(inhoud);

    // Assess
    const { tekst } = await tekstVan(pdf);
    expect(tekst).toContain('U woont niet in de gemeente Utrecht.');
    expect(tekst).toContain('zes weken');
    expect(tekst).not.toContain('Uw plan van aanpak');
    expect(tekst).not.toContain('Wat gebeurt er wanneer?');
  });

  it('writes a PDF 1.4 whose xref offsets point at their objects, with the two standard fonts in WinAnsi', async () => {
    // Prepare
    const pdf = await renderBeschikkingPdf(stelBeschikkingOp(voorbeeldToelating()));
    const tekst = Buffer.from(pdf).toString('latin1');

    // Act
    const startxref = Number(tekst.match(/startxref\n(\d+)\n%%EOF\n$/)?.[1]);
    const [kop, ...regels] = tekst.slice(startxref).split('\n');
    const [, aantal] = (regels[0] ?? '').split(' ').map(Number);

    // Assess
    expect(tekst.startsWith('%PDF-1.4\n')).toBe(true);
    expect(kop).toBe('xref');
    for (let n = 1; n < (aantal ?? 0); n++) {
      const offset = Number(regels[1 + n]?.slice(0, 10));
      expect(tekst.slice(offset, offset + `${n} 0 obj`.length)).toBe(`${n} 0 obj`);
    }
    expect(tekst).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(tekst).toContain('/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding');
    expect(tekst).not.toContain('/FontFile');
  });

  it('keeps Dutch letters in WinAnsi and wraps on the Helvetica widths', () => {
    // Act and Assess: ë is 0xEB, é 0xE9, the euro sign 0x80, a letter outside WinAnsi loses only its accent
    expect(winAnsi('Daniëlle één €')).toEqual(
      [...'Dani', 0xeb, ...'lle ', 0xe9, 0xe9, 'n'.charCodeAt(0), 32, 0x80].map((c) =>
        typeof c === 'string' ? c.charCodeAt(0) : c,
      ),
    );
    expect(winAnsi('Łukasz Şahin')[1]).toBe('u'.charCodeAt(0));
    expect(winAnsi('Şahin')[0]).toBe('S'.charCodeAt(0));
    // Helvetica AFM: H 722, e 556, l 222, o 556 per 1000 em
    expect(tekstBreedte('Hello', 'Helvetica', 10)).toBeCloseTo(22.78, 2);
    const regels = breekAf('een twee drie vier vijf zes zeven acht negen tien', 'Helvetica', 10, 60);
    expect(regels.length).toBeGreaterThan(1);
    for (const r of regels) expect(tekstBreedte(r, 'Helvetica', 10)).toBeLessThanOrEqual(60);
    expect(regels.join(' ')).toBe('een twee drie vier vijf zes zeven acht negen tien');
  });

  describe('bundled with esbuild into one ESM file, as for Lambda', () => {
    let map: string;
    let bundel: string;
    let grootte: number;

    beforeAll(async () => {
      // Prepare: bundle into a temp dir far from node_modules, with the options of the Lambda construct
      map = await mkdtemp(join(tmpdir(), 'beschikking-bundel-'));
      bundel = join(map, 'index.mjs');
      const resultaat = await esbuild.build({
        entryPoints: [fileURLToPath(new URL('./bundel-ingang.ts', import.meta.url))],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        minify: true,
        banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
        write: false,
        logLevel: 'silent',
      });
      const uitvoer = resultaat.outputFiles[0];
      if (!uitvoer) throw new Error('esbuild gaf geen uitvoer');
      grootte = uitvoer.contents.byteLength;
      await writeFile(bundel, uitvoer.contents);
    }, 60_000);

    afterAll(async () => {
      await rm(map, { recursive: true, force: true });
    });

    it('runs in a child process without node_modules and still produces a readable PDF', async () => {
      // Act
      const { stdout } = await voerUit(process.execPath, [bundel], { cwd: map, maxBuffer: 20 * 1024 * 1024 });

      // Assess
      const pdf = new Uint8Array(Buffer.from(stdout, 'base64'));
      expect(isPdf(pdf)).toBe(true);
      const { tekst } = await tekstVan(pdf);
      expect(tekst).toContain('Ik wil mijn huis houden.');
      expect(tekst).toContain('zes weken');
    }, 60_000);

    it('bundles the renderer with the domain it needs far below the 150 kB goal: no PDF library, no fonts', () => {
      // Assess: pdfkit, fontkit and the two embedded fonts made this 1.4 MB; the writer is about 11 kB of it now.
      console.info(`beschikking bundle: ${(grootte / 1000).toFixed(1)} kB minified`);
      expect(grootte).toBeLessThan(150_000);
    });
  });
});
