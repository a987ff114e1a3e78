// Domain core: the zod schemas of the norm catalogue (for catalogues loaded as data) and its validation.
// Namespace import, not `import { z }`: esbuild tree-shakes zod/mini to what is used (about 13 KB for a small schema
// instead of about 430 KB).
import * as z from 'zod/mini';
import { IsoDate } from '../kalender/kalender';
import { normId, pasGemeenteNormToe, valideerNorm } from './catalogus';
import { NormFout } from './norm-fout';
import { metNormbron, NORMBRONNEN, NORMTEKSTEN } from './normteksten';
import '../zod-meldingen';

export const StapNaam = /* @__PURE__ */ z.enum([
  'eerste-gesprek',
  'intake',
  'beschikking',
  'vaststelling',
  'betaalvoorstel',
  'schuldeiser-reactie',
  'schuldregeling-akkoord',
  'stabilisatie',
  'moratorium',
  'bezwaar',
  'nazorg',
  'bezwaar-beslissing',
  'begeleiding',
  'doorverwijzing',
  'persoonlijk-contact',
  'wsnp',
  'schuldregeling',
  'regeling-betaling',
  'regeling-evaluatie',
]);
export type StapNaam = z.infer<typeof StapNaam>;

/**
 * `maanden` is added to the three units of the brief because the law counts moratorium and the convenants
 * count stabilisatie in months, and 6 months is neither 26 weeks nor 182 days.
 */
export const Eenheid = /* @__PURE__ */ z.enum(['kalenderdagen', 'weken', 'werkdagen', 'maanden']);
export type Eenheid = z.infer<typeof Eenheid>;

/** The event the term counts from (the day of the event itself is not counted). */
export const StartGebeurtenis = /* @__PURE__ */ z.enum([
  'aanmelding',
  'eerste-gesprek',
  'beschikking-concept-gereed',
  'beschikking-vastgesteld',
  'bericht-verzonden',
  'saldoverzoeken-verzonden',
  'kennisgeving-verzonden',
  'moratorium-ingegaan',
  'beschikking-bekendgemaakt',
  'traject-beeindigd',
  'bezwaartermijn-verstreken',
  'begeleiding-gestart',
  'doorverwijzing-overgedragen',
  'terugval-gesignaleerd',
  'wsnp-uitgesproken',
  'akkoord-schuldregeling',
  'vervaldag-betaling',
  'evaluatiemoment',
]);
export type StartGebeurtenis = z.infer<typeof StartGebeurtenis>;

export const Termijn = /* @__PURE__ */ z.object({ termijn: z.int().check(z.positive()), eenheid: Eenheid });
export type Termijn = z.infer<typeof Termijn>;

const Tekst = /* @__PURE__ */ z.string().check(z.minLength(1));

const MetBron = /* @__PURE__ */ z.extend(Termijn, { bron: Tekst });

/**
 * A term of a catalogue norm. Its `bron` only where the data brings its own (a catalogue loaded as data): the built-in
 * norms keep theirs in normteksten.ts under the norm id, and `valideerCatalogus` refuses a norm with neither.
 */
const MetEigenBron = /* @__PURE__ */ z.extend(Termijn, { bron: z.optional(Tekst) });

export const Variant = /* @__PURE__ */ z.enum(['standaard', 'crisis']);
export type Variant = z.infer<typeof Variant>;

export const NormDefinitie = /* @__PURE__ */ z.object({
  stap: StapNaam,
  variant: Variant,
  /** Absent for the built-in norms: their texts are in normteksten.ts, by norm id (as every `bron` below). */
  omschrijving: z.optional(Tekst),
  startgebeurtenis: StartGebeurtenis,
  /**
   * What the deadline is: `wettelijk` (set by law: ends per Atw art. 1), `afspraak` (agreed in a covenant or
   * with the chain partners) or `servicenorm` (the gemeente's own target, no legal basis).
   */
  soort: z.enum(['wettelijk', 'afspraak', 'servicenorm']),
  /** The deadline term: the legal or agreed maximum, or for a servicenorm-only step the default norm. */
  termijn: MetEigenBron,
  /** Atw art. 1: the end moves to the next werkdag when it falls on a Saturday, Sunday or feestdag. */
  eindeVolgensAtw: z.boolean(),
  /** The service norm the team works to; never looser than `termijn`. */
  servicenorm: MetEigenBron,
  /** A gemeente may set the deadline term itself (e.g. a beslistermijn by verordening), never above `termijn`. */
  termijnPerGemeente: z.boolean(),
  opschorting: z.object({ toegestaan: z.boolean(), bron: z.optional(Tekst) }),
  verlenging: z.discriminatedUnion('toegestaan', [
    z.object({ toegestaan: z.literal(false), bron: z.optional(Tekst) }),
    z.object({ toegestaan: z.literal(true), maximum: Termijn, bron: z.optional(Tekst) }),
  ]),
});
export type NormDefinitie = z.infer<typeof NormDefinitie>;

