// Domain core: the deadline of a process step from its norm, opschortingen and verlengingen. Pure and deterministic.
import {
  dagnummer,
  type IsoDate,
  isWerkdag,
  laatste,
  plusKalenderdagen,
  plusMaanden,
  vanDagnummer,
  volgendeWerkdagAtw,
  vroegste,
} from '../kalender/kalender';
import { type GeldendeNorm, normVoor } from './catalogus';
import type { NormCatalogus, StapNaam, Termijn } from './catalogus-schema';
import { NormFout } from './norm-fout';
import { STANDAARD_CATALOGUS } from './standaard-catalogus';

export interface Opschorting {
  id: string;
  start: IsoDate;
  verwachtEinde: IsoDate;
  /** The day the term runs again; absent while the opschorting is open. */
  werkelijkEinde?: IsoDate;
  reden: string;
}

export interface Verlenging {
  id: string;
  dagen?: number;
  weken?: number;
  /** Beyond the brief's dagen/weken: the stabilisatie convenants extend in months. */
  maanden?: number;
  reden: string;
  /** The date the verlenging was decided; it must not be after the deadline it extends. */
  op: IsoDate;
}

export interface DeadlineInvoer {
  stap: StapNaam;
  /** Date of the start event of the norm (aanmelding, eerste gesprek, …); that day itself is not counted. */
  start: IsoDate;
  gemeente?: string;
  crisis?: boolean;
  opschortingen?: Opschorting[];
  verlengingen?: Verlenging[];
  /** Needed only for an open opschorting: it lasts at least until today, or its verwachtEinde if later. */
  vandaag?: IsoDate;
  catalogus?: NormCatalogus;
}

export interface DeadlineUitkomst {
  stap: StapNaam;
  /** Legal (or agreed) deadline; for a servicenorm-only step the service norm itself. On time = on or before. */
  deadline: IsoDate;
  /** Never after `deadline`. */
  servicenormDeadline: IsoDate;
  norm: {
    id: string;
    versie: string;
    /**
     * Only where the catalogue data brings its own (a gemeente's override of the term, a catalogue loaded as data):
     * the built-in norms' texts are in normteksten.ts by id, which `metNormtekst` adds where a text is shown.
     */
    bron?: string;
    omschrijving?: string;
    eenheid: string;
    termijn: number;
    soort: GeldendeNorm['soort'];
    startgebeurtenis: GeldendeNorm['startgebeurtenis'];
  };
  /** Calendar days within (start, deadline] on which the term did not run. */
  opgeschortDagen: number;
}

/**
 * The calendar days on which the term does not run, as sorted, disjoint, inclusive ranges of day numbers.
 * Awb 4:15 lid 1: the term is suspended "met ingang van de dag na" the day the opschorting starts "tot de dag"
 * it ends: the start day still counts, the end day counts again. An open opschorting ends at the latest of its
 * verwachtEinde and today. Overlapping periods count once (the ranges are merged), and every question on them
 * costs O(number of periods), never O(number of days): a period of centuries is as cheap as one of a week.
 */
export class OpgeschorteDagen {
  private constructor(private readonly reeksen: ReadonlyArray<readonly [number, number]>) {}

  static van(opschortingen: Opschorting[], vandaag: IsoDate | undefined): OpgeschorteDagen {
    const ruw: [number, number][] = [];
    for (const o of opschortingen) {
      let einde: IsoDate;
      if (o.werkelijkEinde !== undefined) {
        einde = o.werkelijkEinde;
      } else {
        if (vandaag === undefined) {
          throw new NormFout(
            'VANDAAG_ONTBREEKT',
            `Opschorting ${o.id} is nog open: geef 'vandaag' mee om haar te bepalen`,
          );
        }
        einde = laatste(o.verwachtEinde, vandaag);
      }
      const van = dagnummer(o.start);
      const tot = dagnummer(einde);
      if (tot < van || dagnummer(o.verwachtEinde) < van) {
        throw new NormFout(
          'OPSCHORTING_ONGELDIG',
          `Opschorting ${o.id} eindigt (${einde}) voor zij begint (${o.start})`,
        );
      }
      if (van + 1 <= tot - 1) ruw.push([van + 1, tot - 1]);
    }
    ruw.sort((a, b) => a[0] - b[0]);
    const samengevoegd: [number, number][] = [];
    for (const [van, tot] of ruw) {
      const vorige = samengevoegd[samengevoegd.length - 1];
      if (vorige && van <= vorige[1] + 1) vorige[1] = Math.max(vorige[1], tot);
      else samengevoegd.push([van, tot]);
    }
    return new OpgeschorteDagen(samengevoegd);
  }

