// Domain core: norm selection from the versioned catalogue, with gemeente overrides held within the legal maximum.
// Free of zod at runtime (types only), so a Lambda that only computes deadlines does not bundle the schemas.
import { dagnummer, type IsoDate, vanDagnummer } from '../kalender/kalender';
import type { GemeenteNorm, NormCatalogus, NormDefinitie, StapNaam, Termijn, Variant } from './catalogus-schema';
import { type Normbron, NormFout } from './norm-fout';
import { STANDAARD_CATALOGUS } from './standaard-catalogus';

/** The norm that applies to one step on one date for one gemeente, overrides applied. */
export interface GeldendeNorm extends NormDefinitie {
  id: string;
  versie: string;
  gemeente?: string;
}

/**
 * Compares two terms: negative when a is shorter than b. Kalenderdagen and weken convert exactly (×7);
 * werkdagen and maanden only compare with the same unit, because their length in days depends on the date.
 */
export function vergelijkTermijn(a: Termijn, b: Termijn): number {
  if (a.eenheid === b.eenheid) return a.termijn - b.termijn;
  const inDagen = (t: Termijn): number | undefined =>
    t.eenheid === 'kalenderdagen' ? t.termijn : t.eenheid === 'weken' ? t.termijn * 7 : undefined;
  const da = inDagen(a);
  const db = inDagen(b);
  if (da === undefined || db === undefined) {
    throw new NormFout(
      'EENHEDEN_ONVERGELIJKBAAR',
      `Een termijn in ${a.eenheid} is niet te vergelijken met een termijn in ${b.eenheid}; gebruik dezelfde eenheid`,
    );
  }
  return da - db;
}

export function normId(stap: StapNaam, variant: Variant): string {
  return variant === 'crisis' ? `${stap}:crisis` : stap;
}

export function valideerNorm(n: NormDefinitie, versie: string): void {
  const waar = `${normId(n.stap, n.variant)} in versie ${versie}`;
  if (vergelijkTermijn(n.servicenorm, n.termijn) > 0) {
    throw new NormFout('CATALOGUS_ONGELDIG', `Servicenorm van ${waar} is ruimer dan de termijn`);
  }
  if (n.verlenging.toegestaan && (n.termijn.eenheid === 'werkdagen' || n.servicenorm.eenheid === 'werkdagen')) {
    // A verlenging is given in dagen/weken/maanden; adding calendar days to a werkdagen term has no clear meaning.
    throw new NormFout('CATALOGUS_ONGELDIG', `Verlenging op een termijn in werkdagen wordt niet ondersteund (${waar})`);
  }
}

/** The source of a norm's term for a message: the term's own (an override's), else the norm's in normteksten.ts. */
function termijnBron(basis: NormDefinitie, termijn: { bron?: string | undefined }): Normbron {
  return { norm: normId(basis.stap, basis.variant), tekst: 'termijn', eigen: termijn.bron };
}

/** Applies one gemeente override to a catalogue norm, enforcing the legal maximum. */
export function pasGemeenteNormToe(basis: NormDefinitie, o: GemeenteNorm): NormDefinitie {
  const naam = `${normId(o.stap, o.variant ?? 'standaard')} van gemeente ${o.gemeente}`;
  const vrijeTermijn = basis.soort === 'servicenorm';
  if (o.termijn && !basis.termijnPerGemeente && !vrijeTermijn) {
    throw NormFout.metBron(
      'OVERRIDE_TERMIJN_NIET_TOEGESTAAN',
      termijnBron(basis, basis.termijn),
      (bron) => `De termijn van ${naam} ligt vast (${bron}); een gemeente kan alleen de servicenorm aanscherpen`,
    );
  }
  const gevraagd = o.termijn;
  if (gevraagd && !vrijeTermijn && vergelijkTermijn(gevraagd, basis.termijn) > 0) {
    const max = basis.termijn;
    throw NormFout.metBron(
      'OVERRIDE_RUIMER_DAN_MAXIMUM',
      termijnBron(basis, max),
      (bron) =>
        `Termijn ${gevraagd.termijn} ${gevraagd.eenheid} voor ${naam} is ruimer dan het wettelijk maximum van ` +
        `${max.termijn} ${max.eenheid} (${bron})`,
    );
  }
  const termijn = o.termijn ?? basis.termijn;
  // Without its own service norm, a gemeente that shortens the term keeps the catalogue's service norm only if it still fits.
  const servicenorm = o.servicenorm ?? (vergelijkTermijn(basis.servicenorm, termijn) > 0 ? termijn : basis.servicenorm);
  if (vergelijkTermijn(servicenorm, termijn) > 0) {
    throw NormFout.metBron(
      'OVERRIDE_RUIMER_DAN_MAXIMUM',
      termijnBron(basis, termijn),
      (bron) =>
        `Servicenorm ${servicenorm.termijn} ${servicenorm.eenheid} voor ${naam} is ruimer dan de termijn van ` +
        `${termijn.termijn} ${termijn.eenheid} (${bron}); een servicenorm mag strenger zijn, nooit ruimer`,
    );
  }
  return { ...basis, termijn, servicenorm };
}

function geldigOp(item: { geldigVanaf?: string; geldigTot?: string }, op: IsoDate): boolean {
  return (
    (item.geldigVanaf === undefined || item.geldigVanaf <= op) && (item.geldigTot === undefined || op <= item.geldigTot)
  );
}

/**
 * The norm for a step on date `op` (normally the date of the start event): the catalogue version valid on that
 * date, the crisis variant when asked for and defined (otherwise the standard norm), then the gemeente's
 * override valid on that date (the last registered wins). A date outside every version is an error.
 */
export function normVoor(
  stap: StapNaam,
  opties: { op: IsoDate; gemeente?: string; crisis?: boolean },
  catalogus: NormCatalogus = STANDAARD_CATALOGUS,
): GeldendeNorm {
  const op = vanDagnummer(dagnummer(opties.op));
  const versie = catalogus.versies.find((v) => geldigOp(v, op));
  if (!versie) {
    const bereik = catalogus.versies
      .map((v) => `${v.versie}: ${v.geldigVanaf} t/m ${v.geldigTot ?? 'heden'}`)
      .join('; ');
    throw new NormFout('GEEN_NORMVERSIE', `Geen normversie geldig op ${op} (${bereik})`);
  }
  const crisis =
    opties.crisis === true ? versie.normen.find((n) => n.stap === stap && n.variant === 'crisis') : undefined;
  const basis = crisis ?? versie.normen.find((n) => n.stap === stap && n.variant === 'standaard');
  if (!basis) throw new NormFout('ONBEKENDE_STAP', `Geen norm voor stap ${stap} in versie ${versie.versie}`);
  valideerNorm(basis, versie.versie);
  const override =
    opties.gemeente === undefined
      ? undefined
      : catalogus.gemeenteNormen.findLast(
          (o) =>
            o.gemeente === opties.gemeente &&
            o.stap === stap &&
            (o.variant ?? 'standaard') === basis.variant &&
            geldigOp(o, op),
        );
  const norm = override ? pasGemeenteNormToe(basis, override) : basis;
  return {
    ...norm,
    id: normId(stap, basis.variant),
    versie: override ? `${versie.versie}+${override.gemeente}` : versie.versie,
    ...(override ? { gemeente: override.gemeente } : {}),
  };
}
