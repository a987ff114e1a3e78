// Application layer: use cases of the case journal: record a held contact moment, write a note, upload a document
// and download it again.
import { createHash } from 'node:crypto';
import { NietGevondenFout, ValidatieFout } from '../../domain/fouten';
import { houdContactmoment, kloptInhoudMetType, maakNotitie, voegDocumentToe } from '../../domain/journaal/journaal';
import type { DocumentSoort, DocumentType, Kanaal } from '../../domain/journaal/journaal-gebeurtenissen';
import type { Rol } from '../../domain/traject/gebeurtenissen';
import { eisBehandelaar } from '../behandelaar';
import { laadVoorGemeente } from '../bekijk-traject';
import type { Afhankelijkheden } from '../poorten';
import { type OpdrachtContext, schrijfOpTraject } from './schrijf-op-traject';

/**
 * Documents up to 4 MiB: the JSON body carries them in base64 (4/3 larger), and a synchronous Lambda invocation
 * takes at most 6 MB of payload (AWS Lambda quotas), so 4 MiB is the largest file that fits with room for the JSON.
 */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

/** An id from the Idempotency-Key (a retried request finds its own entry) or a fresh one. */
function journaalId(deps: Afhankelijkheden, ctx: OpdrachtContext, soort: string, sleutel: string | undefined): string {
  return sleutel
    ? createHash('sha256').update(`${ctx.id}\n${soort}\n${sleutel}`).digest('hex').slice(0, 16)
    : deps.ids.nieuwId();
}

/**
 * Input: case id, the contact moment held (date, channel, with whom, summary; optionally the number of the planned one
 * it fulfils). Output: its id and the planned moment it fulfilled.
 *
 * Primary course:
 * 1. Load and decide: a planned moment of the plan van aanpak is fulfilled by number, or else by the same date.
 * 2. Append `contactmoment-gehouden`: the history has it with actor and time; the planned moment leaves the contact
 *    worklist and the case's next contact moment moves on.
 */
export async function legContactmomentVast(
  deps: Afhankelijkheden,
  ctx: OpdrachtContext & { idempotencyKey?: string | undefined },
  c: { datum: string; kanaal: Kanaal; met: string; samenvatting: string; gepland?: number | undefined },
): Promise<{ id: string; gepland: number | null }> {
  const id = journaalId(deps, ctx, 'contactmoment', ctx.idempotencyKey);
  const { traject } = await schrijfOpTraject(deps, ctx, (t, vandaag) => houdContactmoment(t, { id, ...c }, vandaag));
  const vastgelegd = traject.journaal?.contactmomenten.find((x) => x.id === id);
  return { id, gepland: vastgelegd?.gepland ?? null };
}

/** Input: case id, the note. Output: its id. Appends `notitie-gemaakt` (actor and time in the history). */
export async function legNotitieVast(
  deps: Afhankelijkheden,
  ctx: OpdrachtContext & { idempotencyKey?: string | undefined },
  n: { tekst: string },
): Promise<{ id: string }> {
  const id = journaalId(deps, ctx, 'notitie', ctx.idempotencyKey);
  await schrijfOpTraject(deps, ctx, (t) => maakNotitie(t, { id, tekst: n.tekst }));
  return { id };
}

/**
 * Input: case id, the document (type, date, content type, the bytes). Output: its id and href.
 *
 * Primary course:
 * 1. Check the size (at most 4 MiB) and that the bytes are what the content type says (PDF, PNG or JPEG).
 * 2. Check the case exists for the caller's gemeente before anything is stored.
 * 3. Store the bytes in the document store (S3, encrypted with the customer-managed key) under the case.
 * 4. Append `document-toegevoegd` with its key, hash and size. A retry with the same Idempotency-Key is a replay.
 */
export async function voegDocumentToeAan(
  deps: Afhankelijkheden,
  ctx: OpdrachtContext & { idempotencyKey?: string | undefined },
  d: {
    soort: DocumentSoort;
    datum: string;
    omschrijving?: string | undefined;
    contentType: DocumentType;
    inhoud: Uint8Array;
  },
): Promise<{ id: string; href: string }> {
  eisBehandelaar(ctx.rol, 'voegt documenten toe');
  if (d.inhoud.byteLength === 0 || d.inhoud.byteLength > MAX_DOCUMENT_BYTES) {
    throw new ValidatieFout('DOCUMENT_TE_GROOT', `een document is 1 byte tot ${MAX_DOCUMENT_BYTES} bytes (4 MiB)`, [
      { veld: 'inhoud', melding: `${d.inhoud.byteLength} bytes` },
    ]);
  }
  if (!kloptInhoudMetType(d.inhoud, d.contentType)) {
    throw new ValidatieFout('DOCUMENT_TYPE_KLOPT_NIET', `de inhoud is geen ${d.contentType}`, [
      { veld: 'inhoud', melding: `begint niet zoals een ${d.contentType}-bestand` },
    ]);
  }
  await laadVoorGemeente(deps, ctx.id, ctx.gemeente);
  const id = journaalId(deps, ctx, 'document', ctx.idempotencyKey);
  const sleutel = `documenten/${ctx.gemeente}/${ctx.id}/${id}`;
  const sha256 = createHash('sha256').update(d.inhoud).digest('hex');
  await deps.documenten.bewaar(sleutel, d.inhoud, d.contentType);
  await schrijfOpTraject(deps, ctx, (t) =>
    voegDocumentToe(t, {
      id,
      soort: d.soort,
      datum: d.datum,
      ...(d.omschrijving ? { omschrijving: d.omschrijving } : {}),
      contentType: d.contentType,
      sleutel,
      sha256,
      bytes: d.inhoud.byteLength,
    }),
  );
  return { id, href: `/trajecten/${ctx.id}/documenten/${id}` };
}

/** Input: case id, document id. Output: the bytes and their content type; another gemeente's case is a 404. */
export async function haalDocument(
  deps: Pick<Afhankelijkheden, 'opslag' | 'documenten'>,
  o: { id: string; documentId: string; gemeente: string; rol: Rol },
): Promise<{ inhoud: Uint8Array; contentType: string; sha256: string }> {
  eisBehandelaar(o.rol, 'haalt documenten op');
  const { traject } = await laadVoorGemeente(deps, o.id, o.gemeente);
  const doc = traject.journaal?.documenten.find((d) => d.id === o.documentId);
  if (!doc) throw new NietGevondenFout('DOCUMENT_NIET_GEVONDEN', `er is geen document ${o.documentId}`);
  return { inhoud: await deps.documenten.haal(doc.sleutel), contentType: doc.contentType, sha256: doc.sha256 };
}
