// Domain core: the zod schema of the triage outcome (the response shape; the OpenAPI document is generated from it).
import * as z from 'zod/mini';
import { Doelgroep } from './doelgroepen';
import { InstrumentRef } from './instrument-schema';

/** The routes the triage takes itself; `doorverwijzing` hands the case to another organisation. */
const EIGEN_ROUTES = ['advies', 'begeleiding', 'schuldregeling', 'crisisinterventie'] as const;

export const Route = /* @__PURE__ */ (() => z.enum([...EIGEN_ROUTES, 'doorverwijzing']))();
export type Route = z.infer<typeof Route>;

export const DoorverwijzingNaar = /* @__PURE__ */ z.enum(['beschermingsbewind', 'wsnp', 'ggz', 'bbz']);
export type DoorverwijzingNaar = z.infer<typeof DoorverwijzingNaar>;

/** One reason: a stable rule code and a sentence the consulent and the resident can both read. */
export const Reden = /* @__PURE__ */ (() =>
  z.object({
    code: z.string().check(z.minLength(1)),
    tekst: z.string().check(z.minLength(1)),
  }))();
export type Reden = z.infer<typeof Reden>;

const Basis = /* @__PURE__ */ (() =>
  z.object({
    /** The code of the rule that decided the route (the first that matched). */
    regel: z.string().check(z.minLength(1)),
    /** The deciding rule's reason first, then every other matching rule that leads to the same route. */
    redenen: z.array(Reden).check(z.minLength(1)),
    /**
     * Referrals that also apply but lost to an earlier rule (e.g. beschermingsbewind after a crisisinterventie):
     * for the consulent's plan, not the route.
     */
    overigeSignalen: z.array(Reden),
    doelgroepen: z.array(Doelgroep),
    instrument: InstrumentRef,
  }))();

export const TriageUitkomst = /* @__PURE__ */ (() =>
  z.discriminatedUnion('route', [
    z.extend(Basis, {
      route: z.literal('doorverwijzing'),
      doorverwijzing: z.object({ naar: DoorverwijzingNaar, waarom: z.string().check(z.minLength(1)) }),
    }),
    z.extend(Basis, { route: z.enum(EIGEN_ROUTES) }),
  ]))();
export type TriageUitkomst = z.infer<typeof TriageUitkomst>;
