// Application layer: the one call site where a search is recorded as an audited read.
import type { Rol } from '../../domain/traject/gebeurtenissen';

export interface ZoekInzage {
  gemeente: string;
  sub: string;
  rol: Rol;
  /** Which kind of value was searched for (naam, telefoon, …): never the value itself. */
  soort: string;
  aantalGevonden: number;
  trajectIds: string[];
}

/**
 * Every search is an audited read (issue #15: the audit store and `GET /audit/inzage` are built there). When this was
 * written, main had no Inzage port yet: this function is the single place to call it from once it exists, and it
 * records NOTHING until then. It is called before the results are returned, so a failing audit write fails the search.
 */
export async function legZoekInzageVast(_inzage: ZoekInzage): Promise<void> {}
