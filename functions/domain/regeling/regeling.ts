// Domain layer: the 18-month regeling after the akkoord (saneringskrediet: the monthly reservering for the
// kredietbank; schuldbemiddeling: the monthly payment to the creditors). Pure: its part of the traject fold and the
// commands that decide its events. Each month is one expected payment with a deadline (step `regeling-betaling`),
// the plan is evaluated periodically (step `regeling-evaluatie`), and the end is the finale kwijting.
import type * as z from 'zod/mini';
import { ConflictFout, RegelFout, ValidatieFout } from '../fouten';
import { laatste, plusMaanden } from '../kalender/kalender';
import type { Terugval } from '../nazorg/nazorg';
import { berekenDeadline } from '../normen/deadline';
import { deadlinesVan } from '../traject/deadlines';
import type { Stap, TrajectGebeurtenis } from '../traject/gebeurtenissen';
import type { StapVoortgang, Traject } from '../traject/traject';
import type { Oplossing, REGELING_GEBEURTENISSEN } from './regeling-gebeurtenissen';

export type RegelingGebeurtenis = z.infer<(typeof REGELING_GEBEURTENISSEN)[number]>;

/**
 * How many months one workflow execution covers. Our choice (no source): six months keep an execution far below the
 * one-year limit of a Standard execution and its 25,000 history events, and line up with the evaluations.
 */
export const PERIODE_MAANDEN = 6;

/**
 * The default evaluation interval: no law or NVVK text that we could read sets one for the regeling, so it is
 * configuration (GemeenteConfiguratie `regeling.evaluatieIntervalMaanden`); six months is our default, the
 * evaluation rhythm gemeenten commonly use in their plan van aanpak.
 */
export const STANDAARD_EVALUATIE_INTERVAL_MAANDEN = 6;

export interface Betaling {
  maand: number;
  status: 'ontvangen' | 'gemist';
  op: string;
  vastgesteld?: 'gemeld' | 'termijn-verstreken';
}

export interface RegelingStaat {
  start: string;
  einde: string;
  oplossing: Oplossing;
  looptijdMaanden: number;
  periodeMaanden: number;
  evaluatieNaMaanden: number[];
  /** The month opened last (0: none yet) and its vervaldag. */
  maand: number;
  vervaldag?: string;
  betalingen: Betaling[];
  evaluaties: { naMaand: number; geopendOp: string; voltooidOp?: string }[];
  /** Periods (workflow executions) completed. */
  perioden: number;
  /** Terugvallen during the regeling (a missed payment, a vroegsignaal): personal contact on every one. */
  terugvallen: Terugval[];
  beeindigdOp?: string;
}

const REGELING_TYPES = new Set<string>([
  'regeling-gestart',
  'regeling-maand-geopend',
  'betaling-ontvangen',
  'betaling-gemist',
  'regeling-evaluatie-geopend',
  'regeling-periode-afgerond',
  'schuldregeling-beeindigd',
]);

export function isRegelingGebeurtenis(g: TrajectGebeurtenis): g is RegelingGebeurtenis {
  return REGELING_TYPES.has(g.type);
}

/** The vervaldag of month `maand`: the same day of the month as the start, `maand` months later. */
export function vervaldagVan(start: string, maand: number): string {
  return plusMaanden(start, maand);
}

/** The first day of month `maand`: the start for the first, the vervaldag of the month before for the others. */
export function maandBegin(start: string, maand: number): string {
  return maand === 1 ? start : vervaldagVan(start, maand - 1);
}

/** The step a case waits in during the regeling when no personal contact is open. */
function regelingStap(stappen: StapVoortgang[]): Stap | null {
  const open = (stap: Stap) => stappen.some((s) => s.stap === stap && s.voltooidOp === undefined);
  if (open('persoonlijk-contact')) return 'persoonlijk-contact';
  if (open('regeling-evaluatie')) return 'regeling-evaluatie';
  if (open('regeling-betaling')) return 'regeling-betaling';
  return null;
}

function voltooi(stappen: StapVoortgang[], stap: Stap, datum: string): StapVoortgang[] {
  return stappen.map((s) =>
    s.stap === stap && s.voltooidOp === undefined ? { ...s, voltooidOp: laatste(datum, s.start) } : s,
  );
}

