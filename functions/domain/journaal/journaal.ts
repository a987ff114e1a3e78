// Domain layer: the case journal: contact moments held (fulfilling the planned ones of the plan van aanpak), notes
// and documents. Its part of the case state, its fold and its commands.
import type * as z from 'zod/mini';
import { ConflictFout, NietGevondenFout, ValidatieFout } from '../fouten';
import type { ContactmomentGehouden, DocumentToegevoegd, NotitieGemaakt } from './journaal-gebeurtenissen';

type Gehouden = z.infer<typeof ContactmomentGehouden>['data'];
type Notitie = z.infer<typeof NotitieGemaakt>['data'];
type Document = z.infer<typeof DocumentToegevoegd>['data'];

export interface Journaal {
  contactmomenten: (Gehouden & { door: string; op: string })[];
  notities: (Notitie & { door: string; op: string })[];
  documenten: (Document & { door: string; op: string })[];
}

export type JournaalGebeurtenis =
  | z.infer<typeof ContactmomentGehouden>
  | z.infer<typeof NotitieGemaakt>
  | z.infer<typeof DocumentToegevoegd>;

export const LEEG_JOURNAAL: Journaal = { contactmomenten: [], notities: [], documenten: [] };

/** The fold of one journal event; `door` is the actor (a medewerker's sub), `op` the moment it was recorded. */
export function evolueerJournaal(j: Journaal | undefined, g: JournaalGebeurtenis, door: string, op: string): Journaal {
  const huidig = j ?? LEEG_JOURNAAL;
  switch (g.type) {
    case 'contactmoment-gehouden':
      return { ...huidig, contactmomenten: [...huidig.contactmomenten, { ...g.data, door, op }] };
    case 'notitie-gemaakt':
      return { ...huidig, notities: [...huidig.notities, { ...g.data, door, op }] };
    case 'document-toegevoegd':
      return { ...huidig, documenten: [...huidig.documenten, { ...g.data, door, op }] };
  }
}

export interface GeplandContactmoment {
  /** 1-based position in the plan's list: stable, since the plan is recorded once with the intake. */
  nummer: number;
  datum: string;
  vorm: string;
  met: string;
  /** The id of the held contact moment that fulfilled it. */
  gehouden?: string;
}

/** The planned contact moments of the plan van aanpak (given with the intake), each marked when a held one fulfils it. */
export function geplandeContactmomenten(t: {
  intake?: { plan: Record<string, unknown> } | undefined;
  journaal?: Journaal | undefined;
}): GeplandContactmoment[] {
  const lijst = (t.intake?.plan as { contactmomenten?: { datum: string; vorm: string; met: string }[] } | undefined)
    ?.contactmomenten;
  return (lijst ?? []).map((c, i) => {
    const gehouden = t.journaal?.contactmomenten.find((h) => h.gepland === i + 1);
    return { nummer: i + 1, datum: c.datum, vorm: c.vorm, met: c.met, ...(gehouden ? { gehouden: gehouden.id } : {}) };
  });
}

/** Planned contact moments not yet held, earliest first: the journal part of the worklist. */
export function openGeplandeContactmomenten(t: Parameters<typeof geplandeContactmomenten>[0]): GeplandContactmoment[] {
  return geplandeContactmomenten(t)
    .filter((c) => c.gehouden === undefined)
    .sort((a, b) => a.datum.localeCompare(b.datum) || a.nummer - b.nummer);
}

/**
 * Records a held contact moment. Which planned one it fulfils: the number given, or else the one open planned moment
 * on the same date. The same id with the same content is a replay (nothing); with other content a 409.
 */
export function houdContactmoment(
  t: Parameters<typeof geplandeContactmomenten>[0] & { ontvangenOp: string },
  c: Omit<Gehouden, 'gepland'> & { gepland?: number | undefined },
  vandaag: string,
): JournaalGebeurtenis | undefined {
  const bestaand = t.journaal?.contactmomenten.find((h) => h.id === c.id);
  if (bestaand) {
    const gelijk =
      bestaand.datum === c.datum &&
      bestaand.kanaal === c.kanaal &&
      bestaand.met === c.met &&
      bestaand.samenvatting === c.samenvatting &&
      (c.gepland === undefined || bestaand.gepland === c.gepland);
    if (gelijk) return undefined;
    throw new ConflictFout('CONTACTMOMENT_BESTAAT', `contactmoment ${c.id} is al vastgelegd met andere gegevens`);
  }
  if (c.datum > vandaag) {
    throw new ValidatieFout('DATUM_IN_TOEKOMST', 'een gehouden contactmoment ligt niet in de toekomst', [
      { veld: 'datum', melding: `ligt na vandaag (${vandaag})` },
    ]);
  }
  if (c.datum < t.ontvangenOp) {
    throw new ValidatieFout('DATUM_VOOR_AANMELDING', 'een contactmoment ligt niet voor de aanmelding', [
      { veld: 'datum', melding: `ligt voor de aanmelding (${t.ontvangenOp})` },
    ]);
  }
  const gepland = geplandeContactmomenten(t);
  let nummer = c.gepland;
  if (nummer !== undefined) {
    const doel = gepland.find((g) => g.nummer === nummer);
    if (!doel) {
      throw new NietGevondenFout('GEPLAND_CONTACTMOMENT_ONBEKEND', `het plan heeft geen contactmoment ${nummer}`);
    }
    if (doel.gehouden !== undefined) {
      throw new ConflictFout(
        'GEPLAND_CONTACTMOMENT_AL_GEHOUDEN',
        `gepland contactmoment ${nummer} is al gehouden (${doel.gehouden})`,
      );
    }
  } else {
    nummer = gepland.find((g) => g.gehouden === undefined && g.datum === c.datum)?.nummer;
  }
  const { gepland: _, ...rest } = c;
  return { type: 'contactmoment-gehouden', data: { ...rest, ...(nummer !== undefined ? { gepland: nummer } : {}) } };
}

export function maakNotitie(t: { journaal?: Journaal | undefined }, n: Notitie): JournaalGebeurtenis | undefined {
  const bestaand = t.journaal?.notities.find((x) => x.id === n.id);
  if (bestaand) {
    if (bestaand.tekst === n.tekst) return undefined;
    throw new ConflictFout('NOTITIE_BESTAAT', `notitie ${n.id} is al vastgelegd met een andere tekst`);
  }
  return { type: 'notitie-gemaakt', data: n };
}

export function voegDocumentToe(t: { journaal?: Journaal | undefined }, d: Document): JournaalGebeurtenis | undefined {
  const bestaand = t.journaal?.documenten.find((x) => x.id === d.id);
  if (bestaand) {
    if (bestaand.sha256 === d.sha256 && bestaand.soort === d.soort && bestaand.datum === d.datum) return undefined;
    throw new ConflictFout('DOCUMENT_BESTAAT', `document ${d.id} is al vastgelegd met een andere inhoud`);
  }
  return { type: 'document-toegevoegd', data: d };
}

/** The first bytes of each accepted type: a file is what it starts with, not what its sender calls it. */
const HANDTEKENINGEN: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export function kloptInhoudMetType(inhoud: Uint8Array, contentType: string): boolean {
  const h = HANDTEKENINGEN[contentType];
  return h !== undefined && inhoud.length >= h.length && h.every((b, i) => inhoud[i] === b);
}