export const CatalogusVersie = /* @__PURE__ */ z.object({
  versie: z.string().check(z.minLength(1)),
  geldigVanaf: IsoDate,
  /** Inclusive; absent = open-ended. */
  geldigTot: z.optional(IsoDate),
  normen: z.array(NormDefinitie),
});
export type CatalogusVersie = z.infer<typeof CatalogusVersie>;

/** A gemeente's own norms for one step: stricter than the catalogue's legal maximum, never looser. */
export const GemeenteNorm = /* @__PURE__ */ z.object({
  gemeente: z.string().check(z.minLength(1)),
  stap: StapNaam,
  variant: z.optional(Variant),
  /** The gemeente's service norm, with its source (besluit, beleidsplan). */
  servicenorm: z.optional(MetBron),
  /** Only where the catalogue allows it (`termijnPerGemeente`, or a servicenorm-only step). */
  termijn: z.optional(MetBron),
  geldigVanaf: z.optional(IsoDate),
  geldigTot: z.optional(IsoDate),
});
export type GemeenteNorm = z.infer<typeof GemeenteNorm>;

export const NormCatalogus = /* @__PURE__ */ z.object({
  versies: z.array(CatalogusVersie).check(z.minLength(1)),
  gemeenteNormen: z.array(GemeenteNorm),
});
export type NormCatalogus = z.infer<typeof NormCatalogus>;

/** Checks a whole catalogue: schema, norm consistency, no overlapping versions, valid overrides. */
export function valideerCatalogus(catalogus: NormCatalogus): NormCatalogus {
  const geparsed = NormCatalogus.safeParse(catalogus);
  if (!geparsed.success) {
    throw new NormFout('CATALOGUS_ONGELDIG', `Normcatalogus voldoet niet aan het schema: ${geparsed.error.message}`);
  }
  const versies = [...catalogus.versies].sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? -1 : 1));
  versies.forEach((v, i) => {
    if (v.geldigTot !== undefined && v.geldigTot < v.geldigVanaf) {
      throw new NormFout('CATALOGUS_ONGELDIG', `Versie ${v.versie} eindigt voor zij begint`);
    }
    const volgende = versies[i + 1];
    if (volgende && (v.geldigTot === undefined || v.geldigTot >= volgende.geldigVanaf)) {
      throw new NormFout('CATALOGUS_ONGELDIG', `Versies ${v.versie} en ${volgende.versie} overlappen`);
    }
    const gezien = new Set<string>();
    for (const n of v.normen) {
      const id = normId(n.stap, n.variant);
      if (gezien.has(id)) throw new NormFout('CATALOGUS_ONGELDIG', `Norm ${id} staat dubbel in versie ${v.versie}`);
      gezien.add(id);
      valideerNorm(n, v.versie);
      // Every number keeps its source: a norm without its own texts must have them in normteksten.ts.
      const getoond = [n.omschrijving, n.termijn.bron];
      const geciteerd = [n.servicenorm.bron, n.opschorting.bron, n.verlenging.bron];
      if (
        (getoond.includes(undefined) && !Object.hasOwn(NORMTEKSTEN, id)) ||
        (geciteerd.includes(undefined) && !Object.hasOwn(NORMBRONNEN, id))
      ) {
        throw new NormFout('CATALOGUS_ONGELDIG', `Norm ${id} in versie ${v.versie} heeft geen omschrijving of bron`);
      }
    }
  });
  for (const o of catalogus.gemeenteNormen) {
    for (const v of catalogus.versies) {
      const basis = v.normen.find((n) => n.stap === o.stap && n.variant === (o.variant ?? 'standaard'));
      if (basis) metTekst(() => pasGemeenteNormToe(basis, o));
    }
  }
  return catalogus;
}

/**
 * Registers (or replaces) a gemeente's norms for a step, validated against every catalogue version that has the
 * step. Returns a new catalogue; the input is not changed.
 */
export function registreerGemeenteNorm(catalogus: NormCatalogus, override: GemeenteNorm): NormCatalogus {
  const o = GemeenteNorm.parse(override);
  let gevonden = false;
  for (const v of catalogus.versies) {
    const basis = v.normen.find((n) => n.stap === o.stap && n.variant === (o.variant ?? 'standaard'));
    if (basis) {
      gevonden = true;
      metTekst(() => pasGemeenteNormToe(basis, o));
    }
  }
  if (!gevonden) throw new NormFout('ONBEKENDE_STAP', `Geen catalogusnorm voor stap ${o.stap} om te overschrijven`);
  const zelfde = (x: GemeenteNorm) =>
    x.gemeente === o.gemeente &&
    x.stap === o.stap &&
    (x.variant ?? 'standaard') === (o.variant ?? 'standaard') &&
    x.geldigVanaf === o.geldigVanaf;
  return { ...catalogus, gemeenteNormen: [...catalogus.gemeenteNormen.filter((x) => !zelfde(x)), o] };
}

/** Runs a check whose refusal may quote a norm's source, with that source's text (normteksten.ts). */
function metTekst<T>(controle: () => T): T {
  try {
    return controle();
  } catch (e) {
    throw metNormbron(e);
  }
}