/** The fold for the regeling events (called from `evolueer`). */
export function evolueerRegeling(traject: Traject, g: RegelingGebeurtenis): Traject {
  if (g.type === 'regeling-gestart') {
    return {
      ...traject,
      regeling: { ...g.data, maand: 0, betalingen: [], evaluaties: [], perioden: 0, terugvallen: [] },
    };
  }
  const r = traject.regeling;
  if (!r) return traject;
  switch (g.type) {
    case 'regeling-maand-geopend': {
      // The month runs from the previous vervaldag; its deadline is the vervaldag plus the respijt (norm).
      const start = maandBegin(r.start, g.data.maand);
      const tot = berekenDeadline({
        stap: 'regeling-betaling',
        start: g.data.vervaldag,
        gemeente: traject.gemeente,
      }).deadline;
      const vooruit = r.betalingen.find((b) => b.maand === g.data.maand);
      const stap: StapVoortgang = {
        stap: 'regeling-betaling',
        start,
        tot,
        gemeldeOverschrijdingen: [],
        ...(vooruit ? { voltooidOp: laatste(vooruit.op, start) } : {}),
      };
      const stappen = [...traject.stappen.filter((s) => s.stap !== 'regeling-betaling'), stap];
      return {
        ...traject,
        stap: regelingStap(stappen),
        stappen,
        regeling: { ...r, maand: g.data.maand, vervaldag: g.data.vervaldag },
      };
    }
    case 'betaling-ontvangen':
    case 'betaling-gemist': {
      const betaling: Betaling =
        g.type === 'betaling-ontvangen'
          ? { maand: g.data.maand, status: 'ontvangen', op: g.data.ontvangenOp }
          : { maand: g.data.maand, status: 'gemist', op: g.data.datum, vastgesteld: g.data.vastgesteld };
      const stappen =
        g.data.maand === r.maand ? voltooi(traject.stappen, 'regeling-betaling', betaling.op) : traject.stappen;
      return {
        ...traject,
        stap: regelingStap(stappen),
        stappen,
        regeling: { ...r, betalingen: [...r.betalingen, betaling] },
      };
    }
    case 'regeling-evaluatie-geopend': {
      const stappen = [
        ...traject.stappen.filter((s) => s.stap !== 'regeling-evaluatie'),
        { stap: 'regeling-evaluatie' as const, start: g.data.datum, gemeldeOverschrijdingen: [] },
      ];
      return {
        ...traject,
        stap: regelingStap(stappen),
        stappen,
        regeling: { ...r, evaluaties: [...r.evaluaties, { naMaand: g.data.naMaand, geopendOp: g.data.datum }] },
      };
    }
    case 'regeling-periode-afgerond':
      return { ...traject, regeling: { ...r, perioden: Math.max(r.perioden, g.data.periode) } };
    case 'schuldregeling-beeindigd': {
      const stappen = voltooi(
        voltooi(traject.stappen, 'regeling-betaling', g.data.datum),
        'regeling-evaluatie',
        g.data.datum,
      );
      return { ...traject, stap: regelingStap(stappen), stappen, regeling: { ...r, beeindigdOp: g.data.datum } };
    }
  }
}

/** An evaluation recorded while the regeling's evaluation step is open completes it (called from `evolueer`). */
export function evaluatieInRegeling(traject: Traject, datum: string): Traject {
  const r = traject.regeling;
  const open = traject.stappen.find((s) => s.stap === 'regeling-evaluatie' && s.voltooidOp === undefined);
  if (!r || !open) return traject;
  const stappen = voltooi(traject.stappen, 'regeling-evaluatie', datum);
  const evaluaties = r.evaluaties.map((e, i) =>
    i === r.evaluaties.length - 1 && e.voltooidOp === undefined ? { ...e, voltooidOp: laatste(datum, e.geopendOp) } : e,
  );
  return { ...traject, stap: regelingStap(stappen), stappen, regeling: { ...r, evaluaties } };
}

/** Whether `datum` falls inside a running regeling of this case (a terugval then counts). */
export function binnenRegeling(traject: Traject, datum: string): boolean {
  const r = traject.regeling;
  return r !== undefined && r.beeindigdOp === undefined && !traject.afgesloten && datum >= r.start;
}

// ---- commands ----

/**
 * Opens the regeling on the day of the akkoord. The term: norm `schuldregeling` (18 months since 1 July 2023, NVVK;
 * DESIGN §3.1); the evaluation moments every `evaluatieInterval` months before the end.
 */
