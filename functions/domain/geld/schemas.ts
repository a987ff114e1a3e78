// Domain layer: zod shapes of the money calculations' inputs and outputs (API request and response bodies); types via z.infer.
import * as z from 'zod/mini';
import type { AfloscapaciteitInvoer, AfloscapaciteitUitkomst } from './afloscapaciteit';
import { STANDAARD_LOOPTIJD_MAANDEN, VAKANTIEGELD_VERWERKINGEN } from './afloscapaciteit';
import { COMPENSATIEKOP_HERKOMSTEN, INKOMENSGROEPEN } from './compensatiekop';
import { HUISHOUDENS, isIsoDatum, NORMTABELLEN } from './normbedragen';
import {
  MAX_JAARRENTE_BASISPUNTEN,
  type SaneringskredietInvoer,
  type SaneringskredietUitkomst,
} from './saneringskrediet';
import type { SchuldregelingInvoer, SchuldregelingUitkomst } from './schuldregeling';
import { SCHULD_SOORTEN } from './verdeling';
import type { VtlbInvoer, VtlbUitkomst } from './vtlb';

const eersteDag = NORMTABELLEN[0]?.geldigVanaf ?? '';
const laatsteDag = NORMTABELLEN[NORMTABELLEN.length - 1]?.geldigTot ?? '';

/**
 * The largest amount any money field takes: € 1 miljard. Not a legal number but the system's own bound, so that
 * sums over 500 schulden and 120 months stay exact integers (far below Number.MAX_SAFE_INTEGER) and no computed
 * amount can overflow: an out-of-range input is named by its own field.
 */
export const MAX_BEDRAG_CENT = 100_000_000_000;

const cent = (veld: string) =>
  z
    .number({ error: `${veld} moet een bedrag in centen zijn` })
    .check(
      z.int({ error: `${veld} moet een geheel aantal centen zijn` }),
      z.nonnegative({ error: `${veld} mag niet negatief zijn` }),
      z.maximum(MAX_BEDRAG_CENT, { error: `${veld} is hoogstens ${MAX_BEDRAG_CENT} cent` }),
    );
const centMagNegatief = (veld: string) =>
  z
    .number({ error: `${veld} moet een bedrag in centen zijn` })
    .check(
      z.int({ error: `${veld} moet een geheel aantal centen zijn` }),
      z.minimum(-MAX_BEDRAG_CENT, { error: `${veld} is minstens -${MAX_BEDRAG_CENT} cent` }),
      z.maximum(MAX_BEDRAG_CENT, { error: `${veld} is hoogstens ${MAX_BEDRAG_CENT} cent` }),
    );
const maandNummer = (veld: string) =>
  z
    .int()
    .check(
      z.minimum(1, { error: `${veld} moet 1 tot en met 12 zijn` }),
      z.maximum(12, { error: `${veld} moet 1 tot en met 12 zijn` }),
    );

export const Huishouden = /* @__PURE__ */ (() =>
  z.enum(HUISHOUDENS, {
    error: `onbekend huishouden; kies uit: ${HUISHOUDENS.join(', ')}`,
  }))();
export type Huishouden = z.infer<typeof Huishouden>;

export const Peildatum = /* @__PURE__ */ (() =>
  z.string().check(
    z.refine(isIsoDatum, { error: 'peildatum moet een datum zijn als JJJJ-MM-DD' }),
    z.refine((d) => NORMTABELLEN.some((t) => t.geldigVanaf <= d && d <= t.geldigTot), {
      error: `peildatum valt buiten de normtabellen: bijstandsnormen zijn opgenomen van ${eersteDag} tot en met ${laatsteDag}`,
    }),
    z.describe('Datum waarvan de bijstandsnormen gelden (JJJJ-MM-DD)'),
  ))();

// Years 2000–2099 only (as every request date, functions/contracts/invoer-grenzen.ts): a schedule of 120 months from
// year 9999 would leave the calendar.
export const Maand = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { error: 'maand moet JJJJ-MM zijn, van 2000-01 tot en met 2099-12' }),
    ))();

// The response shapes (Berekeningsregel, ToepasselijkeNorm and the four …Antwoord) are never parsed at runtime: the
// OpenAPI document and the guards at the bottom use them. Every call in them is marked pure, since esbuild keeps the
// arguments of a pure call that are calls themselves; so a handler that parses only a request leaves them out of its
// bundle (about 2 KB).
export const Berekeningsregel = /* @__PURE__ */ (() =>
  z.object({
    code: /* @__PURE__ */ z.string(),
    label: /* @__PURE__ */ z.string(),
    bedragCent: /* @__PURE__ */ z.int(),
    bron: /* @__PURE__ */ z.string(),
  }))();
