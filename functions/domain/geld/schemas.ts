// Domain layer: zod shapes of the money calculations' inputs and outputs (API request and response bodies); types via z.infer.
import * as z from 'zod';
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

const cent = (veld: string) =>
  z
    .number({ error: `${veld} moet een bedrag in centen zijn` })
    .int({ error: `${veld} moet een geheel aantal centen zijn` })
    .nonnegative({ error: `${veld} mag niet negatief zijn` })
    .max(Number.MAX_SAFE_INTEGER);
const centMagNegatief = (veld: string) =>
  z
    .number({ error: `${veld} moet een bedrag in centen zijn` })
    .int({ error: `${veld} moet een geheel aantal centen zijn` });
const maandNummer = (veld: string) =>
  z
    .number()
    .int()
    .min(1, { error: `${veld} moet 1 tot en met 12 zijn` })
    .max(12, { error: `${veld} moet 1 tot en met 12 zijn` });

export const Huishouden = z.enum(HUISHOUDENS, {
  error: `onbekend huishouden; kies uit: ${HUISHOUDENS.join(', ')}`,
});
export type Huishouden = z.infer<typeof Huishouden>;

export const Peildatum = z
  .string()
  .refine(isIsoDatum, { error: 'peildatum moet een datum zijn als JJJJ-MM-DD' })
  .refine((d) => NORMTABELLEN.some((t) => t.geldigVanaf <= d && d <= t.geldigTot), {
    error: `peildatum valt buiten de normtabellen: bijstandsnormen zijn opgenomen van ${eersteDag} tot en met ${laatsteDag}`,
  })
  .describe('Datum waarvan de bijstandsnormen gelden (JJJJ-MM-DD)');

export const Maand = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'maand moet JJJJ-MM zijn' });

export const Berekeningsregel = z.object({
  code: z.string(),
  label: z.string(),
  bedragCent: z.number().int(),
  bron: z.string(),
});
export type Berekeningsregel = z.infer<typeof Berekeningsregel>;

export const IndividueleLasten = z.object({
  zorgpremieCent: cent('zorgpremieCent'),
  zorgtoeslagCent: cent('zorgtoeslagCent'),
  woonkostenCent: cent('woonkostenCent'),
  huurtoeslagCent: cent('huurtoeslagCent'),
  ontbrekendKindgebondenBudgetCent: cent('ontbrekendKindgebondenBudgetCent').optional(),
  inVoetBegrepenWoonkostenCent: cent('inVoetBegrepenWoonkostenCent').optional(),
  inVoetBegrepenZorgpremieCent: cent('inVoetBegrepenZorgpremieCent').optional(),
});

export const OverigeCorrectie = z.object({
  omschrijving: z.string().min(1).max(200),
  bedragCent: centMagNegatief('bedragCent'),
  bron: z.string().min(1).max(300),
});

export const Inkomensgroep = z
  .enum(INKOMENSGROEPEN, { error: `onbekende inkomensgroep; kies uit: ${INKOMENSGROEPEN.join(', ')}` })
  .describe(
    'Inkomensgroep van de beslagvrije voet (modelmededeling of rekentool): laag (compensatiekop € 0), midden (compensatiekopCent verplicht), hoog (compensatiekop = maximum van art. 475da lid 1 Rv min 95% van de norm)',
  );

const vtlbVelden = {
  peildatum: Peildatum,
  huishouden: Huishouden,
  compensatiekopCent: cent('compensatiekopCent')
    .optional()
    .describe(
      'Compensatiekop uit de Vtlb-calculator of rekentool; gaat voor op de berekende compensatiekop (inkomensgroep)',
    ),
  inkomensgroep: Inkomensgroep.optional(),
  kinderenJongerDan18: z
    .boolean({ error: 'kinderenJongerDan18 moet true of false zijn' })
    .optional()
    .describe('Kinderen jonger dan 18 in het huishouden (leefsituatie van art. 475da lid 1 Rv)'),
  individueleLasten: IndividueleLasten.optional(),
  correctiePremieEigenRisicoCent: cent('correctiePremieEigenRisicoCent').optional(),
  reserveringstoeslagCent: cent('reserveringstoeslagCent').optional(),
  reiskostenWerkCent: cent('reiskostenWerkCent').optional(),
  correctiePensioengerechtigdeLeeftijdCent: cent('correctiePensioengerechtigdeLeeftijdCent').optional(),
  overigeCorrecties: z.array(OverigeCorrectie).max(50).optional(),
};