  /** The last suspended day of the range that holds `dag`, or undefined when `dag` runs. */
  eindeVanReeksMet(dag: number): number | undefined {
    for (const [van, tot] of this.reeksen) {
      if (dag < van) return undefined;
      if (dag <= tot) return tot;
    }
    return undefined;
  }

  /** Number of suspended days in (na, totEnMet]. */
  aantalTussen(na: number, totEnMet: number): number {
    let n = 0;
    for (const [van, tot] of this.reeksen) {
      const a = Math.max(van, na + 1);
      const b = Math.min(tot, totEnMet);
      if (b >= a) n += b - a + 1;
    }
    return n;
  }
}

interface Verlengd {
  maanden: number;
  dagen: number;
}

/** The nominal end of a calendar term plus extra months and days, order-independent (months first). */
function nominaalEinde(start: IsoDate, t: Termijn, extra: Verlengd): IsoDate {
  const maanden = (t.eenheid === 'maanden' ? t.termijn : 0) + extra.maanden;
  const dagen = (t.eenheid === 'kalenderdagen' ? t.termijn : t.eenheid === 'weken' ? 7 * t.termijn : 0) + extra.dagen;
  return plusKalenderdagen(plusMaanden(start, maanden), dagen);
}

/**
 * The day the term ends: the day on which its last running day falls. Days in `opgeschort` do not run; a
 * werkdagen term runs only on werkdagen. Suspended days after the end never count, because the walk stops there.
 */
function loopTermijn(start: IsoDate, t: Termijn, extra: Verlengd, opgeschort: OpgeschorteDagen): number {
  const begin = dagnummer(start);
  const werkdagen = t.eenheid === 'werkdagen';
  const teLopen = werkdagen ? t.termijn : dagnummer(nominaalEinde(start, t, extra)) - begin;
  let dag = begin;
  let gelopen = 0;
  while (gelopen < teLopen) {
    dag++;
    const eindeOpschorting = opgeschort.eindeVanReeksMet(dag);
    if (eindeOpschorting !== undefined) {
      // Jump over the whole suspended range at once: the walk stays linear in the days the term runs.
      dag = eindeOpschorting;
      continue;
    }
    if (werkdagen && !isWerkdag(vanDagnummer(dag))) continue;
    gelopen++;
  }
  return dag;
}

function geheel(n: number | undefined, veld: string, id: string): number {
  if (n === undefined) return 0;
  if (!Number.isInteger(n) || n < 0) {
    throw new NormFout('VERLENGING_ONGELDIG', `Verlenging ${id}: ${veld} moet een geheel getal ≥ 0 zijn, niet ${n}`);
  }
  return n;
}

function optellen(verlengingen: Verlenging[]): Verlengd {
  return verlengingen.reduce<Verlengd>(
    (som, v) => ({
      maanden: som.maanden + geheel(v.maanden, 'maanden', v.id),
      dagen: som.dagen + geheel(v.dagen, 'dagen', v.id) + 7 * geheel(v.weken, 'weken', v.id),
    }),
    { maanden: 0, dagen: 0 },
  );
}

