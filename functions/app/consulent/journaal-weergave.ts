// Application layer: the counsellor's parts of the case view: the journal, the planned contact moments, the person
// data and the corrections.
import type { TrajectWeergave } from '../../contracts/api-weergaven';
import { geplandeContactmomenten } from '../../domain/journaal/journaal';
import type { Traject } from '../../domain/traject/traject';

export function journaalWeergaveVan(
  t: Traject,
): Pick<TrajectWeergave, 'journaal' | 'geplandeContactmomenten' | 'persoon' | 'correcties'> {
  const gepland = geplandeContactmomenten(t);
  return {
    ...(t.journaal
      ? {
          journaal: {
            contactmomenten: t.journaal.contactmomenten,
            notities: t.journaal.notities,
            documenten: t.journaal.documenten.map(({ sleutel: _, ...d }) => ({
              ...d,
              href: `/trajecten/${t.id}/documenten/${d.id}`,
            })),
          },
        }
      : {}),
    ...(gepland.length ? { geplandeContactmomenten: gepland } : {}),
    ...(t.persoon && Object.keys(t.persoon).length ? { persoon: t.persoon } : {}),
    ...(t.correcties?.length ? { correcties: t.correcties } : {}),
  };
}
