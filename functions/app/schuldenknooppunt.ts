// Application layer: the use cases of the Schuldenknooppunt exchange that the Plaatje compleet workflow runs: write
// to the creditors, check one creditor's wait, park its token, judge the answers to the offer.
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import type { Ronde, UitgaandBericht } from '../domain/schulden/schuld-gebeurtenissen';
import {
  beoordeelAkkoorden,
  controleerSchuldeiser,
  schrijfAan,
  wachtOp,
} from '../domain/schuldenknooppunt/uitwisseling';
import type { Actor } from '../domain/traject/gebeurtenissen';
import { hervatStap } from './behandelaar';
import { laadTraject } from './bekijk-traject';
import { legVast, metHerhalingBijConflict } from './leg-vast';
import { wekAlsAfgesloten } from './registreer-wachtstap';

/**
 * Up to 13 creditors (the average) answer and time out in parallel on one case: each conflict means another writer
 * got through, so more attempts than a single-writer command needs.
 */
const POGINGEN = 16;

import type { Afhankelijkheden, GeladenTraject } from './poorten';

const SYSTEEM: Actor = { soort: 'systeem', naam: 'schuldenknooppunt' };

const BERICHT: Record<Ronde, UitgaandBericht> = {
  saldo: 'kennisgeving-saldoverzoek',
  voorstel: 'betaalvoorstel',
  heroverweging: 'heroverweging',
};

/** Message id: stable per case, round and creditor, so a retried Task sends nothing twice at the integration. */
export const berichtId = (trajectId: string, ronde: Ronde | 'akkoord', nr: number, extra = '') =>
  `${trajectId}/${ronde}/${nr}${extra ? `/${extra}` : ''}`;

/**
 * Input: traject id and round. Output: the creditors to wait for (the Map's items: the number on the case and the
 * seconds its wait lasts, so the wait starts without a check first), and how many were written to in this round
 * (0: nothing to send).
 *
 * Primary course:
 * 1. Load the case and decide who gets this round's message (domain `schrijfAan`): the Kennisgeving with the
 *    saldoverzoek to every registered creditor not yet asked; the betaalvoorstel to every creditor in it; the
 *    heroverweging to those whose refusal stands.
 * 2. Append `schuldeisers-aangeschreven` (one event for the round, with the deadline of 10 werkdagen) through legVast.
 * 3. Send one message per creditor through the Schuldenknooppunt port (after the write; a retry sends the same ids).
 */
export async function schrijfSchuldeisersAan(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; ronde: Ronde; correlatieId: string },
): Promise<{ schuldeisers: { nr: number; wachtSeconden: number }[]; aangeschreven: number }> {
  const { traject, nrs } = await metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const inVoorstel = geladen.traject.betaalvoorstel?.voorstellen.map((v) => v.schuldeiserId) ?? [];
    const vandaag = vandaagInAmsterdam(deps.klok.nu());
    const g = schrijfAan(geladen.traject.schulden, opdracht.ronde, vandaag, inVoorstel);
    if (g?.type !== 'schuldeisers-aangeschreven') {
      // A retry after the write: the round's creditors are those whose round is this one.
      const eerder = (geladen.traject.schulden?.schulden ?? []).filter((s) => s.ronde?.ronde === opdracht.ronde);
      return { traject: geladen.traject, nrs: eerder.map((s) => s.nr) };
    }
    const { traject } = await legVast(deps, opdracht.trajectId, geladen, g, {
      actor: SYSTEEM,
      gemeente: geladen.traject.gemeente,
      correlatieId: opdracht.correlatieId,
    });
    return { traject, nrs: g.data.nrs };
  }, POGINGEN);
  await deps.schuldenknooppunt.verstuur(
    nrs.map((nr) => ({
      trajectId: traject.id,
      gemeente: traject.gemeente,
      schuldeiser: nr,
      bericht: BERICHT[opdracht.ronde],
      berichtId: berichtId(traject.id, opdracht.ronde, nr),
    })),
  );
  const nu = deps.klok.nu();
  const schuldeisers = wachtOp(traject.schulden, opdracht.ronde).map((nr) => {
    const c = controleerSchuldeiser(traject.id, traject.schulden, nr, opdracht.ronde, nu, vandaagInAmsterdam(nu));
    const seconden = c.status === 'open' ? (c.wachtTot.getTime() - nu.getTime()) / 1000 : 0;
    return { nr, wachtSeconden: deps.klok.wachtSeconden(seconden) };
  });
  return { schuldeisers, aangeschreven: nrs.length };
}

