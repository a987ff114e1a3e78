// Secondary adapter (PDF): renders a drawn-up beschikking as an A4 letter with the small PDF writer beside it
// (pdf-document.ts): the standard fonts Helvetica and Helvetica-Bold, nothing embedded, no PDF library.
import type { BeschikkingInhoud, Grondslag } from '../../domain/beschikking/beschikking';
import { datumVoluit } from '../../domain/beschikking/datum-voluit';
import { A4, breekAf, type Kleur, type Lettertype, PdfDocument, regelHoogte, tekstBreedte } from './pdf-document';

const MM = 72 / 25.4;
const MARGE = Math.round(20 * MM);
const TEKST: Lettertype = 'Helvetica';
const VET: Lettertype = 'Helvetica-Bold';
const GROOTTE = { titel: 18, kop: 13, subkop: 11, tekst: 10.5, klein: 8.5 } as const;
const ZWART: Kleur = [0, 0, 0];
const GRIJS: Kleur = [0x55 / 255, 0x55 / 255, 0x55 / 255];
const LIJN: Kleur = [0x99 / 255, 0x99 / 255, 0x99 / 255];
const TABELKOP: Kleur = [0xe6 / 255, 0xe6 / 255, 0xe6 / 255];
const LINKS = MARGE;
const BREEDTE = A4.breedte - 2 * MARGE;
const ONDERKANT = A4.hoogte - MARGE;

interface Opmaak {
  font?: Lettertype;
  grootte?: number;
  kleur?: Kleur;
  /** Extra space between the lines of a paragraph. */
  regelruimte?: number;
  /** Space after the paragraph. */
  ruimteNa?: number;
}

/** A cursor on the pages: writes paragraphs top-down and starts a new page where the text reaches the margin. */
class Brief {
  readonly doc = new PdfDocument();
  y = MARGE;

  constructor() {
    this.doc.nieuwePagina();
  }

  nieuwePagina(): void {
    this.doc.nieuwePagina();
    this.y = MARGE;
  }

  /** Starts a new page when less than `hoogte` points are left, so a heading never ends up alone at the bottom. */
  ruimte(hoogte: number): void {
    if (this.y + hoogte > ONDERKANT) this.nieuwePagina();
  }

  /** Moves down by `regels` lines of the given size (pdfkit's moveDown). */
  omlaag(regels: number, grootte: number = GROOTTE.tekst): void {
    this.y += regels * regelHoogte(grootte);
  }

  hoogteVan(tekst: string, breedte: number, o: Opmaak = {}): number {
    const grootte = o.grootte ?? GROOTTE.tekst;
    const n = breekAf(tekst, o.font ?? TEKST, grootte, breedte).length;
    return n * (regelHoogte(grootte) + (o.regelruimte ?? 0));
  }

  /** A wrapped paragraph at `x`, continuing on a new page where it reaches the bottom margin. */
  alinea(tekst: string, x = LINKS, breedte = BREEDTE, o: Opmaak = {}): void {
    const font = o.font ?? TEKST;
    const grootte = o.grootte ?? GROOTTE.tekst;
    const stap = regelHoogte(grootte) + (o.regelruimte ?? 0);
    for (const regel of breekAf(tekst, font, grootte, breedte)) {
      if (this.y + regelHoogte(grootte) > ONDERKANT) this.nieuwePagina();
      if (regel !== '') this.doc.tekst(x, this.y, regel, font, grootte, o.kleur ?? ZWART);
      this.y += stap;
    }
    this.y += o.ruimteNa ?? 0;
  }

  /** Wrapped lines at a fixed place, without moving the cursor or breaking pages (table cells). */
  blok(tekst: string, x: number, y: number, breedte: number, font: Lettertype, grootte: number): void {
    breekAf(tekst, font, grootte, breedte).forEach((regel, i) => {
      if (regel !== '') this.doc.tekst(x, y + i * regelHoogte(grootte), regel, font, grootte);
    });
  }
}

/**
 * Renders the beschikking as a PDF (A4, headings, the plan, the process overview as tables, the bezwaarclausule,
 * "Pagina x van n" on every page).
 *
 * The standard fonts need no embedding: every PDF reader carries Helvetica (or a metric-compatible substitute such
 * as Liberation Sans), and WinAnsiEncoding covers Dutch. That keeps the function's bundle at a few kB instead of
 * pdfkit, fontkit and two embedded fonts (1.4 MB, about 200 ms of init). The price: not PDF/A, which requires
 * embedded fonts; an archived copy would be converted by the archive (e-Depot) or rendered with embedded fonts then.
 */
export async function renderBeschikkingPdf(inhoud: BeschikkingInhoud): Promise<Uint8Array> {
  const b = new Brief();
  schrijfKop(b, inhoud);
  schrijfBesluit(b, inhoud);
  if (inhoud.soort === 'toelating') {
    schrijfPlan(b, inhoud);
    schrijfProcesoverzicht(b, inhoud);
  }
  schrijfBezwaar(b, inhoud);
  kop(b, 'Tot slot', 'subkop');
  for (const regel of inhoud.afsluiting) alinea(b, regel, 2);

  paginanummers(b, inhoud.kop.kenmerk);
  return b.doc.bytes({
    titel: `${inhoud.kop.onderwerp} (${inhoud.kop.kenmerk})`,
    auteur: `Gemeente ${inhoud.kop.gemeente.naam}`,
    onderwerp: inhoud.soort === 'toelating' ? 'Beschikking schuldhulpverlening: toelating' : 'Beschikking: afwijzing',
    taal: 'nl-NL',
  });
}

