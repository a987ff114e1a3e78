// Application layer: use case "verwerk een bericht van een schuldeiser" (the ingest of the Schuldenknooppunt events).
import type { BerichtSoort, KnooppuntBericht } from '../contracts/schuldenknooppunt-berichten';
import { NietGevondenFout } from '../domain/fouten';
import { ontvangAntwoord } from '../domain/schulden/schulden';
import type { Actor } from '../domain/traject/gebeurtenissen';
import { legVast, metHerhalingBijConflict } from './leg-vast';

/**
 * Up to 13 creditors (the average) answer and time out in parallel on one case: each conflict means another writer
 * got through, so more attempts than a single-writer command needs.
 */
const POGINGEN = 16;

import type { Afhankelijkheden } from './poorten';
import { berichtId } from './schuldenknooppunt';

const SCHULDENKNOOPPUNT: Actor = { soort: 'systeem', naam: 'schuldenknooppunt' };

/**
 * Input: one parsed creditor message (its type and detail). Output: whether it changed the case, and whether it
 * resumed a waiting creditor.
 *
 * Primary course:
 * 1. Load the case named in the message; an unknown case, a case of another gemeente or an unknown creditor is a
 *    NietGevondenFout: the message is parked in the dead-letter queue with that reason, never dropped.
 * 2. Apply it (domain `ontvangAntwoord`): a message id seen before changes nothing (a duplicate or redelivery).
 * 3. Append `schuldeiser-antwoord-ontvangen` through legVast.
 * 4. When the message answers the creditor's running round, mark its wait answered and resume exactly that wait
 *    (also on a replay: the first delivery may have failed between its append and this resume). A statusverzoek is
 *    answered with a statusbericht.
 */
export async function verwerkSchuldeiserBericht(
  deps: Afhankelijkheden,
  soort: BerichtSoort,
  bericht: KnooppuntBericht,
): Promise<{ vastgelegd: boolean; hervat: boolean }> {
  const { data, metadata } = bericht;
  const { vastgelegd, traject, nr } = await metHerhalingBijConflict(async () => {
    const geladen = await deps.opslag.laad(data.trajectId);
    if (!geladen || geladen.traject.gemeente !== metadata.gemeente) {
      throw new NietGevondenFout(
        'TRAJECT_NIET_GEVONDEN',
        `bericht ${metadata.id}: er is geen traject ${data.trajectId}`,
      );
    }
    const { gebeurtenis, schuld } = ontvangAntwoord(geladen.traject.schulden, {
      berichtId: metadata.id,
      schuldeiserId: data.schuldeiserId,
      soort,
      op: data.datum,
      ...('bedragCent' in data && typeof data.bedragCent === 'number' ? { bedragCent: data.bedragCent } : {}),
      ...('reden' in data && typeof data.reden === 'string' ? { reden: data.reden } : {}),
    });
    if (!gebeurtenis) return { vastgelegd: false, traject: geladen.traject, nr: schuld.nr };
    const { traject } = await legVast(deps, data.trajectId, geladen, gebeurtenis, {
      actor: SCHULDENKNOOPPUNT,
      gemeente: geladen.traject.gemeente,
      correlatieId: metadata.correlationId || metadata.id,
    });
    return { vastgelegd: true, traject, nr: schuld.nr };
  }, POGINGEN);
  const schuld = traject.schulden?.schulden.find((s) => s.nr === nr);
  if (soort === 'statusverzoek') {
    await deps.schuldenknooppunt.verstuur([
      {
        trajectId: traject.id,
        gemeente: traject.gemeente,
        schuldeiser: nr,
        bericht: 'statusbericht',
        berichtId: berichtId(traject.id, 'saldo', nr, `status-${metadata.id}`),
      },
    ]);
  }
  const ronde = schuld?.ronde;
  if (!ronde || ronde.uitkomst === undefined || ronde.uitkomst === 'geen-reactie') return { vastgelegd, hervat: false };
  const { token } = await deps.opslag.markeerSchuldeiserBeantwoord(traject.id, traject.gemeente, {
    nr,
    ronde: ronde.ronde,
  });
  if (token) await deps.workflow.taakVoltooid(token, { schuldeiser: nr, status: 'beantwoord' });
  return { vastgelegd, hervat: token !== undefined };
}