export interface SchuldeiserControleResultaat {
  schuldeiser: number;
  status: 'klaar' | 'open';
  /** Whole wall-clock seconds to wait before checking again (TimeoutSecondsPath). */
  wachtSeconden: number;
}

/**
 * Input: traject id, creditor number, round. Output: whether the wait is over and how long to wait otherwise.
 *
 * Primary course:
 * 1. Load the case and check this creditor's round (domain `controleerSchuldeiser`): answered → klaar.
 * 2. Open → wait until the end of its deadline day.
 * 3. Passed the first time → append `schuldeiser-termijn-verstreken` (herinnering, a new deadline; on the bus as
 *    `schuldeiser-termijn-overschreden`), send the reminder, wait for the new deadline. Passed again → append
 *    `geen-reactie`: klaar, the exchange goes on without this answer.
 */
export async function controleerSchuldeiserVoorWorkflow(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; schuldeiser: number; ronde: Ronde; correlatieId: string },
): Promise<SchuldeiserControleResultaat> {
  return metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    // A closed case waits for no creditor: the iteration ends, and the next Task ends the workflow as closed.
    if (geladen.traject.afgesloten) return { schuldeiser: opdracht.schuldeiser, status: 'klaar', wachtSeconden: 1 };
    const nu = deps.klok.nu();
    const c = controleerSchuldeiser(
      geladen.traject.id,
      geladen.traject.schulden,
      opdracht.schuldeiser,
      opdracht.ronde,
      nu,
      vandaagInAmsterdam(nu),
    );
    const wacht = (tot: Date) => deps.klok.wachtSeconden((tot.getTime() - nu.getTime()) / 1000);
    if (c.status === 'klaar') return { schuldeiser: opdracht.schuldeiser, status: 'klaar', wachtSeconden: 1 };
    if (c.status === 'open')
      return { schuldeiser: opdracht.schuldeiser, status: 'open', wachtSeconden: wacht(c.wachtTot) };
    await legVast(deps, opdracht.trajectId, geladen, c.gebeurtenis, {
      actor: SYSTEEM,
      gemeente: geladen.traject.gemeente,
      correlatieId: opdracht.correlatieId,
    });
    if (!c.wachtTot) return { schuldeiser: opdracht.schuldeiser, status: 'klaar', wachtSeconden: 1 };
    await deps.schuldenknooppunt.verstuur([
      {
        trajectId: geladen.traject.id,
        gemeente: geladen.traject.gemeente,
        schuldeiser: opdracht.schuldeiser,
        bericht: 'herinnering',
        berichtId: berichtId(geladen.traject.id, opdracht.ronde, opdracht.schuldeiser, 'herinnering'),
      },
    ]);
    return { schuldeiser: opdracht.schuldeiser, status: 'open', wachtSeconden: wacht(c.wachtTot) };
  }, POGINGEN);
}

/** Parks the task token of one creditor's wait; resumes at once when its answer came in before the token. */
export async function registreerSchuldeiserWacht(
  deps: Pick<Afhankelijkheden, 'opslag' | 'workflow'>,
  opdracht: { trajectId: string; gemeente: string; schuldeiser: number; ronde: Ronde; taakToken: string },
): Promise<void> {
  const { voltooid } = await deps.opslag.registreerSchuldeiserWacht(
    opdracht.trajectId,
    opdracht.gemeente,
    { nr: opdracht.schuldeiser, ronde: opdracht.ronde },
    opdracht.taakToken,
  );
  if (voltooid)
    return deps.workflow.taakVoltooid(opdracht.taakToken, { schuldeiser: opdracht.schuldeiser, status: 'beantwoord' });
  await wekAlsAfgesloten(deps, opdracht.trajectId, opdracht.taakToken);
}