export function startRegeling(
  traject: Traject,
  opdracht: { start: string; oplossing: Oplossing; evaluatieIntervalMaanden: number },
): TrajectGebeurtenis | undefined {
  if (traject.regeling) {
    if (traject.regeling.start === opdracht.start) return undefined;
    throw new ConflictFout('REGELING_LOOPT_AL', `de regeling loopt al sinds ${traject.regeling.start}`);
  }
  const einde = berekenDeadline({ stap: 'schuldregeling', start: opdracht.start, gemeente: traject.gemeente }).deadline;
  const looptijdMaanden = maandenTussen(opdracht.start, einde);
  const evaluatieNaMaanden: number[] = [];
  for (let m = opdracht.evaluatieIntervalMaanden; m < looptijdMaanden; m += opdracht.evaluatieIntervalMaanden) {
    evaluatieNaMaanden.push(m);
  }
  return {
    type: 'regeling-gestart',
    data: {
      start: opdracht.start,
      einde,
      oplossing: opdracht.oplossing,
      looptijdMaanden,
      periodeMaanden: PERIODE_MAANDEN,
      evaluatieNaMaanden,
    },
  };
}

function maandenTussen(start: string, einde: string): number {
  let m = 0;
  while (plusMaanden(start, m + 1) <= einde) m++;
  return m;
}

export type RegelingBesluit =
  | { soort: 'gebeurtenis'; gebeurtenis: TrajectGebeurtenis; heropen?: Stap }
  | { soort: 'wacht'; status: 'betaling' | 'evaluatie'; maand: number }
  | { soort: 'klaar'; status: 'periode-afgerond' | 'beeindigd' | 'afgesloten'; maand: number };

/**
 * What the regeling's workflow does next, from the store (the Task calls it until it answers a wait or an end):
 * open the next month, record a month whose deadline passed without payment as missed, open the evaluation after
 * an evaluation month, end the period (the next execution takes over), or end the regeling (finale kwijting, then
 * the hand-over to nazorg). `periode` is the execution's own period (1, 2, 3): it never opens a month of the next.
 */
export function volgendeInRegeling(traject: Traject, periode: number, vandaag: string): RegelingBesluit {
  const r = traject.regeling;
  if (!r) throw new RegelFout('GEEN_REGELING', `traject ${traject.id} heeft geen lopende regeling`);
  if (traject.afgesloten) return { soort: 'klaar', status: 'afgesloten', maand: r.maand };
  if (r.beeindigdOp !== undefined) {
    if (!traject.overdrachten.some((o) => o.naar === 'nazorg')) return naarNazorg(r.beeindigdOp);
    return { soort: 'klaar', status: 'beeindigd', maand: r.maand };
  }
  const m = r.maand;
  if (m > 0 && !r.betalingen.some((b) => b.maand === m)) {
    const d = deadlinesVan(traject, vandaag).find((x) => x.stap === 'regeling-betaling');
    if (d?.status === 'overschreden') {
      return {
        soort: 'gebeurtenis',
        gebeurtenis: { type: 'betaling-gemist', data: { maand: m, datum: vandaag, vastgesteld: 'termijn-verstreken' } },
      };
    }
    return { soort: 'wacht', status: 'betaling', maand: m };
  }
  if (m > 0 && r.evaluatieNaMaanden.includes(m)) {
    const e = r.evaluaties.find((x) => x.naMaand === m);
    if (!e) {
      return {
        soort: 'gebeurtenis',
        gebeurtenis: { type: 'regeling-evaluatie-geopend', data: { naMaand: m, datum: vandaag } },
        heropen: 'regeling-evaluatie',
      };
    }
    if (e.voltooidOp === undefined) return { soort: 'wacht', status: 'evaluatie', maand: m };
  }
  if (m >= r.looptijdMaanden) {
    const ontvangen = new Set(r.betalingen.filter((b) => b.status === 'ontvangen').map((b) => b.maand)).size;
    return {
      soort: 'gebeurtenis',
      gebeurtenis: {
        type: 'schuldregeling-beeindigd',
        data: {
          datum: vandaag,
          uitkomst: 'finale-kwijting',
          maandenOntvangen: ontvangen,
          maandenGemist: r.looptijdMaanden - ontvangen,
        },
      },
    };
  }
  if (m > 0 && m % r.periodeMaanden === 0 && m / r.periodeMaanden >= periode) {
    if (r.perioden >= m / r.periodeMaanden) return { soort: 'klaar', status: 'periode-afgerond', maand: m };
    return {
      soort: 'gebeurtenis',
      gebeurtenis: { type: 'regeling-periode-afgerond', data: { periode: m / r.periodeMaanden, totMaand: m } },
    };
  }
  return {
    soort: 'gebeurtenis',
    gebeurtenis: { type: 'regeling-maand-geopend', data: { maand: m + 1, vervaldag: vervaldagVan(r.start, m + 1) } },
    // The wait item of the step is per step, not per month: clear last month's completion mark first.
    heropen: 'regeling-betaling',
  };
}

