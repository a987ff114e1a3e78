// Application layer: use cases "bekijk" and "wijzig de configuratie van de gemeente" (teamleider).
import { GeenToegangFout, NietGevondenFout } from '../domain/fouten';
import type { GemeenteConfiguratie } from '../domain/gemeente/configuratie';
import type { Rol } from '../domain/traject/gebeurtenissen';
import type { Afhankelijkheden, OpgeslagenConfiguratie } from './poorten';

export async function bekijkConfiguratie(
  deps: Pick<Afhankelijkheden, 'configuratie'>,
  opdracht: { gemeente: string },
): Promise<OpgeslagenConfiguratie> {
  const opgeslagen = await deps.configuratie.haal(opdracht.gemeente);
  if (!opgeslagen) {
    throw new NietGevondenFout(
      'GEEN_CONFIGURATIE',
      `gemeente ${opdracht.gemeente} heeft nog geen configuratie; een teamleider legt haar vast met PUT /gemeente/configuratie`,
    );
  }
  return opgeslagen;
}

/**
 * Input: the whole configuration (PUT replaces it). Output: the stored configuration with its new version.
 *
 * Primary course:
 * 1. Only a teamleider of the gemeente (the gemeente comes from the token, never from the body).
 * 2. Store it conditional on the version read (a concurrent change is a 409); the letters drawn up from now on use it.
 */
export async function wijzigConfiguratie(
  deps: Pick<Afhankelijkheden, 'configuratie' | 'klok'>,
  opdracht: { gemeente: string; rol: Rol; sub: string; configuratie: GemeenteConfiguratie },
): Promise<OpgeslagenConfiguratie> {
  if (opdracht.rol !== 'teamleider') {
    throw new GeenToegangFout('ALLEEN_TEAMLEIDER', 'alleen een teamleider wijzigt de configuratie van de gemeente');
  }
  const vorige = await deps.configuratie.haal(opdracht.gemeente);
  const nieuw = {
    configuratie: opdracht.configuratie,
    gewijzigdOp: deps.klok.nu().toISOString(),
    gewijzigdDoor: opdracht.sub,
  };
  const versie = await deps.configuratie.bewaar(opdracht.gemeente, nieuw, vorige?.versie ?? 0);
  return { ...nieuw, versie };
}
