// Domain core: the zod schemas of a screening instrument (configuration, versioned) and of the intake request body.
// Namespace import, not `import { z }`: esbuild can tree-shake it.
import * as z from 'zod/mini';

/** The domains of the screening (DESIGN.md §3.2a: modelled on Mesis and the Zelfredzaamheid-Matrix). */
export const Domein = /* @__PURE__ */ z.enum([
  'financiele-situatie',
  'schulden',
  'zelfredzaamheid',
  'motivatie',
  'crisis',
  'leefgebieden',
  'doelgroep',
]);
export type Domein = z.infer<typeof Domein>;

export const VraagType = /* @__PURE__ */ z.enum(['schaal', 'ja-nee', 'keuze', 'getal', 'bedrag-cent']);
export type VraagType = z.infer<typeof VraagType>;

/** Kebab-case, so it reads well in a field path (`antwoorden.zrm-financien`). */
export const VraagId = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case verwacht')))();

const VraagBasis = /* @__PURE__ */ (() =>
  z.object({
    id: VraagId,
    domein: Domein,
    /** The question as the resident reads it (B1, "u"-form). */
    tekst: z.string().check(z.minLength(1)),
    toelichting: z.optional(z.string().check(z.minLength(1))),
    verplicht: z.boolean(),
  }))();

export const Optie = /* @__PURE__ */ (() => z.object({ waarde: VraagId, tekst: z.string().check(z.minLength(1)) }))();
export type Optie = z.infer<typeof Optie>;

/** Labels for 1..5, lowest first. */
export const SchaalAnkers = /* @__PURE__ */ (() =>
  z.tuple([
    z.string().check(z.minLength(1)),
    z.string().check(z.minLength(1)),
    z.string().check(z.minLength(1)),
    z.string().check(z.minLength(1)),
    z.string().check(z.minLength(1)),
  ]))();

export const Vraag = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    /** An integer 1..5 (ZRM: 1 acute problematiek … 5 volledig zelfredzaam). */
    z.extend(VraagBasis, { type: z.literal('schaal'), ankers: SchaalAnkers }),
    z.extend(VraagBasis, { type: z.literal('ja-nee') }),
    z.extend(VraagBasis, { type: z.literal('keuze'), opties: z.array(Optie).check(z.minLength(2)) }),
    /** A non-negative integer within [min, max]. */
    z.extend(VraagBasis, {
      type: z.literal('getal'),
      min: z.int().check(z.nonnegative()),
      max: z.int().check(z.nonnegative()),
    }),
    /** An amount in integer euro cents, never negative. */
    z.extend(VraagBasis, { type: z.literal('bedrag-cent'), max: z.optional(z.int().check(z.positive())) }),
  ]))();
export type Vraag = z.infer<typeof Vraag>;

export const InstrumentRef = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    versie: z.string().check(z.minLength(1)),
  }))();
export type InstrumentRef = z.infer<typeof InstrumentRef>;

export const Instrument = /* @__PURE__ */ (() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    versie: z.string().check(z.minLength(1)),
    titel: z.string().check(z.minLength(1)),
    /** What the instrument is modelled on, with its sources. */
    bron: z.string().check(z.minLength(1)),
    vragen: z.array(Vraag).check(z.minLength(1)),
  }))();
export type Instrument = z.infer<typeof Instrument>;

export const Antwoordwaarde = /* @__PURE__ */ (() => z.union([z.number(), z.boolean(), z.string()]))();
export type Antwoordwaarde = z.infer<typeof Antwoordwaarde>;

export type Antwoorden = Readonly<Record<string, Antwoordwaarde>>;

/**
 * The request body of the intake answers. This checks only the shape; `valideerAntwoorden` then checks every answer
 * against the instrument version (unknown question, wrong type, out of range, missing required).
 */
export const IntakeAntwoordenVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    instrument: InstrumentRef,
    antwoorden: z.record(z.string().check(z.minLength(1)), Antwoordwaarde),
  }))();
export type IntakeAntwoordenVerzoek = z.infer<typeof IntakeAntwoordenVerzoek>;
