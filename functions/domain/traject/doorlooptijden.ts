// Domain layer: lead-time statistics per step against the norms (the teamleider's report).
import type { Stap } from './gebeurtenissen';

export interface AfgerondeStap {
  stap: Stap;
  doorlooptijdDagen: number;
  binnenTermijn: boolean;
  binnenServicenorm: boolean;
}

export interface DoorlooptijdStatistiek {
  stap: Stap;
  aantal: number;
  /** Calendar days from the start of the term to completion. */
  mediaanDagen: number;
  p90Dagen: number;
  /** Fractions in [0, 1], rounded to 3 decimals. */
  aandeelBinnenServicenorm: number;
  aandeelBinnenTermijn: number;
}

/** Nearest-rank percentile (no interpolation: every reported lead time is one that occurred). */
export function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) throw new Error('percentile of an empty list');
  const rang = Math.max(1, Math.ceil((p / 100) * gesorteerd.length));
  return gesorteerd[rang - 1] as number;
}

export function doorlooptijdStatistiek(items: AfgerondeStap[]): DoorlooptijdStatistiek[] {
  const perStap = new Map<Stap, AfgerondeStap[]>();
  for (const i of items) perStap.set(i.stap, [...(perStap.get(i.stap) ?? []), i]);
  return [...perStap.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([stap, lijst]) => {
      const dagen = lijst.map((i) => i.doorlooptijdDagen).sort((a, b) => a - b);
      const aandeel = (f: (i: AfgerondeStap) => boolean) =>
        Math.round((lijst.filter(f).length / lijst.length) * 1000) / 1000;
      return {
        stap,
        aantal: lijst.length,
        mediaanDagen: percentiel(dagen, 50),
        p90Dagen: percentiel(dagen, 90),
        aandeelBinnenServicenorm: aandeel((i) => i.binnenServicenorm),
        aandeelBinnenTermijn: aandeel((i) => i.binnenTermijn),
      };
    });
}

/** Counts of completed steps of one step (for one or more months): the incrementally kept aggregate. */
export interface DoorlooptijdTelling {
  stap: Stap;
  aantal: number;
  binnenTermijn: number;
  binnenServicenorm: number;
  /** Lead time in calendar days → how many completed in exactly that many days. */
  dagen: Record<number, number>;
}

/** Nearest-rank percentile over a histogram (the same rule as {@link percentiel} over the sorted list). */
export function percentielUitHistogram(dagen: Record<number, number>, p: number): number {
  const paren = Object.entries(dagen)
    .map(([d, n]) => [Number(d), n] as const)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a - b);
  const totaal = paren.reduce((s, [, n]) => s + n, 0);
  if (totaal === 0) throw new Error('percentile of an empty histogram');
  const rang = Math.max(1, Math.ceil((p / 100) * totaal));
  let gezien = 0;
  for (const [d, n] of paren) {
    gezien += n;
    if (gezien >= rang) return d;
  }
  throw new Error('unreachable: rank beyond the histogram');
}

/** The statistics per step from aggregate counts (summed over the months given); the same figures as from the list. */
export function doorlooptijdStatistiekUitTellingen(tellingen: DoorlooptijdTelling[]): DoorlooptijdStatistiek[] {
  const perStap = new Map<Stap, DoorlooptijdTelling>();
  for (const t of tellingen) {
    const som = perStap.get(t.stap) ?? { stap: t.stap, aantal: 0, binnenTermijn: 0, binnenServicenorm: 0, dagen: {} };
    som.aantal += t.aantal;
    som.binnenTermijn += t.binnenTermijn;
    som.binnenServicenorm += t.binnenServicenorm;
    for (const [d, n] of Object.entries(t.dagen)) som.dagen[Number(d)] = (som.dagen[Number(d)] ?? 0) + n;
    perStap.set(t.stap, som);
  }
  return [...perStap.values()]
    .filter((t) => t.aantal > 0)
    .sort((a, b) => a.stap.localeCompare(b.stap))
    .map((t) => ({
      stap: t.stap,
      aantal: t.aantal,
      mediaanDagen: percentielUitHistogram(t.dagen, 50),
      p90Dagen: percentielUitHistogram(t.dagen, 90),
      aandeelBinnenServicenorm: Math.round((t.binnenServicenorm / t.aantal) * 1000) / 1000,
      aandeelBinnenTermijn: Math.round((t.binnenTermijn / t.aantal) * 1000) / 1000,
    }));
}
