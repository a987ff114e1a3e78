// Domain layer: the zod shape of what the consulent supplies to draw up a beschikking (toelating or afwijzing).
import * as z from 'zod/mini';
import { IsoDate } from '../kalender/kalender';
import { Begeleidingsmodule } from './begeleidingsmodule';

const Tekst = (veld: string, max = 2000) =>
  z
    .string({ error: `${veld} moet tekst zijn` })
    .check(
      z.trim(),
      z.minLength(1, { error: `${veld} mag niet leeg zijn` }),
      z.maxLength(max, { error: `${veld} mag hoogstens ${max} tekens zijn` }),
    );

export const Gemeente = /* @__PURE__ */ (() =>
  z.object({
    code: z.string().check(z.regex(/^\d{4}$/, { error: 'verwacht een CBS-gemeentecode van 4 cijfers' })),
    naam: Tekst('gemeente.naam', 100),
  }))();
export type Gemeente = z.infer<typeof Gemeente>;

export { BEGELEIDINGSMODULES, Begeleidingsmodule } from './begeleidingsmodule';

export const CONTACTVORMEN = ['gesprek', 'telefoon', 'huisbezoek', 'video'] as const;
export const Contactvorm = /* @__PURE__ */ (() =>
  z.enum(CONTACTVORMEN, {
    error: `onbekende contactvorm; kies uit: ${CONTACTVORMEN.join(', ')}`,
  }))();
export type Contactvorm = z.infer<typeof Contactvorm>;

export const Triage = /* @__PURE__ */ (() =>
  z.object({
    /** The route the triage chose (e.g. `stabilisatie`, `schuldregeling`); the instrument's vocabulary, so free text. */
    route: Tekst('triage.route', 100),
    redenen: z.array(z.object({ code: Tekst('triage.redenen.code', 50), tekst: Tekst('triage.redenen.tekst', 500) })),
    /** DESIGN §3.2a: the triage instrument is configuration, versioned (Mesis, ZRM, …). */
    instrument: z.object({ id: Tekst('triage.instrument.id', 100), versie: Tekst('triage.instrument.versie', 50) }),
  }))();
export type Triage = z.infer<typeof Triage>;

export const Actie = /* @__PURE__ */ (() =>
  z.object({
    wat: Tekst('acties.wat', 500),
    /** `u` (the resident), the consulent or a partner organisation. */
    wie: Tekst('acties.wie', 200),
    wanneer: IsoDate,
  }))();
export type Actie = z.infer<typeof Actie>;

export const ModuleKeuze = /* @__PURE__ */ (() =>
  z.object({ module: Begeleidingsmodule, waarom: Tekst('begeleidingsmodules.waarom', 1000) }))();

export const Doelgroep = /* @__PURE__ */ (() =>
  z.object({
    doelgroep: Tekst('doelgroepen.doelgroep', 200),
    aanbod: z.array(Tekst('doelgroepen.aanbod', 500)),
    /** The organisations (and how to reach them) the resident is referred to: Wgs art. 4a. */
    contacten: z.array(Tekst('doelgroepen.contacten', 500)),
  }))();

export const Processtap = /* @__PURE__ */ (() =>
  z.object({
    stap: Tekst('procesoverzicht.stap', 200),
    deadline: IsoDate,
    omschrijving: Tekst('procesoverzicht.omschrijving', 1000),
  }))();
export type Processtap = z.infer<typeof Processtap>;

export const Contactmoment = /* @__PURE__ */ (() =>
  z.object({ datum: IsoDate, vorm: Contactvorm, met: Tekst('contactmomenten.met', 200) }))();
export type Contactmoment = z.infer<typeof Contactmoment>;

/** Basisdienstverlening (DESIGN §3.1): vroegsignalen are checked for 6 months after the end of the traject. */
export const STANDAARD_NAZORG_MAANDEN = 6;

export const Nazorg = /* @__PURE__ */ (() =>
  z.object({
    duurMaanden: z._default(z.int().check(z.minimum(1), z.maximum(36)), STANDAARD_NAZORG_MAANDEN),
    wat: z._default(z.array(Tekst('nazorg.wat', 500)), []),
  }))();

