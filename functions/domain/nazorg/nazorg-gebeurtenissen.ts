// Domain layer: the history events of Met vertrouwen verder (nazorg, terugval, the person's BSN for vroegsignalen).
// Appended to the traject's event union; kept here so the nazorg concern has its own module (CONVENTIONS).
import * as z from 'zod/mini';
import { isoDatum } from '../iso-formaten';

const Dag = /* @__PURE__ */ (() => isoDatum({ error: 'verwacht een datum als JJJJ-MM-DD' }))();

/** The partners that signal arrears (Wgs art. 3a; Besluit gemeentelijke schuldhulpverlening art. 2–5). */
export const SignaalPartner = /* @__PURE__ */ z.enum([
  'woningcorporatie',
  'verhuurder',
  'energie',
  'drinkwater',
  'zorgverzekeraar',
]);
export type SignaalPartner = z.infer<typeof SignaalPartner>;

/** Where a terugval came from: a vroegsignaal for this person, or a missed payment of the regeling. */
export const TerugvalBron = /* @__PURE__ */ (() =>
  z.discriminatedUnion('soort', [
    z.object({ soort: z.literal('vroegsignaal'), signaalId: z.string(), partner: SignaalPartner }),
    z.object({ soort: z.literal('betaling-gemist'), maand: z.string() }),
  ]))();
export type TerugvalBron = z.infer<typeof TerugvalBron>;

export const TerugvalUitkomst = /* @__PURE__ */ z.enum(['contact-gemaakt', 'nieuwe-aanmelding', 'geen-actie']);
export type TerugvalUitkomst = z.infer<typeof TerugvalUitkomst>;

export const NAZORG_GEBEURTENISSEN = /* @__PURE__ */ (() =>
  [
    z.object({
      type: z.literal('nazorg-gestart'),
      /** `start` is the end date of the traject (the hand-over); `einde` six months later (basisdienstverlening). */
      data: z.object({ start: Dag, einde: Dag }),
    }),
    z.object({
      type: z.literal('bsn-vastgelegd'),
      /**
       * The BSN stays in the case item (encrypted at rest) only; `sleutel` is its keyed hash, the one thing that
       * leaves the item (the person index) so a vroegsignaal finds the case.
       */
      data: z.object({ bsn: z.string().check(z.regex(/^\d{9}$/)), sleutel: z.string() }),
    }),
    z.object({
      type: z.literal('terugval-gesignaleerd'),
      data: z.object({ id: z.string(), datum: Dag, bron: TerugvalBron }),
    }),
    z.object({
      type: z.literal('terugval-afgehandeld'),
      data: z.object({
        id: z.string(),
        datum: Dag,
        uitkomst: TerugvalUitkomst,
        reden: z.optional(z.string().check(z.maxLength(2000))),
        nieuwTrajectId: z.optional(z.string()),
      }),
    }),
    z.object({ type: z.literal('nazorg-afgerond'), data: z.object({ datum: Dag }) }),
    z.object({
      type: z.literal('wsnp-gestart'),
      /** The WSNP phase (begeleiding during the term): `start` is the hand-over date, `einde` the term's end. */
      data: z.object({ start: Dag, einde: Dag }),
    }),
    z.object({ type: z.literal('wsnp-afgerond'), data: z.object({ datum: Dag }) }),
    z.object({
      type: z.literal('evaluatie-vastgelegd'),
      /** An evaluation with the measurement instrument (functions/domain/evaluatie); `planVersie` with `bijstellen`. */
      data: z.object({
        id: z.string(),
        datum: Dag,
        instrument: z.object({ id: z.string(), versie: z.string() }),
        scores: z.record(z.string(), z.int()),
        besluit: z.enum(['voortzetten', 'bijstellen', 'escaleren']),
        planVersie: z.optional(z.int()),
        plan: z.optional(z.record(z.string(), z.unknown())),
        toelichting: z.optional(z.string().check(z.maxLength(2000))),
      }),
    }),
  ] as const)();
