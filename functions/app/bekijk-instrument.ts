// Application layer: use case "bekijk een versie van het screeningsinstrument" (what a frontend renders).
import { NietGevondenFout } from '../domain/fouten';
import type { Rol } from '../domain/traject/gebeurtenissen';
import { STANDAARD_INSTRUMENTEN } from '../domain/triage/instrument';
import type { Instrument } from '../domain/triage/instrument-schema';

/**
 * Input: the instrument version (`2026.1`) and the caller's rol. Output: the instrument with every question, its type,
 * its answer options or scale anchors, and whether it is required, exactly as the intake validates the answers.
 *
 * Primary course:
 * 1. Find the instrument version among the versions this installation accepts answers for.
 * 2. Return it unchanged: an instrument version is never edited in place, so a frontend may cache it by version.
 *
 * Alternative course: no instrument has this version → 404 INSTRUMENT_ONBEKEND naming the versions that exist.
 */
export function bekijkInstrument(
  opdracht: { versie: string; rol: Rol },
  instrumenten: readonly Instrument[] = STANDAARD_INSTRUMENTEN,
): Instrument {
  const gevonden = instrumenten.find((i) => i.versie === opdracht.versie);
  if (!gevonden) {
    const versies = instrumenten.map((i) => i.versie).join(', ');
    throw new NietGevondenFout(
      'INSTRUMENT_ONBEKEND',
      `er is geen instrument met versie ${opdracht.versie} (wel: ${versies})`,
    );
  }
  return gevonden;
}