export const VtlbVerzoek = z.object(vtlbVelden);
export type VtlbVerzoek = z.infer<typeof VtlbVerzoek>;

export const ToepasselijkeNorm = z.object({
  huishouden: Huishouden,
  cent: z.number().int(),
  bron: z.string(),
  geldigVanaf: z.string(),
  geldigTot: z.string(),
  regeling: z.string(),
});

export const VtlbAntwoord = z.object({
  peildatum: z.string(),
  huishouden: Huishouden,
  norm: ToepasselijkeNorm,
  beslagvrijeVoetCent: z.number().int(),
  nominaalBedragCent: z.number().int(),
  vtlbCent: z.number().int().nonnegative(),
  compensatiekopCent: z.number().int().nonnegative(),
  compensatiekopHerkomst: z.enum(COMPENSATIEKOP_HERKOMSTEN),
  regels: z.array(Berekeningsregel),
});
export type VtlbAntwoord = z.infer<typeof VtlbAntwoord>;

export const VakantiegeldVerwerking = z
  .enum(VAKANTIEGELD_VERWERKINGEN, { error: `kies uit: ${VAKANTIEGELD_VERWERKINGEN.join(', ')}` })
  .describe('gespreid (standaard): jaarbedrag / 12 per maand; in-uitbetalingsmaand: in de maand van uitbetaling');

const inkomenVelden = {
  inkomenCent: cent('inkomenCent').describe(
    'Netto inkomen per maand, zonder vakantiegeld, eindejaarsuitkering, toeslagen, kinderbijslag en kindgebonden budget',
  ),
  vakantiegeldPerJaarCent: cent('vakantiegeldPerJaarCent').optional(),
  eindejaarsuitkeringPerJaarCent: cent('eindejaarsuitkeringPerJaarCent').optional(),
  vakantiegeldMaand: maandNummer('vakantiegeldMaand').optional(),
  eindejaarsuitkeringMaand: maandNummer('eindejaarsuitkeringMaand').optional(),
  vakantiegeldVerwerking: VakantiegeldVerwerking.optional(),
  looptijdMaanden: z.number().int().min(1).max(120).optional().describe(`Standaard ${STANDAARD_LOOPTIJD_MAANDEN}`),
};

/** Household inputs → VTLB and afloscapaciteit (the what-if calculator's first half). */
export const VtlbBerekeningVerzoek = z
  .object({
    ...vtlbVelden,
    ...inkomenVelden,
    eersteMaand: Maand.optional().describe(
      'Eerste maand van de looptijd (JJJJ-MM); standaard de maand van de peildatum',
    ),
  })
  .strict();
export type VtlbBerekeningVerzoek = z.infer<typeof VtlbBerekeningVerzoek>;

export const AfloscapaciteitVerzoek = z.object({
  vtlbCent: cent('vtlbCent'),
  eersteMaand: Maand,
  ...inkomenVelden,
});
export type AfloscapaciteitVerzoek = z.infer<typeof AfloscapaciteitVerzoek>;

export const AfloscapaciteitAntwoord = z.object({
  vakantiegeldVerwerking: VakantiegeldVerwerking,
  maanden: z.array(
    z.object({
      maand: z.string(),
      inkomenCent: z.number().int(),
      vtlbCent: z.number().int(),
      afloscapaciteitCent: z.number().int().nonnegative(),
    }),
  ),
  totaalCent: z.number().int().nonnegative(),
  regels: z.array(Berekeningsregel),
});
export type AfloscapaciteitAntwoord = z.infer<typeof AfloscapaciteitAntwoord>;

