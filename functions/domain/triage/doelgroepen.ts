// Domain core: target groups detected from the intake answers, and the aanbod and contacts each adds to the plan
// (a default configuration that a gemeente overrides with its own, validated).
import * as z from 'zod/mini';
import { ValidatieFout, type VeldFout } from '../fouten';
import { VRAAG } from './instrument';
import type { Antwoorden } from './instrument-schema';
import { leesGetal, leesJaNee, leesKeuze } from './lees-antwoord';
import { STANDAARD_DOELGROEP_CONFIG } from './standaard-doelgroep-config';
import '../zod-meldingen';

export const DoelgroepCode = /* @__PURE__ */ z.enum([
  'ondernemer-actief',
  'ondernemer-gestopt',
  'jongere',
  'huizenbezitter',
  'taal-en-cultuur',
]);
export type DoelgroepCode = z.infer<typeof DoelgroepCode>;

export const DoelgroepKenmerk = /* @__PURE__ */ z.enum([
  'overwaarde',
  'geen-overwaarde',
  'overwaarde-onbekend',
  'hypotheekachterstand',
  'taalhulp',
  'cultuurwensen',
]);
export type DoelgroepKenmerk = z.infer<typeof DoelgroepKenmerk>;

/** A target group registered on the case, with why (Dutch, readable by the resident). */
export const Doelgroep = /* @__PURE__ */ (() =>
  z.object({
    code: DoelgroepCode,
    kenmerken: z.array(DoelgroepKenmerk),
    reden: z.string().check(z.minLength(1)),
  }))();
export type Doelgroep = z.infer<typeof Doelgroep>;

/**
 * Jongeren 18 t/m 27: the age band of the jongerenaanpak most gemeenten use (our default, not a legal boundary;
 * a gemeente with another band sets it here when it configures its own version).
 */
export const JONGERE_LEEFTIJD = { van: 18, totEnMet: 27 } as const;

/** The target groups the answers show, in a fixed order. Pure: the same answers give the same list. */
export function detecteerDoelgroepen(antwoorden: Antwoorden): Doelgroep[] {
  const groepen: Doelgroep[] = [];
  const ondernemer = leesKeuze(antwoorden, VRAAG.ondernemer);
  if (ondernemer === 'actief-bedrijf' || leesKeuze(antwoorden, VRAAG.inkomenBron) === 'eigen-bedrijf') {
    groepen.push({
      code: 'ondernemer-actief',
      kenmerken: [],
      reden: 'U heeft een eigen bedrijf dat nog loopt: daarom kijken we ook naar hulp voor ondernemers (Bbz).',
    });
  } else if (ondernemer === 'gestopt-bedrijf') {
    groepen.push({
      code: 'ondernemer-gestopt',
      kenmerken: [],
      reden: 'U had een eigen bedrijf: daarom nemen we uw zakelijke schulden mee en kijken we naar het Bbz.',
    });
  }
  const leeftijd = leesGetal(antwoorden, VRAAG.leeftijd);
  if (leeftijd !== undefined && leeftijd >= JONGERE_LEEFTIJD.van && leeftijd <= JONGERE_LEEFTIJD.totEnMet) {
    groepen.push({
      code: 'jongere',
      kenmerken: [],
      reden: `U bent ${leeftijd} jaar: daarom krijgt u de hulp die we speciaal voor jongeren hebben.`,
    });
  }
  if (leesKeuze(antwoorden, VRAAG.woonsituatie) === 'eigen-woning') {
    const overwaarde = leesKeuze(antwoorden, VRAAG.woningOverwaarde);
    const kenmerken: DoelgroepKenmerk[] = [
      overwaarde === 'ja' ? 'overwaarde' : overwaarde === 'nee' ? 'geen-overwaarde' : 'overwaarde-onbekend',
    ];
    if (leesJaNee(antwoorden, VRAAG.achterstandWoonlasten)) kenmerken.push('hypotheekachterstand');
    groepen.push({
      code: 'huizenbezitter',
      kenmerken,
      reden:
        overwaarde === 'ja'
          ? 'U heeft een eigen huis met overwaarde: daarom bekijken we samen wat dat betekent voor uw schulden.'
          : 'U heeft een eigen huis: daarom bekijken we samen uw hypotheek en woonlasten.',
    });
  }
  const taal = leesJaNee(antwoorden, VRAAG.taalhulp);
  const cultuur = leesJaNee(antwoorden, VRAAG.cultuurwensen);
  if (taal || cultuur) {
    const kenmerken: DoelgroepKenmerk[] = [];
    if (taal) kenmerken.push('taalhulp');
    if (cultuur) kenmerken.push('cultuurwensen');
    groepen.push({
      code: 'taal-en-cultuur',
      kenmerken,
      reden: taal
        ? 'U wilt hulp bij taal, lezen of schrijven: daarom praten we in eenvoudige taal of met een tolk.'
        : 'U wilt dat we rekening houden met uw geloof of cultuur: daarom kiezen we samen een oplossing die daarbij past.',
    });
  }
  return groepen;
}