function naarNazorg(datum: string): RegelingBesluit {
  return {
    soort: 'gebeurtenis',
    gebeurtenis: {
      type: 'fase-overgedragen',
      data: { naar: 'nazorg', datum, aanleiding: 'schuldregeling beëindigd (finale kwijting)' },
    },
  };
}

/**
 * A payment for a month as the kredietbank or the consulent reports it: received on a date, or missed. The same
 * report again changes nothing; a different report for a month already recorded is a 409 (a correction is a
 * separate, audited act).
 */
export function registreerBetaling(
  traject: Traject,
  opdracht: { maand: number; ontvangenOp?: string; gemist?: boolean },
  vandaag: string,
): TrajectGebeurtenis | undefined {
  const r = traject.regeling;
  if (!r || r.beeindigdOp !== undefined) {
    throw new ConflictFout('GEEN_LOPENDE_REGELING', `traject ${traject.id} heeft geen lopende regeling`);
  }
  if (opdracht.maand > r.looptijdMaanden) {
    throw new ValidatieFout('MAAND_BUITEN_LOOPTIJD', `de regeling loopt ${r.looptijdMaanden} maanden`, [
      { veld: 'maand', melding: `ligt na de looptijd (${r.looptijdMaanden} maanden)` },
    ]);
  }
  const bestaand = r.betalingen.find((b) => b.maand === opdracht.maand);
  // A month is reported once it has begun (from the vervaldag before it); paying ahead is the next month's report.
  const begin = maandBegin(r.start, opdracht.maand);
  if (!bestaand && vandaag < begin) {
    throw new RegelFout('MAAND_NIET_BEGONNEN', `maand ${opdracht.maand} van de regeling begint op ${begin}`);
  }
  if (bestaand) {
    const zelfde = opdracht.gemist
      ? bestaand.status === 'gemist'
      : bestaand.status === 'ontvangen' && bestaand.op === opdracht.ontvangenOp;
    if (zelfde) return undefined;
    throw new ConflictFout(
      'BETALING_AL_VASTGELEGD',
      `maand ${opdracht.maand} is al vastgelegd als ${bestaand.status} op ${bestaand.op}`,
    );
  }
  if (opdracht.gemist) {
    return { type: 'betaling-gemist', data: { maand: opdracht.maand, datum: vandaag, vastgesteld: 'gemeld' } };
  }
  const ontvangenOp = opdracht.ontvangenOp ?? vandaag;
  if (ontvangenOp > vandaag) {
    throw new ValidatieFout('DATUM_IN_TOEKOMST', 'een ontvangen betaling ligt niet in de toekomst', [
      { veld: 'ontvangenOp', melding: `ligt na vandaag (${vandaag})` },
    ]);
  }
  if (ontvangenOp < begin) {
    throw new ValidatieFout('DATUM_VOOR_MAAND', 'een betaling voor een maand ligt niet voor het begin van die maand', [
      { veld: 'ontvangenOp', melding: `ligt voor het begin van maand ${opdracht.maand} (${begin})` },
    ]);
  }
  return { type: 'betaling-ontvangen', data: { maand: opdracht.maand, ontvangenOp } };
}

/** The regeling in the case view: counts and dates only (the amounts are in the betaalvoorstel's aflosschema). */
export function regelingOverzicht(r: RegelingStaat) {
  const ontvangen = r.betalingen.filter((b) => b.status === 'ontvangen').map((b) => b.maand);
  const gemist = r.betalingen.filter((b) => b.status === 'gemist').map((b) => b.maand);
  const volgende = Array.from({ length: r.looptijdMaanden }, (_, i) => i + 1).find(
    (m) => !r.betalingen.some((b) => b.maand === m),
  );
  return {
    start: r.start,
    einde: r.einde,
    oplossing: r.oplossing,
    looptijdMaanden: r.looptijdMaanden,
    maand: r.maand,
    ontvangen,
    gemist,
    volgendeMaand: volgende ?? null,
    volgendeVervaldag: volgende !== undefined ? vervaldagVan(r.start, volgende) : null,
    evaluaties: r.evaluaties,
    perioden: r.perioden,
    ...(r.beeindigdOp !== undefined ? { beeindigdOp: r.beeindigdOp } : {}),
  };
}
