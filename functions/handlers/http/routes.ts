// Primary adapter: the HTTP routes with their descriptions, for the deployed API (CDK), the local server, the OpenAPI
// document and the README. A handler imports its own rule from route-regels.ts instead (bundle size).
import { routeOmschrijvingen } from './route-omschrijvingen';
import { type RouteRegel, routeRegels } from './route-regels';

export type { FunctieNaam, RouteRegel, Schrijfregel } from './route-regels';

export interface Route extends RouteRegel {
  omschrijving: string;
}

/** Each route's rule with its description, in the same order and with the same literal types as route-regels.ts. */
type MetOmschrijving<T extends readonly RouteRegel[]> = { readonly [K in keyof T]: T[K] & { omschrijving: string } };

export const routes = routeRegels.map((r) => ({
  ...r,
  omschrijving: routeOmschrijvingen[r.functie],
})) as unknown as MetOmschrijving<typeof routeRegels>;