function valideerVerlengingen(
  norm: GeldendeNorm,
  start: IsoDate,
  verlengingen: Verlenging[],
  opgeschort: OpgeschorteDagen,
): Verlengd {
  if (verlengingen.length === 0) return { maanden: 0, dagen: 0 };
  if (!norm.verlenging.toegestaan) {
    throw NormFout.metBron(
      'VERLENGING_NIET_TOEGESTAAN',
      { norm: norm.id, tekst: 'verlenging', eigen: norm.verlenging.bron },
      (bron) => `Norm ${norm.id} kan niet worden verlengd (${bron}); verlenging ${verlengingen[0]?.id} geweigerd`,
    );
  }
  for (const v of verlengingen) {
    const s = optellen([v]);
    if (s.maanden === 0 && s.dagen === 0) {
      throw new NormFout('VERLENGING_ONGELDIG', `Verlenging ${v.id} verlengt niets: geef dagen, weken of maanden`);
    }
  }
  const totaal = optellen(verlengingen);
  const max = norm.verlenging.maximum;
  const maxExtra: Verlengd =
    max.eenheid === 'maanden'
      ? { maanden: max.termijn, dagen: 0 }
      : { maanden: 0, dagen: max.eenheid === 'weken' ? 7 * max.termijn : max.termijn };
  if (nominaalEinde(start, norm.termijn, totaal) > nominaalEinde(start, norm.termijn, maxExtra)) {
    throw NormFout.metBron(
      'VERLENGING_TE_LANG',
      { norm: norm.id, tekst: 'verlenging', eigen: norm.verlenging.bron },
      (bron) =>
        `Verlengingen van ${norm.id} gaan samen verder dan het maximum van ${max.termijn} ${max.eenheid} (${bron})`,
    );
  }
  // Each verlenging must be decided before the deadline it extends has passed (in order of decision date).
  const opVolgorde = [...verlengingen].sort((a, b) => (a.op < b.op ? -1 : a.op > b.op ? 1 : a.id < b.id ? -1 : 1));
  opVolgorde.forEach((v, i) => {
    const eerder = optellen(opVolgorde.slice(0, i));
    const geldend = eindeMetAtw(norm, loopTermijn(start, norm.termijn, eerder, opgeschort));
    if (dagnummer(v.op) > dagnummer(geldend)) {
      throw new NormFout('VERLENGING_TE_LAAT', `Verlenging ${v.id} op ${v.op} komt na de deadline ${geldend}`);
    }
  });
  return totaal;
}

function eindeMetAtw(norm: GeldendeNorm, dag: number): IsoDate {
  const einde = vanDagnummer(dag);
  // Atw art. 1 lid 1: a statutory term ending on a Saturday, Sunday or feestdag runs to the next werkdag.
  return norm.eindeVolgensAtw ? volgendeWerkdagAtw(einde) : einde;
}

/**
 * Deadline and service-norm deadline of one step.
 *
 * 1. Select the norm version valid on `start` (with the gemeente's override and the crisis variant).
 * 2. Collect the suspended days (Awb 4:15 style); refuse them where the norm allows no opschorting.
 * 3. Check the verlengingen against the norm's maximum and their decision dates.
 * 4. Walk the term from `start`, skipping suspended days (and non-werkdagen for a werkdagen term).
 * 5. Apply Atw art. 1 to statutory terms; service norms and agreements are not moved (they are not "in een wet
 *    gestelde termijn"), and the service-norm deadline is capped at the deadline.
 */
export function berekenDeadline(input: DeadlineInvoer): DeadlineUitkomst {
  const start = vanDagnummer(dagnummer(input.start));
  const norm = normVoor(
    input.stap,
    {
      op: start,
      ...(input.gemeente !== undefined ? { gemeente: input.gemeente } : {}),
      ...(input.crisis !== undefined ? { crisis: input.crisis } : {}),
    },
    input.catalogus ?? STANDAARD_CATALOGUS,
  );
  const opschortingen = input.opschortingen ?? [];
  if (opschortingen.length > 0 && !norm.opschorting.toegestaan) {
    throw NormFout.metBron(
      'OPSCHORTING_NIET_TOEGESTAAN',
      { norm: norm.id, tekst: 'opschorting', eigen: norm.opschorting.bron },
      (bron) => `Norm ${norm.id} kan niet worden opgeschort (${bron}); opschorting ${opschortingen[0]?.id} geweigerd`,
    );
  }
  const opgeschort = OpgeschorteDagen.van(opschortingen, input.vandaag);
  const verlengd = valideerVerlengingen(norm, start, input.verlengingen ?? [], opgeschort);

  const eindDag = loopTermijn(start, norm.termijn, verlengd, opgeschort);
  const deadline = eindeMetAtw(norm, eindDag);
  const servicenormDeadline = vroegste(
    vanDagnummer(loopTermijn(start, norm.servicenorm, verlengd, opgeschort)),
    deadline,
  );

  const opgeschortDagen = opgeschort.aantalTussen(dagnummer(start), eindDag);

  return {
    stap: input.stap,
    deadline,
    servicenormDeadline,
    norm: {
      id: norm.id,
      versie: norm.versie,
      ...(norm.termijn.bron !== undefined ? { bron: norm.termijn.bron } : {}),
      ...(norm.omschrijving !== undefined ? { omschrijving: norm.omschrijving } : {}),
      eenheid: norm.termijn.eenheid,
      termijn: norm.termijn.termijn,
      soort: norm.soort,
      startgebeurtenis: norm.startgebeurtenis,
    },
    opgeschortDagen,
  };
}
