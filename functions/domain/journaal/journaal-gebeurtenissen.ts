// Domain layer: the history events of the case journal (contact moments held, notes, documents).
// Kept apart from traject/gebeurtenissen.ts, which appends these to the TrajectGebeurtenis union.
import * as z from 'zod/mini';
import { isoDatum } from '../iso-formaten';

const Datum = /* @__PURE__ */ (() => isoDatum({ error: 'verwacht een datum als JJJJ-MM-DD' }))();

/** How a contact took place (a superset of the plan's contactvormen: a letter or an e-mail is a contact too). */
export const KANALEN = ['gesprek', 'telefoon', 'huisbezoek', 'video', 'email', 'brief'] as const;
export const Kanaal = /* @__PURE__ */ (() =>
  z.enum(KANALEN, { error: `onbekend kanaal; kies uit: ${KANALEN.join(', ')}` }))();
export type Kanaal = z.infer<typeof Kanaal>;

/** The kinds of documents a schuldregeling runs on (loonstroken, brieven van schuldeisers, …). */
export const DOCUMENTSOORTEN = [
  'loonstrook',
  'uitkeringsspecificatie',
  'bankafschrift',
  'brief-schuldeiser',
  'vonnis-of-beslag',
  'identiteitsbewijs',
  'huurcontract',
  'overig',
] as const;
export const DocumentSoort = /* @__PURE__ */ (() =>
  z.enum(DOCUMENTSOORTEN, {
    error: `onbekende documentsoort; kies uit: ${DOCUMENTSOORTEN.join(', ')}`,
  }))();
export type DocumentSoort = z.infer<typeof DocumentSoort>;

/** What the document store accepts: checked on the declared type and on the file's own first bytes. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const DocumentType = /* @__PURE__ */ (() =>
  z.enum(DOCUMENT_TYPES, {
    error: `alleen PDF, PNG of JPEG: ${DOCUMENT_TYPES.join(', ')}`,
  }))();
export type DocumentType = z.infer<typeof DocumentType>;

export const ContactmomentGehouden = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('contactmoment-gehouden'),
    data: z.object({
      id: z.string(),
      datum: Datum,
      kanaal: Kanaal,
      met: z.string(),
      samenvatting: z.string(),
      /** Number (1-based) of the plan's planned contact moment this one fulfils: it is done and leaves the worklist. */
      gepland: z.optional(z.int().check(z.positive())),
    }),
  }))();

export const NotitieGemaakt = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('notitie-gemaakt'),
    data: z.object({ id: z.string(), tekst: z.string() }),
  }))();

export const DocumentToegevoegd = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('document-toegevoegd'),
    data: z.object({
      id: z.string(),
      soort: DocumentSoort,
      /** The date on the document (a loonstrook's month, a letter's date), not the upload date (that is `op`). */
      datum: Datum,
      omschrijving: z.optional(z.string()),
      contentType: DocumentType,
      /** Key in the document store (S3 with the customer-managed key in AWS). */
      sleutel: z.string(),
      sha256: z.string(),
      bytes: z.int().check(z.positive()),
    }),
  }))();
