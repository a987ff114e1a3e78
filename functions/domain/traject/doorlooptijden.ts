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