// ── layout helpers ────────────────────────────────────────────────────────────────────────────────────────────────

function kop(b: Brief, tekst: string, niveau: 'titel' | 'kop' | 'subkop'): void {
  const grootte = GROOTTE[niveau];
  b.ruimte(grootte * 4);
  b.omlaag(niveau === 'subkop' ? 0.4 : 0.8);
  b.alinea(tekst, LINKS, BREEDTE, { font: VET, grootte });
  b.omlaag(0.25);
}

function alinea(b: Brief, tekst: string, ruimteNa = 4): void {
  b.alinea(tekst, LINKS, BREEDTE, { regelruimte: 2, ruimteNa });
}

function opsomming(b: Brief, punten: readonly string[]): void {
  const inspringing = 14;
  for (const punt of punten) {
    const hoogte = b.hoogteVan(punt, BREEDTE - inspringing, { regelruimte: 2 });
    b.ruimte(Math.min(hoogte, 40));
    b.doc.tekst(LINKS + 3, b.y, '•', TEKST, GROOTTE.tekst);
    b.alinea(punt, LINKS + inspringing, BREEDTE - inspringing, { regelruimte: 2, ruimteNa: 3 });
  }
}

function grondslagen(b: Brief, lijst: readonly Grondslag[]): void {
  const tekst = `Wettelijke grondslag: ${lijst.map((g) => `${g.regeling} artikel ${g.artikel}`).join('; ')}.`;
  b.alinea(tekst, LINKS, BREEDTE, { grootte: GROOTTE.klein, kleur: GRIJS, ruimteNa: 4 });
}

interface Kolom {
  titel: string;
  /** Share of the text width. */
  aandeel: number;
}

/** A table with a header row that repeats on every page the table runs onto. */
function tabel(b: Brief, kolommen: readonly Kolom[], rijen: readonly (readonly string[])[]): void {
  const breedtes = kolommen.map((k) => k.aandeel * BREEDTE);
  const marge = 4;
  const rijHoogte = (cellen: readonly string[], font: Lettertype) =>
    Math.max(...cellen.map((c, i) => b.hoogteVan(c, (breedtes[i] ?? BREEDTE) - 2 * marge, { font }))) + 2 * marge;
  const tekenRij = (cellen: readonly string[], font: Lettertype, achtergrond?: Kleur) => {
    const hoogte = rijHoogte(cellen, font);
    if (achtergrond) b.doc.vlak(LINKS, b.y, BREEDTE, hoogte, achtergrond);
    let x = LINKS;
    cellen.forEach((cel, i) => {
      const w = breedtes[i] ?? 0;
      b.blok(cel, x + marge, b.y + marge, w - 2 * marge, font, GROOTTE.tekst);
      x += w;
    });
    b.doc.lijn(LINKS, b.y + hoogte, LINKS + BREEDTE, b.y + hoogte, 0.5, LIJN);
    b.y += hoogte;
  };
  const koppen = kolommen.map((k) => k.titel);

  b.ruimte(rijHoogte(koppen, VET) + (rijen[0] ? rijHoogte(rijen[0], TEKST) : 0));
  tekenRij(koppen, VET, TABELKOP);
  for (const rij of rijen) {
    if (b.y + rijHoogte(rij, TEKST) > ONDERKANT) {
      b.nieuwePagina();
      tekenRij(koppen, VET, TABELKOP);
    }
    tekenRij(rij, TEKST);
  }
  b.omlaag(0.6);
}

/** "Pagina x van n" and the kenmerk, centred in the bottom margin of every page. */
function paginanummers(b: Brief, kenmerk: string): void {
  const n = b.doc.aantalPaginas;
  for (let i = 0; i < n; i++) {
    b.doc.naarPagina(i);
    const tekst = `Kenmerk ${kenmerk}  ·  Pagina ${i + 1} van ${n}`;
    const x = LINKS + (BREEDTE - tekstBreedte(tekst, TEKST, GROOTTE.klein)) / 2;
    b.doc.tekst(x, A4.hoogte - MARGE / 2, tekst, TEKST, GROOTTE.klein, GRIJS);
  }
}

// ── sections ──────────────────────────────────────────────────────────────────────────────────────────────────────