const gemeenschappelijk = /* @__PURE__ */ (() => ({
  /** Becomes the kenmerk of the beschikking. */
  trajectId: Tekst('trajectId', 100),
  gemeente: Gemeente,
  aanvrager: z.object({ naam: Tekst('aanvrager.naam', 200) }),
  /** Dagtekening of the beschikking. */
  datum: IsoDate,
  /**
   * Day the beschikking is sent (bekendmaking by toezending, Awb 3:41); the bezwaartermijn starts the day after
   * (Awb 6:8 lid 1). Defaults to `datum`.
   */
  verzenddatum: z.optional(IsoDate),
  /** Name (or id) of the consulent who handles the case. */
  begeleider: Tekst('begeleider', 200),
  /** From the gemeente's configuration: where the resident reaches it, where a bezwaar goes, who signs. */
  contact: z.optional(
    z.object({
      postadres: Tekst('contact.postadres', 400),
      bezwaaradres: Tekst('contact.bezwaaradres', 400),
      telefoon: Tekst('contact.telefoon', 30),
      ondertekenaar: z.object({ naam: Tekst('ondertekenaar.naam', 200), functie: Tekst('ondertekenaar.functie', 200) }),
    }),
  ),
  /**
   * The day the plan was made (the intake): its actions and contact moments may not lie before it. Defaults to
   * `datum`; the definitive letter, sent days later, keeps the plan as it was made.
   */
  planVanaf: z.optional(IsoDate),
}))();

export const ToelatingInvoer = /* @__PURE__ */ (() =>
  z.object({
    ...gemeenschappelijk,
    besluit: z.literal('toelating'),
    /** Optional extra reasons besides the triage (Awb 3:46). */
    gronden: z.optional(z.array(Tekst('gronden', 1000))),
    triage: Triage,
    /** The person's own words: the hulpvraag of Wgs art. 4a. */
    doelen: z
      .array(Tekst('doelen', 1000))
      .check(z.minLength(1, { error: 'doelen: noem minstens één doel van de hulpvrager' })),
    acties: z.array(Actie).check(z.minLength(1, { error: 'acties: een plan van aanpak heeft minstens één actie' })),
    begeleidingsmodules: z._default(z.array(ModuleKeuze), []),
    doelgroepen: z._default(z.array(Doelgroep), []),
    /** Conditions on top of the standard verplichtingen (Wgs art. 4a: the voorwaarden of the schuldhulpverlening). */
    voorwaarden: z._default(z.array(Tekst('voorwaarden', 500)), []),
    procesoverzicht: z
      .array(Processtap)
      .check(z.minLength(1, { error: 'procesoverzicht: noem minstens de volgende stap met zijn deadline' })),
    contactmomenten: z
      .array(Contactmoment)
      .check(z.minLength(1, { error: 'contactmomenten: noem minstens het volgende contactmoment' })),
    nazorg: z._default(Nazorg, { duurMaanden: STANDAARD_NAZORG_MAANDEN, wat: [] }),
  }))();
export type ToelatingInvoer = z.infer<typeof ToelatingInvoer>;

export const AfwijzingInvoer = /* @__PURE__ */ (() =>
  z.object({
    ...gemeenschappelijk,
    besluit: z.literal('afwijzing'),
    /** Awb 3:46: an afwijzing must be reasoned, so at least one ground. */
    gronden: z
      .array(Tekst('gronden', 1000), { error: 'gronden is verplicht bij een afwijzing (Awb 3:46)' })
      .check(z.minLength(1, { error: 'gronden: noem bij een afwijzing minstens één reden (Awb 3:46)' })),
    triage: z.optional(Triage),
  }))();
export type AfwijzingInvoer = z.infer<typeof AfwijzingInvoer>;

export const BeschikkingInvoer = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion('besluit', [ToelatingInvoer, AfwijzingInvoer], {
      error: "besluit moet 'toelating' of 'afwijzing' zijn",
    })
    .check(
      z.superRefine((invoer, ctx) => {
        // A plan looks forward: what is planned before the plan was made cannot be a next step or a next contact.
        const vanaf = invoer.planVanaf ?? invoer.datum;
        const nietVoor = (datum: string, pad: (string | number)[], wat: string) => {
          if (datum < vanaf) ctx.addIssue({ code: 'custom', path: pad, message: `${wat} ligt vóór de datum` });
        };
        if (invoer.verzenddatum !== undefined) {
          nietVoor(invoer.verzenddatum, ['verzenddatum'], 'de verzenddatum');
        }
        if (invoer.besluit !== 'toelating') return;
        invoer.acties.forEach((a, i) => {
          nietVoor(a.wanneer, ['acties', i, 'wanneer'], 'de actie');
        });
        invoer.procesoverzicht.forEach((s, i) => {
          if (s.deadline < invoer.datum) {
            ctx.addIssue({
              code: 'custom',
              path: ['procesoverzicht', i, 'deadline'],
              message: 'de deadline ligt vóór de datum',
            });
          }
        });
        invoer.contactmomenten.forEach((c, i) => {
          nietVoor(c.datum, ['contactmomenten', i, 'datum'], 'het contactmoment');
        });
      }),
    ))();
/** After parsing (defaults filled in). */
export type BeschikkingInvoer = z.infer<typeof BeschikkingInvoer>;
/** What a caller may send (defaults still optional). */
export type BeschikkingInvoerInput = z.input<typeof BeschikkingInvoer>;