export type Berekeningsregel = z.infer<typeof Berekeningsregel>;

export const IndividueleLasten = /* @__PURE__ */ (() =>
  z.strictObject({
    zorgpremieCent: cent('zorgpremieCent'),
    zorgtoeslagCent: cent('zorgtoeslagCent'),
    woonkostenCent: cent('woonkostenCent'),
    huurtoeslagCent: cent('huurtoeslagCent'),
    ontbrekendKindgebondenBudgetCent: z.optional(cent('ontbrekendKindgebondenBudgetCent')),
    inVoetBegrepenWoonkostenCent: z.optional(cent('inVoetBegrepenWoonkostenCent')),
    inVoetBegrepenZorgpremieCent: z.optional(cent('inVoetBegrepenZorgpremieCent')),
  }))();

export const OverigeCorrectie = /* @__PURE__ */ (() =>
  z.strictObject({
    omschrijving: z.string().check(z.minLength(1), z.maxLength(200)),
    bedragCent: centMagNegatief('bedragCent'),
    bron: z.string().check(z.minLength(1), z.maxLength(300)),
  }))();

export const Inkomensgroep = /* @__PURE__ */ (() =>
  z
    .enum(INKOMENSGROEPEN, { error: `onbekende inkomensgroep; kies uit: ${INKOMENSGROEPEN.join(', ')}` })
    .check(
      z.describe(
        'Inkomensgroep van de beslagvrije voet (modelmededeling of rekentool): laag (compensatiekop € 0), midden (compensatiekopCent verplicht), hoog (compensatiekop = maximum van art. 475da lid 1 Rv min 95% van de norm)',
      ),
    ))();

const vtlbVelden = /* @__PURE__ */ (() => ({
  peildatum: Peildatum,
  huishouden: Huishouden,
  compensatiekopCent: z
    .optional(cent('compensatiekopCent'))
    .check(
      z.describe(
        'Compensatiekop uit de Vtlb-calculator of rekentool; gaat voor op de berekende compensatiekop (inkomensgroep)',
      ),
    ),
  inkomensgroep: z.optional(Inkomensgroep),
  kinderenJongerDan18: z
    .optional(z.boolean({ error: 'kinderenJongerDan18 moet true of false zijn' }))
    .check(z.describe('Kinderen jonger dan 18 in het huishouden (leefsituatie van art. 475da lid 1 Rv)')),
  individueleLasten: z.optional(IndividueleLasten),
  correctiePremieEigenRisicoCent: z.optional(cent('correctiePremieEigenRisicoCent')),
  reserveringstoeslagCent: z.optional(cent('reserveringstoeslagCent')),
  reiskostenWerkCent: z.optional(cent('reiskostenWerkCent')),
  correctiePensioengerechtigdeLeeftijdCent: z.optional(cent('correctiePensioengerechtigdeLeeftijdCent')),
  overigeCorrecties: z.optional(z.array(OverigeCorrectie).check(z.maxLength(50))),
}))();

export const VtlbVerzoek = /* @__PURE__ */ (() => z.strictObject(vtlbVelden))();
export type VtlbVerzoek = z.infer<typeof VtlbVerzoek>;

export const ToepasselijkeNorm = /* @__PURE__ */ (() =>
  z.object({
    huishouden: Huishouden,
    cent: /* @__PURE__ */ z.int(),
    bron: /* @__PURE__ */ z.string(),
    geldigVanaf: /* @__PURE__ */ z.string(),
    geldigTot: /* @__PURE__ */ z.string(),
    regeling: /* @__PURE__ */ z.string(),
  }))();

export const VtlbAntwoord = /* @__PURE__ */ (() =>
  z.object({
    peildatum: /* @__PURE__ */ z.string(),
    huishouden: Huishouden,
    norm: ToepasselijkeNorm,
    beslagvrijeVoetCent: /* @__PURE__ */ z.int(),
    nominaalBedragCent: /* @__PURE__ */ z.int(),
    vtlbCent: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative()),
    compensatiekopCent: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative()),
    compensatiekopHerkomst: /* @__PURE__ */ z.enum(COMPENSATIEKOP_HERKOMSTEN),
    regels: /* @__PURE__ */ z.array(Berekeningsregel),
  }))();
