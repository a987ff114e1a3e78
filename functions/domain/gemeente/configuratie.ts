// Domain layer: what a gemeente configures for its letters and hand-overs. The letter must say who decided, where the
// resident can reach the gemeente and where a bezwaar goes (Awb 3:45, 6:5): without it no beschikking is drawn up.
import * as z from 'zod/mini';

const Tekst = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const Adres = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Street and number, or "Postbus 1234". */
    regel: Tekst(200),
    postcode: z
      .string()
      .check(z.trim(), z.regex(/^[1-9]\d{3} ?[A-Z]{2}$/, { error: 'verwacht een postcode als 1234 AB' })),
    plaats: Tekst(100),
  }))();
export type Adres = z.infer<typeof Adres>;

export const GemeenteConfiguratie = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The gemeente's name; the letter heads "Gemeente <naam>". */
    naam: Tekst(100),
    bezoekadres: z.optional(Adres),
    postadres: Adres,
    /** Where a bezwaarschrift goes; the postadres when absent. */
    bezwaaradres: z.optional(Adres),
    telefoon: z.string().check(z.trim(), z.regex(/^\+?[0-9 ()-]{8,20}$/, { error: 'verwacht een telefoonnummer' })),
    email: z.optional(z.email()),
    website: z.optional(z.url({ protocol: /^https$/ }).check(z.maxLength(200))),
    /** Who signs on behalf of the college (mandaat). */
    ondertekenaar: z.strictObject({ naam: Tekst(200), functie: Tekst(200) }),
    /** The gemeente's own partner per kind of doorverwijzing (e.g. its beschermingsbewind partner). */
    doorverwijzing: z.optional(
      z.strictObject({
        beschermingsbewind: z.optional(Tekst(200)),
        wsnp: z.optional(Tekst(200)),
        ggz: z.optional(Tekst(200)),
        bbz: z.optional(Tekst(200)),
      }),
    ),
    /**
     * The regeling after the akkoord: every how many months the plan is evaluated (no source sets it: configuration,
     * default 6, functions/domain/regeling/regeling.ts).
     */
    regeling: z.optional(z.strictObject({ evaluatieIntervalMaanden: z.int().check(z.positive(), z.maximum(18)) })),
  }))();
export type GemeenteConfiguratie = z.infer<typeof GemeenteConfiguratie>;

export function adresRegel(a: Adres): string {
  return `${a.regel}, ${a.postcode} ${a.plaats}`;
}