function schrijfKop(b: Brief, inhoud: BeschikkingInhoud): void {
  const k = inhoud.kop;
  b.alinea(`Gemeente ${k.gemeente.naam}`, LINKS, BREEDTE, { font: VET, grootte: GROOTTE.titel });
  const klein = { grootte: GROOTTE.klein, kleur: GRIJS };
  b.alinea(`Namens ${k.bestuursorgaan}`, LINKS, BREEDTE, klein);
  if (k.adres)
    b.alinea([k.adres, k.telefoon ? `Telefoon ${k.telefoon}` : ''].filter(Boolean).join(' · '), LINKS, BREEDTE, klein);
  b.omlaag(1.2, GROOTTE.klein);
  const regels: [string, string][] = [
    ['Aan', k.aan],
    ['Datum', datumVoluit(k.datum)],
    ['Kenmerk', k.kenmerk],
    ['Behandeld door', k.behandeldDoor],
  ];
  for (const [label, waarde] of regels) {
    const y = b.y;
    b.blok(label, LINKS, y, 100, VET, GROOTTE.tekst);
    b.alinea(waarde, LINKS + 100, BREEDTE - 100);
    b.y = Math.max(b.y, y + b.hoogteVan(label, 100, { font: VET }));
  }
  kop(b, k.onderwerp, 'kop');
  alinea(b, inhoud.aanhef);
}

function schrijfBesluit(b: Brief, inhoud: BeschikkingInhoud): void {
  const besluit = inhoud.besluit;
  kop(b, 'Ons besluit', 'kop');
  alinea(b, besluit.samenvatting);
  kop(b, 'Waarom wij dit besluiten', 'subkop');
  for (const a of besluit.motivering.alinea) alinea(b, a);
  if (besluit.motivering.gronden.length > 0) opsomming(b, besluit.motivering.gronden);
  grondslagen(b, besluit.motivering.grondslagen);
}

function tussenkop(b: Brief, tekst: string, ruimte: number): void {
  b.ruimte(ruimte);
  b.alinea(tekst, LINKS, BREEDTE, { font: VET });
}

function schrijfPlan(b: Brief, inhoud: Extract<BeschikkingInhoud, { soort: 'toelating' }>): void {
  const p = inhoud.planVanAanpak;
  kop(b, 'Uw plan van aanpak', 'kop');
  kop(b, 'Wat u wilt bereiken', 'subkop');
  alinea(b, p.hulpvraag.inleiding);
  opsomming(b, p.hulpvraag.doelen);

  kop(b, 'Wat we gaan doen', 'subkop');
  alinea(b, p.ondersteuning.inleiding);
  tabel(
    b,
    [
      { titel: 'Wat', aandeel: 0.5 },
      { titel: 'Wie', aandeel: 0.2 },
      { titel: 'Klaar op', aandeel: 0.3 },
    ],
    p.ondersteuning.acties.map((a) => [a.wat, a.wie, datumVoluit(a.wanneer, true)]),
  );

  kop(b, 'Organisaties die u helpen', 'subkop');
  alinea(b, p.doorverwijzingen.inleiding);
  for (const d of p.doorverwijzingen.doelgroepen) {
    tussenkop(b, d.doelgroep, 40);
    opsomming(b, [...d.aanbod, ...d.contacten.map((c) => `Contact: ${c}`)]);
  }

  kop(b, 'Uw afspraken', 'subkop');
  alinea(b, p.verplichtingen.inleiding);
  opsomming(b, p.verplichtingen.punten);

  kop(b, 'Geld om van te leven', 'subkop');
  alinea(b, p.beslagvrijeVoet.tekst);
  grondslagen(b, [p.grondslag, p.beslagvrijeVoet.grondslag]);

  const g = inhoud.begeleidingsplan;
  kop(b, 'Uw begeleiding', 'kop');
  alinea(b, g.inleiding);
  for (const m of g.modules) {
    tussenkop(b, m.naam, 50);
    alinea(b, m.uitleg, 1);
    alinea(b, `Waarom: ${m.waarom}`);
  }

  const n = inhoud.nazorgplan;
  kop(b, 'Na uw traject: nazorg', 'kop');
  for (const a of n.alinea) alinea(b, a);
  if (n.wat.length > 0) opsomming(b, n.wat);
}

function schrijfProcesoverzicht(b: Brief, inhoud: Extract<BeschikkingInhoud, { soort: 'toelating' }>): void {
  const o = inhoud.procesoverzicht;
  kop(b, 'Wat gebeurt er wanneer?', 'kop');
  alinea(b, o.inleiding);
  tabel(
    b,
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
  kop(b, 'Wanneer spreken we elkaar?', 'subkop');
  tabel(
    b,
    [
      { titel: 'Datum', aandeel: 0.3 },
      { titel: 'Hoe', aandeel: 0.3 },
      { titel: 'Met wie', aandeel: 0.4 },
    ],
    o.contactmomenten.map((c) => [datumVoluit(c.datum, true), c.vormTekst, c.met]),
  );
}

function schrijfBezwaar(b: Brief, inhoud: BeschikkingInhoud): void {
  const bz = inhoud.bezwaarclausule;
  kop(b, bz.titel, 'kop');
  bz.alinea.forEach((a, i) => {
    // Keep the line that introduces the list on the same page as the list.
    if (i === bz.alinea.length - 1) b.ruimte(6 * GROOTTE.tekst * 1.5);
    alinea(b, a);
  });
  opsomming(b, bz.inhoudBezwaarschrift);
  grondslagen(b, bz.grondslagen);
}