export type VtlbAntwoord = z.infer<typeof VtlbAntwoord>;

export const VakantiegeldVerwerking = /* @__PURE__ */ (() =>
  z
    .enum(VAKANTIEGELD_VERWERKINGEN, { error: `kies uit: ${VAKANTIEGELD_VERWERKINGEN.join(', ')}` })
    .check(
      z.describe('gespreid (standaard): jaarbedrag / 12 per maand; in-uitbetalingsmaand: in de maand van uitbetaling'),
    ))();

const inkomenVelden = /* @__PURE__ */ (() => ({
  inkomenCent: cent('inkomenCent').check(
    z.describe(
      'Netto inkomen per maand, zonder vakantiegeld, eindejaarsuitkering, toeslagen, kinderbijslag en kindgebonden budget',
    ),
  ),
  vakantiegeldPerJaarCent: z.optional(cent('vakantiegeldPerJaarCent')),
  eindejaarsuitkeringPerJaarCent: z.optional(cent('eindejaarsuitkeringPerJaarCent')),
  vakantiegeldMaand: z.optional(maandNummer('vakantiegeldMaand')),
  eindejaarsuitkeringMaand: z.optional(maandNummer('eindejaarsuitkeringMaand')),
  vakantiegeldVerwerking: z.optional(VakantiegeldVerwerking),
  looptijdMaanden: z
    .optional(z.int().check(z.minimum(1), z.maximum(120)))
    .check(z.describe(`Standaard ${STANDAARD_LOOPTIJD_MAANDEN}`)),
}))();

const EersteMaand = /* @__PURE__ */ (() =>
  z.optional(Maand).check(z.describe('Eerste maand van de looptijd (JJJJ-MM); standaard de maand van de peildatum')))();

/** Household inputs → VTLB and afloscapaciteit (the what-if calculator's first half). */
export const VtlbBerekeningVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    ...vtlbVelden,
    ...inkomenVelden,
    eersteMaand: EersteMaand,
  }))();
export type VtlbBerekeningVerzoek = z.infer<typeof VtlbBerekeningVerzoek>;

export const AfloscapaciteitVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    vtlbCent: cent('vtlbCent'),
    eersteMaand: Maand,
    ...inkomenVelden,
  }))();
export type AfloscapaciteitVerzoek = z.infer<typeof AfloscapaciteitVerzoek>;

export const AfloscapaciteitAntwoord = /* @__PURE__ */ (() =>
  z.object({
    vakantiegeldVerwerking: VakantiegeldVerwerking,
    maanden: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        maand: /* @__PURE__ */ z.string(),
        inkomenCent: /* @__PURE__ */ z.int(),
        vtlbCent: /* @__PURE__ */ z.int(),
        afloscapaciteitCent: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative()),
      }),
    ),
    totaalCent: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative()),
    regels: /* @__PURE__ */ z.array(Berekeningsregel),
  }))();
export type AfloscapaciteitAntwoord = z.infer<typeof AfloscapaciteitAntwoord>;

export const Schuld = /* @__PURE__ */ (() =>
  z.strictObject({
    schuldeiserId: z.string().check(z.minLength(1), z.maxLength(100)),
    naam: z.string().check(z.minLength(1), z.maxLength(200)),
    bedragCent: cent('bedragCent').check(z.positive({ error: 'bedragCent moet groter zijn dan 0' })),
    soort: z.enum(SCHULD_SOORTEN, { error: 'soort moet preferent of concurrent zijn' }),
    lokaleOverheid: z.boolean(),
  }))();
export type Schuld = z.infer<typeof Schuld>;

const Schulden = /* @__PURE__ */ (() =>
  z.array(Schuld).check(
    z.minLength(1, { error: 'er moet minstens één schuld zijn' }),
    z.maxLength(500),
    z.superRefine((schulden, ctx) => {
      const gezien = new Set<string>();
      schulden.forEach((s, i) => {
        if (gezien.has(s.schuldeiserId)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'schuldeiserId'],
            message: 'schuldeiserId komt meer dan eens voor',
          });
        }
        gezien.add(s.schuldeiserId);
      });
    }),
  ))();

