// Secondary adapter (PDF): renders a drawn-up beschikking as an A4 letter with pdfkit, fonts embedded from code.
import PDFDocument from 'pdfkit';
import { type BeschikkingInhoud, datumVoluit, type Grondslag } from '../../domain/beschikking/beschikking';
import { LIBERATION_SANS_BOLD_BASE64, LIBERATION_SANS_REGULAR_BASE64 } from './liberation-sans';

type Doc = PDFKit.PDFDocument;

const MM = 72 / 25.4;
const MARGE = Math.round(20 * MM);
const TEKST = 'Tekst';
const VET = 'Vet';
const GROOTTE = { titel: 18, kop: 13, subkop: 11, tekst: 10.5, klein: 8.5 } as const;
const GRIJS = '#555555';
const LIJN = '#999999';
const TABELKOP = '#e6e6e6';

let lettertypen: { tekst: Uint8Array; vet: Uint8Array } | undefined;

/** Decoded once per process, on first use: a cold start that renders no PDF pays nothing. */
function laadLettertypen(): { tekst: Uint8Array; vet: Uint8Array } {
  lettertypen ??= {
    tekst: Uint8Array.from(Buffer.from(LIBERATION_SANS_REGULAR_BASE64, 'base64')),
    vet: Uint8Array.from(Buffer.from(LIBERATION_SANS_BOLD_BASE64, 'base64')),
  };
  return lettertypen;
}

/**
 * Renders the beschikking as a PDF (A4, headings, the plan, the process overview as tables, the bezwaarclausule,
 * "Pagina x van n" on every page).
 *
 * Only embedded TrueType fonts are used, never pdfkit's standard fonts (Helvetica…): pdfkit 0.20 loads those through
 * `createRequire(import.meta.url)('#standard-fonts/…')`, which esbuild cannot follow, so a bundled Lambda would
 * fail with "Cannot find module '#standard-fonts/Helvetica'". Embedded fonts also keep the letter readable the same
 * everywhere, and are what PDF/A (archiving) requires.
 */
export async function renderBeschikkingPdf(inhoud: BeschikkingInhoud): Promise<Uint8Array> {
  const { tekst, vet } = laadLettertypen();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGE, bottom: MARGE, left: MARGE, right: MARGE },
    // '' (falsy) skips pdfkit's default `font('Helvetica')` in the constructor: that would load a standard font.
    font: '',
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: `${inhoud.kop.onderwerp} (${inhoud.kop.kenmerk})`,
      Author: `Gemeente ${inhoud.kop.gemeente.naam}`,
      Subject: inhoud.soort === 'toelating' ? 'Beschikking schuldhulpverlening: toelating' : 'Beschikking: afwijzing',
    },
  });
  const klaar = verzamel(doc);
  doc.registerFont(TEKST, tekst);
  doc.registerFont(VET, vet);
  doc.addPage();
  doc.font(TEKST).fontSize(GROOTTE.tekst);

  schrijfKop(doc, inhoud);
  schrijfBesluit(doc, inhoud);
  if (inhoud.soort === 'toelating') {
    schrijfPlan(doc, inhoud);
    schrijfProcesoverzicht(doc, inhoud);
  }
  schrijfBezwaar(doc, inhoud);
  kop(doc, 'Tot slot', 'subkop');
  for (const regel of inhoud.afsluiting) alinea(doc, regel, 2);

  paginanummers(doc, inhoud.kop.kenmerk);
  doc.end();
  return klaar;
}

function verzamel(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const delen: Uint8Array[] = [];
    doc.on('data', (deel: Uint8Array) => delen.push(deel));
    doc.on('error', reject);
    doc.on('end', () => {
      const totaal = delen.reduce((n, d) => n + d.byteLength, 0);
      const uit = new Uint8Array(totaal);
      let plek = 0;
      for (const d of delen) {
        uit.set(d, plek);
        plek += d.byteLength;
      }
      resolve(uit);
    });
  });
}

// ── layout helpers ────────────────────────────────────────────────────────────────────────────────────────────────

