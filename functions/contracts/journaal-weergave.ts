// Contracts: the journal as the case view shows it.
import * as z from 'zod/mini';
import { isoDatum, isoTijdstip } from '../domain/iso-formaten';
import { DocumentSoort, DocumentType, Kanaal } from '../domain/journaal/journaal-gebeurtenissen';

const Datum = isoDatum();
const Wie = { door: z.string(), op: isoTijdstip() };

export const JournaalWeergave = z.object({
  contactmomenten: z.array(
    z.object({
      id: z.string(),
      datum: Datum,
      kanaal: Kanaal,
      met: z.string(),
      samenvatting: z.string(),
      gepland: z.optional(z.int()),
      ...Wie,
    }),
  ),
  notities: z.array(z.object({ id: z.string(), tekst: z.string(), ...Wie })),
  documenten: z.array(
    z.object({
      id: z.string(),
      soort: DocumentSoort,
      datum: Datum,
      omschrijving: z.optional(z.string()),
      contentType: DocumentType,
      bytes: z.int(),
      sha256: z.string(),
      href: z.string(),
      ...Wie,
    }),
  ),
});
export type JournaalWeergave = z.infer<typeof JournaalWeergave>;
