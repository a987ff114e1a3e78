// Domain layer: the history event that corrects or completes the person's data (contact details, and what a
// schuldregeling needs: BSN, date of birth, address, household).
import * as z from 'zod/mini';
import { isoDatum } from '../iso-formaten';
import { isGeldigBsn } from './elfproef';

const Datum = /* @__PURE__ */ (() => isoDatum({ error: 'verwacht een datum als JJJJ-MM-DD' }))();
const Tekst = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const Bsn = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.regex(/^\d{8,9}$/, { error: 'een BSN heeft 9 cijfers' }),
      z.refine(isGeldigBsn, 'dit BSN klopt niet (elfproef)'),
    ))();

export const Adres = /* @__PURE__ */ (() =>
  z.strictObject({
    straat: Tekst(200),
    huisnummer: z
      .string()
      .check(
        z.trim(),
        z.regex(/^\d{1,5}( ?[a-zA-Z0-9-]{1,6})?$/, { error: 'verwacht een huisnummer met eventuele toevoeging' }),
      ),
    postcode: z
      .string()
      .check(z.trim(), z.regex(/^\d{4} ?[A-Za-z]{2}$/, { error: 'verwacht een postcode als 1234 AB' })),
    woonplaats: Tekst(100),
  }))();
export type Adres = z.infer<typeof Adres>;

/** The household as the VTLB needs it (alleenstaand, samenwonend, met of zonder kinderen). */
export const Huishouden = /* @__PURE__ */ (() =>
  z.strictObject({
    samenstelling: z.enum(['alleenstaand', 'alleenstaande-ouder', 'samenwonend', 'samenwonend-met-kinderen']),
    kinderen: z.int().check(z.minimum(0), z.maximum(20)),
    kostendelers: z._default(z.int().check(z.minimum(0), z.maximum(20)), 0),
  }))();
export type Huishouden = z.infer<typeof Huishouden>;

export const PersoonGegevens = /* @__PURE__ */ (() =>
  z.object({
    bsn: z.optional(z.string()),
    geboortedatum: z.optional(Datum),
    adres: z.optional(Adres),
    huishouden: z.optional(Huishouden),
  }))();
export type PersoonGegevens = z.infer<typeof PersoonGegevens>;

export const PersoonGewijzigd = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('persoon-gewijzigd'),
    data: z.object({
      /** The fields as they are now (only those given); `null` removes a contact detail. */
      aanvrager: z.optional(
        z.object({
          naam: z.optional(z.string()),
          telefoon: z.optional(z.nullable(z.string())),
          email: z.optional(z.nullable(z.string())),
        }),
      ),
      persoon: z.optional(PersoonGegevens),
      /** Which fields changed (names only): what the audit entry shows without repeating the values. */
      velden: z.array(z.string()),
      /** Keyed hashes of every search token of the person as they now are (replacing the earlier set). */
      zoeksleutels: z.array(z.string()),
      /** Keyed hash of the BSN, for matching; the BSN itself is only in this case's items. */
      bsnSleutel: z.optional(z.string()),
    }),
  }))();
export type PersoonGewijzigd = z.infer<typeof PersoonGewijzigd>;
