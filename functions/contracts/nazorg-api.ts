// Contracts: request and response bodies of the Met vertrouwen verder routes (nazorg, terugval, vroegsignalen).
import * as z from 'zod/mini';
import { TerugvalBron, TerugvalUitkomst } from '../domain/nazorg/nazorg-gebeurtenissen';
import { Datum } from '../domain/traject/gebeurtenissen';

export const TerugvalUitkomstVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    uitkomst: TerugvalUitkomst,
    /** Required with `geen-actie`: why no contact follows (the basisdienstverlening asks for contact on every terugval). */
    reden: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000))),
  }))();
export type TerugvalUitkomstVerzoek = z.infer<typeof TerugvalUitkomstVerzoek>;

export const TerugvalUitkomstAntwoord = /* @__PURE__ */ (() =>
  z.object({
    uitkomst: TerugvalUitkomst,
    nieuwTrajectId: z.optional(z.string()),
  }))();

export const BsnVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    bsn: z.string().check(z.regex(/^\d{9}$/, { error: 'verwacht een BSN van 9 cijfers' })),
  }))();

export const OutreachAntwoord = /* @__PURE__ */ (() =>
  z.object({
    items: z.array(
      z.object({ id: z.string(), ontvangenOp: Datum, deadline: Datum, signaal: z.record(z.string(), z.unknown()) }),
    ),
  }))();

export const SignaalAanmeldingAntwoord = /* @__PURE__ */ (() => z.object({ trajectId: z.string() }))();

/** A terugval as the case view shows it (in the nazorg and in the regeling). */
export const TerugvalWeergave = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    datum: Datum,
    bron: TerugvalBron,
    uitkomst: z.optional(TerugvalUitkomst),
    afgehandeldOp: z.optional(Datum),
    reden: z.optional(z.string()),
    nieuwTrajectId: z.optional(z.string()),
  }))();

/** The nazorg part of the case view. */
export const NazorgWeergave = /* @__PURE__ */ (() =>
  z.object({
    start: Datum,
    einde: Datum,
    afgerondOp: z.optional(Datum),
    terugvallen: z.array(TerugvalWeergave),
  }))();

export const Verandering = /* @__PURE__ */ (() =>
  z.object({
    domein: z.string(),
    intake: z.nullable(z.int()),
    vorige: z.nullable(z.int()),
    nu: z.int(),
    sindsIntake: z.nullable(z.int()),
    sindsVorige: z.nullable(z.int()),
  }))();

export const EvaluatieAntwoord = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    planVersie: z.nullable(z.int()),
    veranderingen: z.array(Verandering),
  }))();

/** The evaluations in the case view, each with its change since the intake and the previous one. */
export const EvaluatieWeergave = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    datum: Datum,
    besluit: z.enum(['voortzetten', 'bijstellen', 'escaleren']),
    planVersie: z.optional(z.int()),
    veranderingen: z.array(Verandering),
  }))();

export const OutreachUitkomstVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({ uitkomst: z.enum(['contact', 'geen-contact', 'geweigerd']) }))();
