// Domain layer: how long a closed case and an outreach signal are kept, and the anonymous figures that outlive them.
//
// Sources looked up: the Wgs and the Besluit gemeentelijke schuldhulpverlening set no retention period for the case
// file; the AP's Handreiking Wet gemeentelijke schuldhulpverlening (§7.6 Bewaartermijnen) asks the gemeente to set and
// justify one (AVG art. 5 lid 1 sub e) rather than naming a number; the Selectielijst gemeenten and intergemeentelijke
// organen sets archival periods per process result, which the gemeente applies to its own classification. None of
// them gives one number this system could apply to every gemeente. So the periods are per-gemeente CONFIGURATION
// WITHOUT A DEFAULT: a gemeente that has not configured one keeps its closed cases (no expiry is set, nothing is
// deleted) and every closure logs that the period is missing, so the gap is visible instead of silently filled.
import { UITSTROOMREDEN_CODE } from '../ddas/uitstroomreden';
import { eindeVanDagInAmsterdam, plusMaanden } from '../kalender/kalender';
import type { Traject } from '../traject/traject';

export interface Bewaartermijnen {
  /** Months after the closing date that the case (all its items) is kept. */
  trajectMaanden?: number;
  /** Months after receipt that an outreach signal that led to nothing is kept. */
  signaalMaanden?: number;
}

/** Epoch seconds (the TTL attribute's unit): the end of the day `maanden` months after `datum`, Europe/Amsterdam. */
export function verlooptOpNa(datum: string, maanden: number): number {
  return Math.floor(eindeVanDagInAmsterdam(plusMaanden(datum, maanden)).getTime() / 1000);
}

/** An anonymous figure per closed case: no id, no person, no amount; what the DDAS/CBS statistics need. */
export interface AnoniemeStatistiek {
  gemeente: string;
  afgeslotenOp: string;
  reden: string;
  /** The EnumUitstroomreden code (functions/domain/ddas/uitstroomreden.ts), as in the DDAS record. */
  uitstroomreden: string;
  fasen: string[];
  stappen: { stap: string; doorlooptijdDagen: number }[];
  terugvallen: number;
}

export function statistiekVan(traject: Traject, doorlooptijden: { stap: string; doorlooptijdDagen: number }[]) {
  if (!traject.afgesloten) throw new Error(`traject ${traject.id} is not closed`);
  const statistiek: AnoniemeStatistiek = {
    gemeente: traject.gemeente,
    afgeslotenOp: traject.afgesloten.op,
    reden: traject.afgesloten.reden,
    uitstroomreden: UITSTROOMREDEN_CODE[traject.afgesloten.reden],
    fasen: [...new Set(['in-contact', ...traject.overdrachten.map((o) => o.naar)])],
    stappen: doorlooptijden,
    terugvallen: traject.nazorg?.terugvallen.length ?? 0,
  };
  return statistiek;
}
