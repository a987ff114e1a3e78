// Application layer: use case "exporteer de DDAS/CBS-gegevens van een periode" (the teamleider's statistics export).
import { DDAS_MODEL, type DdasRecord, inPeriode, NIET_GEVULD } from '../domain/ddas/ddas-record';
import { GeenToegangFout, ValidatieFout } from '../domain/fouten';
import type { Rol } from '../domain/traject/gebeurtenissen';
import type { Afhankelijkheden } from './poorten';

export interface DdasExport {
  model: typeof DDAS_MODEL;
  gemeente: string;
  van: string;
  tot: string;
  records: DdasRecord[];
  nietGevuld: typeof NIET_GEVULD;
}

/**
 * Input: the caller's gemeente and rol, the period [van, tot]. Output: the DDAS record of every case of that gemeente
 * that ran on at least one day of the period, in the model's names (GGM Model Schuldhulpverlening 1.4), with the
 * fields this installation cannot fill yet.
 *
 * Primary course:
 * 1. Refuse a period whose end lies before its start.
 * 2. Read the gemeente's records of cases that had not ended before `van` (one Query on the per-gemeente index; the
 *    records are kept apart from the cases and outlive their purge).
 * 3. Keep those that started on or before `tot`; order by start date, then pseudonym.
 */
export async function exporteerDdas(
  deps: Pick<Afhankelijkheden, 'lijsten'>,
  opdracht: { gemeente: string; rol: Rol; van: string; tot: string },
): Promise<DdasExport> {
  if (opdracht.rol !== 'teamleider') {
    throw new GeenToegangFout('ALLEEN_TEAMLEIDER', 'alleen een teamleider exporteert de DDAS-gegevens');
  }
  if (opdracht.tot < opdracht.van) {
    throw new ValidatieFout('PERIODE_ONGELDIG', 'tot ligt voor van', [{ veld: 'tot', melding: 'tot ligt voor van' }]);
  }
  const records = (await deps.lijsten.ddasRecords(opdracht.gemeente, opdracht.van))
    .filter((r) => inPeriode(r, opdracht.van, opdracht.tot))
    .sort(
      (a, b) =>
        a.Schuldhulptraject.startdatum.localeCompare(b.Schuldhulptraject.startdatum) ||
        a.schuldhulptrajectId.localeCompare(b.schuldhulptrajectId),
    );
  return {
    model: DDAS_MODEL,
    gemeente: opdracht.gemeente,
    van: opdracht.van,
    tot: opdracht.tot,
    records,
    nietGevuld: NIET_GEVULD,
  };
}