/**
 * Input: traject id. Output: `akkoord`, `heroverweging` or `afgewezen` and how many refuse (counts only).
 *
 * Primary course:
 * 1. Load the case and judge the answers to the offer (domain `beoordeelAkkoorden`).
 * 2. Akkoord → append `schuldregeling-uitkomst` (saneringskrediet when the offer is a credit, else schuldbemiddeling),
 *    tell every creditor (Schuldregeling akkoord) and complete the akkoord step.
 * 3. Heroverweging → nothing to record: the workflow sends the heroverweging next.
 * 4. Afgewezen after the heroverweging → append `schuldregeling-uitkomst` afgewezen; the consulent chooses between a
 *    verzoek dwangakkoord and a WSNP request (POST /trajecten/{id}/schuldregeling/keuze).
 */
export async function beoordeelUitkomst(
  deps: Afhankelijkheden,
  opdracht: { trajectId: string; correlatieId: string },
): Promise<{ uitkomst: 'akkoord' | 'heroverweging' | 'afgewezen'; weigeraars: number }> {
  const { uitkomst, weigeraars, traject } = await metHerhalingBijConflict(async () => {
    const geladen = await laadTraject(deps, opdracht.trajectId);
    const t = geladen.traject;
    const b = beoordeelAkkoorden(t.schulden);
    const weigeraars = b.uitkomst === 'akkoord' ? [] : b.weigeraars;
    if (b.uitkomst === 'heroverweging') return { ...b, weigeraars, traject: t };
    if (t.schulden?.uitkomst) {
      // A retry after the outcome was recorded: the hand-over to the regeling may still be missing.
      if (b.uitkomst === 'akkoord') await naarRegeling(deps, geladen, opdracht.correlatieId);
      return { ...b, weigeraars, traject: t };
    }
    const na = await legVast(
      deps,
      opdracht.trajectId,
      geladen,
      {
        type: 'schuldregeling-uitkomst',
        data: {
          uitkomst: b.uitkomst,
          op: vandaagInAmsterdam(deps.klok.nu()),
          ...(b.uitkomst === 'akkoord'
            ? {
                oplossing:
                  (t.betaalvoorstel?.kredietCent ?? 0) > 0
                    ? ('saneringskrediet' as const)
                    : ('schuldbemiddeling' as const),
              }
            : {}),
          weigeraars,
        },
      },
      { actor: SYSTEEM, gemeente: t.gemeente, correlatieId: opdracht.correlatieId },
    );
    const { traject } = na;
    if (b.uitkomst === 'akkoord') {
      await naarRegeling(
        deps,
        { ...geladen, traject, recent: [...geladen.recent, na.opgeslagen] },
        opdracht.correlatieId,
      );
    }
    return { ...b, weigeraars, traject };
  }, POGINGEN);
  if (uitkomst === 'akkoord') {
    await deps.schuldenknooppunt.verstuur(
      (traject.schulden?.schulden ?? []).map((s) => ({
        trajectId: traject.id,
        gemeente: traject.gemeente,
        schuldeiser: s.nr,
        bericht: 'schuldregeling-akkoord' as const,
        berichtId: berichtId(traject.id, 'akkoord', s.nr),
      })),
    );
    await hervatStap(deps, traject.id, traject.gemeente, 'schuldregeling-akkoord');
  }
  return { uitkomst, weigeraars: weigeraars.length };
}

/**
 * After the akkoord: `fase-overgedragen` naar regeling (once), on which the regeling's workflow starts (rule
 * StartRegelingBijAkkoord): the 18 months of the saneringskrediet or the schuldbemiddeling.
 */
async function naarRegeling(deps: Afhankelijkheden, geladen: GeladenTraject, correlatieId: string): Promise<void> {
  const t = geladen.traject;
  if (t.overdrachten.some((o) => o.naar === 'regeling') || !t.schulden?.uitkomst) return;
  await legVast(
    deps,
    t.id,
    geladen,
    {
      type: 'fase-overgedragen',
      data: { naar: 'regeling', datum: t.schulden.uitkomst.op, aanleiding: 'akkoord van alle schuldeisers' },
    },
    { actor: SYSTEEM, gemeente: t.gemeente, correlatieId },
  );
}