// --- aanbod and contacts per target group --------------------------------------------------------------------------

const Code = /* @__PURE__ */ (() => z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case verwacht')))();

export const AanbodItem = /* @__PURE__ */ (() =>
  z.strictObject({
    code: Code,
    titel: z.string().check(z.minLength(1)),
    omschrijving: z.string().check(z.minLength(1)),
  }))();
export type AanbodItem = z.infer<typeof AanbodItem>;

/** A contact for the plan; a local contact without channels is a role the gemeente fills in. */
export const Contact = /* @__PURE__ */ (() =>
  z.strictObject({
    code: Code,
    naam: z.string().check(z.minLength(1)),
    omschrijving: z.string().check(z.minLength(1)),
    url: z.optional(z.url({ protocol: /^https$/ })),
    telefoon: z.optional(z.string().check(z.regex(/^[0-9 +()-]{3,20}$/, 'telefoonnummer verwacht'))),
    email: z.optional(z.email()),
  }))();
export type Contact = z.infer<typeof Contact>;

export const DoelgroepAanbod = /* @__PURE__ */ (() =>
  z.strictObject({
    aanbod: z.array(AanbodItem),
    contacten: z.array(Contact),
  }))();
export type DoelgroepAanbod = z.infer<typeof DoelgroepAanbod>;

/** The full configuration: every target group has an entry (a record over an enum is exhaustive in zod 4). */
export const DoelgroepConfig = /* @__PURE__ */ (() =>
  z.strictObject({
    versie: z.string().check(z.minLength(1)),
    doelgroepen: z.record(DoelgroepCode, DoelgroepAanbod),
  }))();
export type DoelgroepConfig = z.infer<typeof DoelgroepConfig>;

const Vervallen = /* @__PURE__ */ (() => z.strictObject({ code: Code, vervallen: z.literal(true) }))();

/**
 * A gemeente's override. Per target group and per list, items are matched on `code`: an item with a known code
 * replaces the default item in place, a new code is added at the end, and `{ code, vervallen: true }` removes one.
 */
export const GemeenteDoelgroepConfig = /* @__PURE__ */ (() =>
  z.strictObject({
    gemeente: z.string().check(z.minLength(1)),
    doelgroepen: z.partialRecord(
      DoelgroepCode,
      z.strictObject({
        aanbod: z.optional(z.array(z.union([AanbodItem, Vervallen]))),
        contacten: z.optional(z.array(z.union([Contact, Vervallen]))),
      }),
    ),
  }))();
export type GemeenteDoelgroepConfig = z.infer<typeof GemeenteDoelgroepConfig>;

function zodVelden(error: z.core.$ZodError): VeldFout[] {
  return error.issues.flatMap((i) => {
    const pad = i.path.map(String);
    // An unknown key is reported on its parent; name the key itself, so the field is the one to fix.
    const paden = i.code === 'unrecognized_keys' ? i.keys.map((k) => [...pad, k]) : [pad];
    return paden.map((p) => ({ veld: p.join('.'), melding: i.message }));
  });
}

function voegSamen<T extends { code: string }>(
  basis: readonly T[],
  wijzigingen: readonly (T | { code: string; vervallen: true })[],
  pad: string,
  velden: VeldFout[],
): T[] {
  const codes = new Set<string>();
  let uitkomst = [...basis];
  wijzigingen.forEach((w, i) => {
    if (codes.has(w.code)) velden.push({ veld: `${pad}.${i}.code`, melding: `Code ${w.code} staat dubbel` });
    codes.add(w.code);
    const plek = uitkomst.findIndex((b) => b.code === w.code);
    if ('vervallen' in w) {
      if (plek === -1) velden.push({ veld: `${pad}.${i}.code`, melding: `Code ${w.code} staat niet in de standaard` });
      else uitkomst = uitkomst.filter((b) => b.code !== w.code);
    } else if (plek === -1) {
      uitkomst.push(w);
    } else {
      uitkomst[plek] = w;
    }
  });
  return uitkomst;
}

/**
 * The configuration for one gemeente: its override merged over the base (normally `STANDAARD_DOELGROEP_CONFIG`).
 * Both are validated; problems throw ValidatieFout('DOELGROEP_CONFIG_ONGELDIG') with the field path in the override
 * (`doelgroepen.jongere.aanbod.0.titel`). The version becomes `<base>+<gemeente>`; the inputs are not changed.
 */
export function doelgroepConfigVoorGemeente(
  override: GemeenteDoelgroepConfig,
  basis: DoelgroepConfig = STANDAARD_DOELGROEP_CONFIG,
): DoelgroepConfig {
  const basisGeparsed = DoelgroepConfig.safeParse(basis);
  if (!basisGeparsed.success) {
    throw new ValidatieFout(
      'DOELGROEP_CONFIG_ONGELDIG',
      'Standaardconfiguratie is ongeldig',
      zodVelden(basisGeparsed.error),
    );
  }
  const geparsed = GemeenteDoelgroepConfig.safeParse(override);
  if (!geparsed.success) {
    throw new ValidatieFout(
      'DOELGROEP_CONFIG_ONGELDIG',
      'Doelgroepconfiguratie van de gemeente is ongeldig',
      zodVelden(geparsed.error),
    );
  }
  const o = geparsed.data;
  const velden: VeldFout[] = [];
  const doelgroepen = { ...basisGeparsed.data.doelgroepen };
  for (const code of DoelgroepCode.options) {
    const wijziging = o.doelgroepen[code];
    if (!wijziging) continue;
    const standaard = doelgroepen[code];
    doelgroepen[code] = {
      aanbod: voegSamen(standaard.aanbod, wijziging.aanbod ?? [], `doelgroepen.${code}.aanbod`, velden),
      contacten: voegSamen(standaard.contacten, wijziging.contacten ?? [], `doelgroepen.${code}.contacten`, velden),
    };
  }
  if (velden.length > 0) {
    throw new ValidatieFout('DOELGROEP_CONFIG_ONGELDIG', `Doelgroepconfiguratie van ${o.gemeente} is ongeldig`, velden);
  }
  return { versie: `${basisGeparsed.data.versie}+${o.gemeente}`, doelgroepen };
}

/** What one target group adds to the plan van aanpak. */
export interface PlanAanvulling {
  doelgroep: DoelgroepCode;
  aanbod: AanbodItem[];
  contacten: Contact[];
}

/** The aanbod and contacts the detected target groups add to the plan, in the order of the groups. */
export function aanbodVoorDoelgroepen(
  doelgroepen: readonly Doelgroep[],
  config: DoelgroepConfig = STANDAARD_DOELGROEP_CONFIG,
): PlanAanvulling[] {
  return doelgroepen.map((d) => ({
    doelgroep: d.code,
    aanbod: [...config.doelgroepen[d.code].aanbod],
    contacten: [...config.doelgroepen[d.code].contacten],
  }));
}
