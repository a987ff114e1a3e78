// Primary adapter: the one line a handler adds to record that it showed personal data. Call it after the read and
// before answering: if the record cannot be written the request fails, and nothing is shown unrecorded.
import { schrijfMetriek } from '../../adapters/metriek-regel';
import { legInzageVast } from '../../app/inzage';
import type { Verzoek } from './http-handler';

export async function registreerInzage(
  v: Verzoek<unknown, unknown>,
  wat: { trajectId: string } | { zoekvraag: string },
): Promise<void> {
  try {
    await legInzageVast(v.deps, {
      gemeente: v.gebruiker.gemeente,
      sub: v.gebruiker.sub,
      rol: v.gebruiker.rol,
      route: v.route,
      requestId: v.correlatieId,
      ...wat,
    });
  } catch (e) {
    // The alarm InzageLogMislukt fires on the first one; the request fails (a 500 from the error mapper).
    schrijfMetriek('InzageLogMislukt', { gemeente: v.gebruiker.gemeente });
    throw e;
  }
}
