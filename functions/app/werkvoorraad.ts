// Application layer: use cases "werkvoorraad" (the consulent's queue by deadline) and "doorlooptijden" (the report).
import { GeenToegangFout, ValidatieFout } from '../domain/fouten';
import { plusKalenderdagen, plusWerkdagen, vandaagInAmsterdam } from '../domain/kalender/kalender';
import { type DoorlooptijdStatistiek, doorlooptijdStatistiek } from '../domain/traject/doorlooptijden';
import type { Rol, Stap } from '../domain/traject/gebeurtenissen';
import type { Afhankelijkheden } from './poorten';

export type WerkvoorraadStatus = 'open' | 'binnenkort' | 'overschreden';

/** "Binnenkort": the deadline falls within this many werkdagen from today. */
export const BINNENKORT_WERKDAGEN = 5;

/**
 * Input: gemeente, status filter. Output: open steps ordered by deadline, earliest first.
 *
 * Primary course:
 * 1. Translate the status into a deadline range relative to today (Europe/Amsterdam).
 * 2. One Query on the werkvoorraad index of the gemeente: no Scan, and never another gemeente's cases.
 */
export async function werkvoorraad(
  deps: Pick<Afhankelijkheden, 'opslag' | 'klok'>,
  opdracht: { gemeente: string; status: WerkvoorraadStatus; max: number },
): Promise<{ trajectId: string; stap: Stap; deadline: string; status: WerkvoorraadStatus }[]> {
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const bereik =
    opdracht.status === 'overschreden'
      ? { tot: plusKalenderdagen(vandaag, -1) }
      : opdracht.status === 'binnenkort'
        ? { van: vandaag, tot: plusWerkdagen(vandaag, BINNENKORT_WERKDAGEN) }
        : { van: vandaag };
  const items = await deps.opslag.werkvoorraad(opdracht.gemeente, bereik, opdracht.max);
  return items.map((i) => ({
    ...i,
    status:
      i.deadline < vandaag
        ? 'overschreden'
        : i.deadline <= plusWerkdagen(vandaag, BINNENKORT_WERKDAGEN)
          ? 'binnenkort'
          : 'open',
  }));
}

/**
 * Input: gemeente, period (completion dates, inclusive). Output: per step count, median and p90 lead time, the share
 * within the service norm and within the legal deadline. Served by one Query on the lead-time index.
 */
export async function rapporteerDoorlooptijden(
  deps: Pick<Afhankelijkheden, 'opslag'>,
  opdracht: { gemeente: string; rol: Rol; van: string; tot: string },
): Promise<{ van: string; tot: string; stappen: DoorlooptijdStatistiek[] }> {
  if (opdracht.rol !== 'teamleider' && opdracht.rol !== 'consulent') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', 'alleen een teamleider of consulent ziet de doorlooptijden');
  }
  if (opdracht.tot < opdracht.van) {
    throw new ValidatieFout('PERIODE_ONGELDIG', 'tot ligt voor van', [
      { veld: 'tot', melding: `ligt voor van (${opdracht.van})` },
    ]);
  }
  const items = await deps.opslag.doorlooptijden(opdracht.gemeente, opdracht.van, opdracht.tot);
  return { van: opdracht.van, tot: opdracht.tot, stappen: doorlooptijdStatistiek(items) };
}