export const Schuld = z.object({
  schuldeiserId: z.string().min(1).max(100),
  naam: z.string().min(1).max(200),
  bedragCent: cent('bedragCent').positive({ error: 'bedragCent moet groter zijn dan 0' }),
  soort: z.enum(SCHULD_SOORTEN, { error: 'soort moet preferent of concurrent zijn' }),
  lokaleOverheid: z.boolean(),
});
export type Schuld = z.infer<typeof Schuld>;

const Schulden = z
  .array(Schuld)
  .min(1, { error: 'er moet minstens één schuld zijn' })
  .max(500)
  .superRefine((schulden, ctx) => {
    const gezien = new Set<string>();
    schulden.forEach((s, i) => {
      if (gezien.has(s.schuldeiserId)) {
        ctx.addIssue({ code: 'custom', path: [i, 'schuldeiserId'], message: 'schuldeiserId komt meer dan eens voor' });
      }
      gezien.add(s.schuldeiserId);
    });
  });

const kredietVelden = {
  jaarrenteBasispunten: z
    .number()
    .int()
    .min(0)
    .max(MAX_JAARRENTE_BASISPUNTEN)
    .describe('Jaarrente van de kredietbank in basispunten (350 = 3,50 %); 0 is toegestaan'),
  preferentFactor: z
    .number()
    .min(1)
    .max(10)
    .refine((f) => Math.abs(Math.round(f * 100) - f * 100) < 1e-9, {
      error: 'preferentFactor heeft hoogstens 2 decimalen',
    })
    .optional()
    .describe('Preferente schuldeisers krijgen factor × het concurrente percentage (standaard 2), hoogstens 100 %'),
};

export const SaneringskredietVerzoek = z.object({
  termijnenCent: z.array(cent('termijnenCent')).min(1).max(120),
  schulden: Schulden,
  ...kredietVelden,
});
export type SaneringskredietVerzoek = z.infer<typeof SaneringskredietVerzoek>;

export const SaneringskredietAntwoord = z.object({
  looptijdMaanden: z.number().int(),
  werkelijkeLooptijdMaanden: z.number().int(),
  jaarrenteBasispunten: z.number().int(),
  kredietruimteCent: z.number().int().nonnegative(),
  kredietCent: z.number().int().nonnegative(),
  totaleRenteCent: z.number().int().nonnegative(),
  volledigeBetaling: z.boolean(),
  verdeling: z.object({
    totaalSchuldCent: z.number().int(),
    aanbodCent: z.number().int(),
    percentageConcurrent: z.number().nullable(),
    percentagePreferent: z.number().nullable(),
    preferentGemaximeerd: z.boolean(),
    aandelen: z.array(Schuld.extend({ aanbodCent: z.number().int().nonnegative(), percentage: z.number() })),
  }),
  aflosschema: z.array(
    z.object({
      maand: z.number().int(),
      termijnCent: z.number().int(),
      renteCent: z.number().int(),
      aflossingCent: z.number().int(),
      restschuldCent: z.number().int(),
    }),
  ),
  regels: z.array(Berekeningsregel),
});
export type SaneringskredietAntwoord = z.infer<typeof SaneringskredietAntwoord>;

/** The request body for the whole calculation of one household. */
export const SchuldregelingVerzoek = z.object({
  ...vtlbVelden,
  ...inkomenVelden,
  eersteMaand: Maand.optional().describe('Eerste maand van de looptijd (JJJJ-MM); standaard de maand van de peildatum'),
  schulden: Schulden,
  ...kredietVelden,
});
export type SchuldregelingVerzoek = z.infer<typeof SchuldregelingVerzoek>;

export const SchuldregelingAntwoord = z.object({
  vtlb: VtlbAntwoord,
  afloscapaciteit: AfloscapaciteitAntwoord,
  saneringskrediet: SaneringskredietAntwoord,
});
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