const kredietVelden = /* @__PURE__ */ (() => ({
  jaarrenteBasispunten: z
    .int()
    .check(
      z.minimum(0),
      z.maximum(MAX_JAARRENTE_BASISPUNTEN),
      z.describe('Jaarrente van de kredietbank in basispunten (350 = 3,50 %); 0 is toegestaan'),
    ),
  preferentFactor: z
    .optional(
      z.number().check(
        z.minimum(1),
        z.maximum(10),
        z.refine((f) => Math.abs(Math.round(f * 100) - f * 100) < 1e-9, {
          error: 'preferentFactor heeft hoogstens 2 decimalen',
        }),
      ),
    )
    .check(
      z.describe('Preferente schuldeisers krijgen factor × het concurrente percentage (standaard 2), hoogstens 100 %'),
    ),
}))();

export const SaneringskredietVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    termijnenCent: z.array(cent('termijnenCent')).check(z.minLength(1), z.maxLength(120)),
    schulden: Schulden,
    ...kredietVelden,
  }))();
export type SaneringskredietVerzoek = z.infer<typeof SaneringskredietVerzoek>;

export const SaneringskredietAntwoord = /* @__PURE__ */ (() =>
  z.object({
    looptijdMaanden: /* @__PURE__ */ z.int(),
    werkelijkeLooptijdMaanden: /* @__PURE__ */ z.int(),
    jaarrenteBasispunten: /* @__PURE__ */ z.int(),
    kredietruimteCent: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative()),
    kredietCent: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative()),
    totaleRenteCent: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative()),
    volledigeBetaling: /* @__PURE__ */ z.boolean(),
    verdeling: /* @__PURE__ */ z.object({
      totaalSchuldCent: /* @__PURE__ */ z.int(),
      aanbodCent: /* @__PURE__ */ z.int(),
      percentageConcurrent: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
      percentagePreferent: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
      preferentGemaximeerd: /* @__PURE__ */ z.boolean(),
      aandelen: /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.extend(Schuld, {
          aanbodCent: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative()),
          percentage: /* @__PURE__ */ z.number(),
        }),
      ),
    }),
    aflosschema: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        maand: /* @__PURE__ */ z.int(),
        termijnCent: /* @__PURE__ */ z.int(),
        renteCent: /* @__PURE__ */ z.int(),
        aflossingCent: /* @__PURE__ */ z.int(),
        restschuldCent: /* @__PURE__ */ z.int(),
      }),
    ),
    regels: /* @__PURE__ */ z.array(Berekeningsregel),
  }))();
export type SaneringskredietAntwoord = z.infer<typeof SaneringskredietAntwoord>;

/** The request body for the whole calculation of one household. */
export const SchuldregelingVerzoek = /* @__PURE__ */ (() =>
  z.strictObject({
    ...vtlbVelden,
    ...inkomenVelden,
    eersteMaand: EersteMaand,
    schulden: Schulden,
    ...kredietVelden,
  }))();
export type SchuldregelingVerzoek = z.infer<typeof SchuldregelingVerzoek>;

export const SchuldregelingAntwoord = /* @__PURE__ */ (() =>
  z.object({
    vtlb: VtlbAntwoord,
    afloscapaciteit: AfloscapaciteitAntwoord,
    saneringskrediet: SaneringskredietAntwoord,
  }))();
export type SchuldregelingAntwoord = z.infer<typeof SchuldregelingAntwoord>;

// Compile-time guards: a parsed request fits the domain input and the domain results fit the response schemas
// (a drift breaks `tsc`, not a client).
const _vtlbIn: (v: VtlbVerzoek) => VtlbInvoer = (v) => v;
const _aflIn: (v: AfloscapaciteitVerzoek) => AfloscapaciteitInvoer = (v) => v;
const _skIn: (v: SaneringskredietVerzoek) => SaneringskredietInvoer = (v) => v;
const _srIn: (v: SchuldregelingVerzoek) => SchuldregelingInvoer = (v) => v;
const _vtlb: (u: VtlbUitkomst) => VtlbAntwoord = (u) => u;
const _afl: (u: AfloscapaciteitUitkomst) => AfloscapaciteitAntwoord = (u) => u;
const _sk: (u: SaneringskredietUitkomst) => SaneringskredietAntwoord = (u) => u;
const _sr: (u: SchuldregelingUitkomst) => SchuldregelingAntwoord = (u) => u;
void [_vtlbIn, _aflIn, _skIn, _srIn, _vtlb, _afl, _sk, _sr];