function breedte(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function onderkant(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when less than `hoogte` points are left, so a heading never ends up alone at the bottom. */
function ruimte(doc: Doc, hoogte: number): void {
  if (doc.y + hoogte > onderkant(doc)) doc.addPage();
}

function kop(doc: Doc, tekst: string, niveau: 'titel' | 'kop' | 'subkop'): void {
  const grootte = GROOTTE[niveau];
  ruimte(doc, grootte * 4);
  doc.moveDown(niveau === 'subkop' ? 0.4 : 0.8);
  doc.x = doc.page.margins.left;
  doc
    .font(VET)
    .fontSize(grootte)
    .fillColor('black')
    .text(tekst, { width: breedte(doc) });
  doc.moveDown(0.25);
  doc.font(TEKST).fontSize(GROOTTE.tekst);
}

function alinea(doc: Doc, tekst: string, ruimteNa = 4): void {
  doc.x = doc.page.margins.left;
  doc.font(TEKST).fontSize(GROOTTE.tekst).fillColor('black');
  doc.text(tekst, { width: breedte(doc), lineGap: 2, paragraphGap: ruimteNa });
}

function opsomming(doc: Doc, punten: readonly string[]): void {
  const links = doc.page.margins.left;
  const inspringing = 14;
  doc.font(TEKST).fontSize(GROOTTE.tekst).fillColor('black');
  for (const punt of punten) {
    const hoogte = doc.heightOfString(punt, { width: breedte(doc) - inspringing, lineGap: 2 });
    ruimte(doc, Math.min(hoogte, 40));
    const y = doc.y;
    doc.text('•', links + 3, y, { lineBreak: false });
    doc.text(punt, links + inspringing, y, { width: breedte(doc) - inspringing, lineGap: 2, paragraphGap: 3 });
  }
  doc.x = links;
}

function grondslagen(doc: Doc, lijst: readonly Grondslag[]): void {
  const tekst = `Wettelijke grondslag: ${lijst.map((g) => `${g.regeling} artikel ${g.artikel}`).join('; ')}.`;
  doc.x = doc.page.margins.left;
  doc
    .font(TEKST)
    .fontSize(GROOTTE.klein)
    .fillColor(GRIJS)
    .text(tekst, { width: breedte(doc), paragraphGap: 4 });
  doc.font(TEKST).fontSize(GROOTTE.tekst).fillColor('black');
}

interface Kolom {
  titel: string;
  /** Share of the text width. */
  aandeel: number;
}

/** A table with a header row that repeats on every page the table runs onto. */
function tabel(doc: Doc, kolommen: readonly Kolom[], rijen: readonly (readonly string[])[]): void {
  const links = doc.page.margins.left;
  const totaal = breedte(doc);
  const breedtes = kolommen.map((k) => k.aandeel * totaal);
  const marge = 4;

  const rijHoogte = (cellen: readonly string[], font: string) => {
    doc.font(font).fontSize(GROOTTE.tekst);
    return (
      Math.max(...cellen.map((c, i) => doc.heightOfString(c, { width: (breedtes[i] ?? totaal) - 2 * marge }))) +
      2 * marge
    );
  };
  const tekenRij = (cellen: readonly string[], font: string, achtergrond?: string) => {
    const hoogte = rijHoogte(cellen, font);
    const y = doc.y;
    if (achtergrond) doc.rect(links, y, totaal, hoogte).fill(achtergrond);
    let x = links;
    doc.font(font).fontSize(GROOTTE.tekst).fillColor('black');
    cellen.forEach((cel, i) => {
      const b = breedtes[i] ?? 0;
      doc.text(cel, x + marge, y + marge, { width: b - 2 * marge });
      x += b;
    });
    doc
      .moveTo(links, y + hoogte)
      .lineTo(links + totaal, y + hoogte)
      .lineWidth(0.5)
      .strokeColor(LIJN)
      .stroke();
    doc.x = links;
    doc.y = y + hoogte;
  };
  const koppen = kolommen.map((k) => k.titel);

  ruimte(doc, rijHoogte(koppen, VET) + (rijen[0] ? rijHoogte(rijen[0], TEKST) : 0));
  tekenRij(koppen, VET, TABELKOP);
  for (const rij of rijen) {
    if (doc.y + rijHoogte(rij, TEKST) > onderkant(doc)) {
      doc.addPage();
      tekenRij(koppen, VET, TABELKOP);
    }
    tekenRij(rij, TEKST);
  }
  doc.moveDown(0.6);
}

/** "Pagina x van n" and the kenmerk in the bottom margin of every page. */
function paginanummers(doc: Doc, kenmerk: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const ondermarge = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(TEKST)
      .fontSize(GROOTTE.klein)
      .fillColor(GRIJS)
      .text(
        `Kenmerk ${kenmerk}  ·  Pagina ${i - start + 1} van ${count}`,
        doc.page.margins.left,
        doc.page.height - ondermarge / 2,
        {
          width: breedte(doc),
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = ondermarge;
  }
}

// ── sections ──────────────────────────────────────────────────────────────────────────────────────────────────────

function schrijfKop(doc: Doc, inhoud: BeschikkingInhoud): void {
  const k = inhoud.kop;
  const links = doc.page.margins.left;
  doc
    .font(VET)
    .fontSize(GROOTTE.titel)
    .text(`Gemeente ${k.gemeente.naam}`, links, doc.y, { width: breedte(doc) });
  doc
    .font(TEKST)
    .fontSize(GROOTTE.klein)
    .fillColor(GRIJS)
    .text(`Namens ${k.bestuursorgaan}`, { width: breedte(doc) });
  if (k.adres)
    doc.text([k.adres, k.telefoon ? `Telefoon ${k.telefoon}` : ''].filter(Boolean).join(' · '), {
      width: breedte(doc),
    });
  doc.fillColor('black').moveDown(1.2);
  const regels: [string, string][] = [
    ['Aan', k.aan],
    ['Datum', datumVoluit(k.datum)],
    ['Kenmerk', k.kenmerk],
    ['Behandeld door', k.behandeldDoor],
  ];
  for (const [label, waarde] of regels) {
    const y = doc.y;
    doc.font(VET).fontSize(GROOTTE.tekst).text(label, links, y, { width: 100 });
    doc.font(TEKST).text(waarde, links + 100, y, { width: breedte(doc) - 100 });
  }
  doc.x = links;
  kop(doc, k.onderwerp, 'kop');
  alinea(doc, inhoud.aanhef);
}

function schrijfBesluit(doc: Doc, inhoud: BeschikkingInhoud): void {
  const b = inhoud.besluit;
  kop(doc, 'Ons besluit', 'kop');
  alinea(doc, b.samenvatting);
  kop(doc, 'Waarom wij dit besluiten', 'subkop');
  for (const a of b.motivering.alinea) alinea(doc, a);
  if (b.motivering.gronden.length > 0) opsomming(doc, b.motivering.gronden);
  grondslagen(doc, b.motivering.grondslagen);
}

function schrijfPlan(doc: Doc, inhoud: Extract<BeschikkingInhoud, { soort: 'toelating' }>): void {
  const p = inhoud.planVanAanpak;
  kop(doc, 'Uw plan van aanpak', 'kop');
  kop(doc, 'Wat u wilt bereiken', 'subkop');
  alinea(doc, p.hulpvraag.inleiding);
  opsomming(doc, p.hulpvraag.doelen);

  kop(doc, 'Wat we gaan doen', 'subkop');
  alinea(doc, p.ondersteuning.inleiding);
  tabel(
    doc,
    [
      { titel: 'Wat', aandeel: 0.5 },
      { titel: 'Wie', aandeel: 0.2 },
      { titel: 'Klaar op', aandeel: 0.3 },
    ],
    p.ondersteuning.acties.map((a) => [a.wat, a.wie, datumVoluit(a.wanneer, true)]),
  );

  kop(doc, 'Organisaties die u helpen', 'subkop');
  alinea(doc, p.doorverwijzingen.inleiding);
  for (const d of p.doorverwijzingen.doelgroepen) {
    ruimte(doc, 40);
    doc
      .font(VET)
      .fontSize(GROOTTE.tekst)
      .text(d.doelgroep, doc.page.margins.left, doc.y, { width: breedte(doc) });
    opsomming(doc, [...d.aanbod, ...d.contacten.map((c) => `Contact: ${c}`)]);
  }

  kop(doc, 'Uw afspraken', 'subkop');
  alinea(doc, p.verplichtingen.inleiding);
  opsomming(doc, p.verplichtingen.punten);

  kop(doc, 'Geld om van te leven', 'subkop');
  alinea(doc, p.beslagvrijeVoet.tekst);
  grondslagen(doc, [p.grondslag, p.beslagvrijeVoet.grondslag]);

  const g = inhoud.begeleidingsplan;
  kop(doc, 'Uw begeleiding', 'kop');
  alinea(doc, g.inleiding);
  for (const m of g.modules) {
    ruimte(doc, 50);
    doc
      .font(VET)
      .fontSize(GROOTTE.tekst)
      .text(m.naam, doc.page.margins.left, doc.y, { width: breedte(doc) });
    alinea(doc, m.uitleg, 1);
    alinea(doc, `Waarom: ${m.waarom}`);
  }

  const n = inhoud.nazorgplan;
  kop(doc, 'Na uw traject: nazorg', 'kop');
  for (const a of n.alinea) alinea(doc, a);
  if (n.wat.length > 0) opsomming(doc, n.wat);
}

function schrijfProcesoverzicht(doc: Doc, inhoud: Extract<BeschikkingInhoud, { soort: 'toelating' }>): void {
  const o = inhoud.procesoverzicht;
  kop(doc, 'Wat gebeurt er wanneer?', 'kop');
  alinea(doc, o.inleiding);
  tabel(
    doc,
    [
      { titel: 'Stap', aandeel: 0.3 },
      { titel: 'Uiterlijk op', aandeel: 0.25 },
      { titel: 'Wat gebeurt er', aandeel: 0.45 },
    ],
    o.stappen.map((s) => [
      s.volgende ? `${s.stap} (volgende stap)` : s.stap,
      datumVoluit(s.deadline, true),
      s.omschrijving,
    ]),
  );
  kop(doc, 'Wanneer spreken we elkaar?', 'subkop');
  tabel(
    doc,
    [
      { titel: 'Datum', aandeel: 0.3 },
      { titel: 'Hoe', aandeel: 0.3 },
      { titel: 'Met wie', aandeel: 0.4 },
    ],
    o.contactmomenten.map((c) => [datumVoluit(c.datum, true), c.vormTekst, c.met]),
  );
}

function schrijfBezwaar(doc: Doc, inhoud: BeschikkingInhoud): void {
  const b = inhoud.bezwaarclausule;
  kop(doc, b.titel, 'kop');
  b.alinea.forEach((a, i) => {
    // Keep the line that introduces the list on the same page as the list.
    if (i === b.alinea.length - 1) ruimte(doc, 6 * GROOTTE.tekst * 1.5);
    alinea(doc, a);
  });
  opsomming(doc, b.inhoudBezwaarschrift);
  grondslagen(doc, b.grondslagen);
}
