// Primary adapter: API throttling per route, sized for a national deployment (infra/service-stack.ts applies it to
// the HTTP API stage; requests above it get 429 from API Gateway, before any Lambda runs).
import { type FunctieNaam, routes } from './routes';

export interface Doorvoer {
  /** Steady requests per second for this route, over all gemeenten. */
  perSeconde: number;
  /** Requests that may arrive at once above the steady rate (the token bucket). */
  piek: number;
}

/*
 * Sizing (DESIGN 3.2b; our own estimate where no source gives a figure, so these are configuration):
 * - 100,000 trajectories a year (75,000–95,000 aanmeldingen at NVVK members, rounded up) over ~250 werkdagen is
 *   ~400 aanmeldingen a werkdag; with half of them in the busiest two hours and a peak factor of 10 that is ~3/s.
 * - A trajectory makes about 50 changes over its life (the bench's path makes 20 to the betaalvoorstel): 5 million a
 *   year, ~20,000 a werkdag, a peak of ~15/s at the same factor.
 * - Counsellors: 342 gemeenten, Amsterdam with ~10,000 open cases; at ~100 open cases per consulent that is on the
 *   order of 5,000 consulenten nationally (estimate). One case view or worklist page every 30 s each at the peak is
 *   ~170 requests/s.
 * Each limit below is about 2–3× that peak, so a busy morning is never throttled while a runaway client (or a loop)
 * is stopped long before it exhausts the account's Lambda concurrency (1,000 by default) or DynamoDB's on-demand
 * ramp. Raise them per deployment as the load is measured.
 */
const LEZEN: Doorvoer = { perSeconde: 400, piek: 800 };
const SCHRIJVEN: Doorvoer = { perSeconde: 50, piek: 100 };
const REKENEN: Doorvoer = { perSeconde: 50, piek: 100 };

export const doorvoer: Partial<Record<FunctieNaam, Doorvoer>> = {
  'registreer-aanmelding': { perSeconde: 20, piek: 50 },
  'verwijs-door': { perSeconde: 20, piek: 50 },
  'bekijk-verwijzing': { perSeconde: 50, piek: 100 },
  'bekijk-traject': LEZEN,
  'bekijk-historie': { perSeconde: 100, piek: 200 },
  'voltooi-eerste-gesprek': SCHRIJVEN,
  'neem-intake-af': SCHRIJVEN,
  'haal-beschikking': { perSeconde: 50, piek: 100 },
  'stel-beschikking-vast': SCHRIJVEN,
  'schort-op': SCHRIJVEN,
  'beeindig-opschorting': SCHRIJVEN,
  verleng: SCHRIJVEN,
  werkvoorraad: LEZEN,
  // A teamleider's report: a handful a minute per gemeente.
  'rapporteer-doorlooptijden': { perSeconde: 20, piek: 40 },
  'bereken-vtlb': REKENEN,
  'bereken-saneringskrediet': REKENEN,
  'leg-berekening-vast': SCHRIJVEN,
  'bekijk-gemeente-configuratie': { perSeconde: 20, piek: 40 },
  'bekijk-instrument': { perSeconde: 50, piek: 100 },
  openapi: { perSeconde: 10, piek: 20 },
};

/** Routes added without a line above get the write limit (the safe side) until someone sizes them. */
export function doorvoerVan(functie: string): Doorvoer {
  return (doorvoer as Record<string, Doorvoer>)[functie] ?? SCHRIJVEN;
}

/** The stage-wide ceiling: the sum of every route at its steady rate, so the per-route limits are what bites. */
const alle = (): Doorvoer[] => routes.map((r) => doorvoerVan(r.functie));
export const STAGE_DOORVOER: Doorvoer = {
  perSeconde: alle().reduce((s, d) => s + d.perSeconde, 0),
  piek: alle().reduce((s, d) => s + d.piek, 0),
};
