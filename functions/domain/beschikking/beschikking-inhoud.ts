// Domain layer: the zod shape of a drawn-up beschikking; the API returns it as is and the PDF adapter renders it.
import * as z from 'zod/mini';
import { IsoDate } from '../kalender/kalender';
import { Begeleidingsmodule, Contactvorm, Gemeente } from './beschikking-invoer';

/** A legal source the text relies on, e.g. `{ regeling: 'Awb', artikel: '6:7' }`. */
export const Grondslag = /* @__PURE__ */ (() =>
  z.object({
    regeling: z.string(),
    artikel: z.string(),
    /** The rule in plain words. */
    inhoud: z.string(),
  }))();
export type Grondslag = z.infer<typeof Grondslag>;

export const Kop = /* @__PURE__ */ (() =>
  z.object({
    gemeente: Gemeente,
    /** Awb 6:4 lid 1: the bestuursorgaan that decided is where bezwaar goes. */
    bestuursorgaan: z.string(),
    datum: IsoDate,
    /** The trajectId. */
    kenmerk: z.string(),
    aan: z.string(),
    onderwerp: z.string(),
    behandeldDoor: z.string(),
    /** The gemeente's postal address and phone, from its configuration. */
    adres: z.optional(z.string()),
    telefoon: z.optional(z.string()),
  }))();
export type Kop = z.infer<typeof Kop>;

export const Besluit = /* @__PURE__ */ (() =>
  z.object({
    soort: z.enum(['toelating', 'afwijzing']),
    /** One plain sentence: what we decided. */
    samenvatting: z.string(),
    motivering: z.object({
      /** Awb 3:46, 3:47: the reasons, in plain Dutch. */
      alinea: z.array(z.string()),
      gronden: z.array(z.string()),
      triage: z.optional(
        z.object({
          route: z.string(),
          redenen: z.array(z.object({ code: z.string(), tekst: z.string() })),
          instrument: z.object({ id: z.string(), versie: z.string() }),
        }),
      ),
      grondslagen: z.array(Grondslag),
    }),
  }))();
export type Besluit = z.infer<typeof Besluit>;

export const PlanVanAanpak = /* @__PURE__ */ (() =>
  z.object({
    grondslag: Grondslag,
    /** Wgs art. 4a: de hulpvraag, in the person's own words. */
    hulpvraag: z.object({ inleiding: z.string(), doelen: z.array(z.string()) }),
    /** Wgs art. 4a: the support offered: the route and who does what by when. */
    ondersteuning: z.object({
      inleiding: z.string(),
      route: z.string(),
      acties: z.array(z.object({ wat: z.string(), wie: z.string(), wanneer: IsoDate })),
    }),
    /** Wgs art. 4a: the organisations the resident is referred to. */
    doorverwijzingen: z.object({
      inleiding: z.string(),
      doelgroepen: z.array(
        z.object({ doelgroep: z.string(), aanbod: z.array(z.string()), contacten: z.array(z.string()) }),
      ),
    }),
    /** Wgs art. 4a: the voorwaarden, as the resident's verplichtingen. */
    verplichtingen: z.object({ inleiding: z.string(), punten: z.array(z.string()) }),
    /** Wgs art. 4a lid 5: the beslagvrije voet is respected; said in so many words. */
    beslagvrijeVoet: z.object({ tekst: z.string(), grondslag: Grondslag }),
  }))();
export type PlanVanAanpak = z.infer<typeof PlanVanAanpak>;

export const Begeleidingsplan = /* @__PURE__ */ (() =>
  z.object({
    inleiding: z.string(),
    modules: z.array(
      z.object({ module: Begeleidingsmodule, naam: z.string(), uitleg: z.string(), waarom: z.string() }),
    ),
  }))();
export type Begeleidingsplan = z.infer<typeof Begeleidingsplan>;

export const Nazorgplan = /* @__PURE__ */ (() =>
  z.object({
    duurMaanden: z.int(),
    alinea: z.array(z.string()),
    wat: z.array(z.string()),
  }))();
export type Nazorgplan = z.infer<typeof Nazorgplan>;

export const Procesoverzicht = /* @__PURE__ */ (() =>
  z.object({
    inleiding: z.string(),
    /** Sorted by deadline; `volgende` marks the first one: the next step. */
    stappen: z.array(
      z.object({ stap: z.string(), deadline: IsoDate, omschrijving: z.string(), volgende: z.boolean() }),
    ),
    /** Sorted by date. */
    contactmomenten: z.array(z.object({ datum: IsoDate, vorm: Contactvorm, vormTekst: z.string(), met: z.string() })),
  }))();
export type Procesoverzicht = z.infer<typeof Procesoverzicht>;

export const Bezwaarclausule = /* @__PURE__ */ (() =>
  z.object({
    titel: z.string(),
    /** Awb 6:7. */
    termijnWeken: z.literal(6),
    verzenddatum: IsoDate,
    /** Last day, counted per Awb 6:8 lid 1 from the verzenddatum and extended per Algemene termijnenwet art. 1. */
    uiterlijkOp: IsoDate,
    richtAan: z.string(),
    alinea: z.array(z.string()),
    /** Awb 6:5 lid 1: what the bezwaarschrift must contain. */
    inhoudBezwaarschrift: z.array(z.string()),
    grondslagen: z.array(Grondslag),
  }))();
export type Bezwaarclausule = z.infer<typeof Bezwaarclausule>;

const gemeenschappelijk = /* @__PURE__ */ (() => ({
  kop: Kop,
  aanhef: z.string(),
  besluit: Besluit,
  bezwaarclausule: Bezwaarclausule,
  afsluiting: z.array(z.string()),
}))();

export const ToelatingInhoud = /* @__PURE__ */ (() =>
  z.object({
    soort: z.literal('toelating'),
    ...gemeenschappelijk,
    planVanAanpak: PlanVanAanpak,
    begeleidingsplan: Begeleidingsplan,
    nazorgplan: Nazorgplan,
    procesoverzicht: Procesoverzicht,
  }))();
export type ToelatingInhoud = z.infer<typeof ToelatingInhoud>;

/** An afwijzing carries its gronden and the bezwaarclausule, and no plan. */
export const AfwijzingInhoud = /* @__PURE__ */ (() =>
  z.object({ soort: z.literal('afwijzing'), ...gemeenschappelijk }))();
export type AfwijzingInhoud = z.infer<typeof AfwijzingInhoud>;

export const BeschikkingInhoud = /* @__PURE__ */ (() =>
  z.discriminatedUnion('soort', [ToelatingInhoud, AfwijzingInhoud]))();
export type BeschikkingInhoud = z.infer<typeof BeschikkingInhoud>;
