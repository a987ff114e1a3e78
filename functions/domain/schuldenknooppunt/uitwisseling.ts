// Domain layer: the exchange with the creditors through the Schuldenknooppunt: who gets which message, the wait per
// creditor with its 10-werkdagen deadline, reminder, geen-reactie, and the outcome of the offer. Pure.
import { berekenDeadline } from '../normen/deadline';
import { wachtmomentNaDeadline } from '../normen/wachtmoment';
import type { Ronde } from '../schulden/schuld-gebeurtenissen';
import { akkoordZonderWachten, isAkkoord, type SchuldenStaat, type SchuldGebeurtenis } from '../schulden/schulden';

/**
 * Schuldenknooppunt procesafspraken (SHV en SE): a creditor answers a saldoverzoek, betaalvoorstel or heroverweging
 * within 10 werkdagen; the hub does not watch this, every participant must. The norm is `schuldeiser-reactie` in
 * the catalogue; a reminder is a new message with a new term of its own.
 */
export function antwoordDeadline(verzondenOp: string): string {
  return berekenDeadline({ stap: 'schuldeiser-reactie', start: verzondenOp }).deadline;
}

/**
 * The one event of a round of messages: the Kennisgeving with the saldoverzoek to every registered creditor not yet
 * asked; the betaalvoorstel to every creditor in it (those under the convenant or with a vooraf-akkoord agree
 * without waiting); the heroverweging to those whose refusal stands after the offer. Undefined: nothing to send
 * (a retried Task after its write).
 */
export function schrijfAan(
  staat: SchuldenStaat | undefined,
  ronde: Ronde,
  vandaag: string,
  inVoorstel: readonly string[] = [],
): SchuldGebeurtenis | undefined {
  const schulden = staat?.schulden ?? [];
  let ontvangers: typeof schulden;
  if (ronde === 'saldo') {
    ontvangers = schulden.filter((s) => !s.ronde);
  } else if (ronde === 'voorstel') {
    ontvangers = schulden.filter(
      (s) => inVoorstel.includes(s.schuldeiserId) && (s.ronde === undefined || s.ronde.ronde === 'saldo'),
    );
  } else {
    ontvangers = schulden.filter(
      (s) => s.ronde?.ronde === 'voorstel' && s.ronde.uitkomst !== undefined && !isAkkoord(s.ronde.uitkomst),
    );
  }
  if (ontvangers.length === 0) return undefined;
  const convenant = ontvangers.filter((s) => (ronde === 'saldo' ? s.lokaleOverheid : akkoordZonderWachten(s)));
  return {
    type: 'schuldeisers-aangeschreven',
    data: {
      ronde,
      op: vandaag,
      deadline: antwoordDeadline(vandaag),
      nrs: ontvangers.map((s) => s.nr),
      convenant: convenant.map((s) => s.nr),
    },
  };
}

/** The creditors a round waits for (the Map's items): sent in this round and not answered yet. */
export function wachtOp(staat: SchuldenStaat | undefined, ronde: Ronde): number[] {
  return (staat?.schulden ?? [])
    .filter((s) => s.ronde?.ronde === ronde && s.ronde.uitkomst === undefined)
    .map((s) => s.nr);
}

export type SchuldeiserControle =
  | { status: 'klaar' }
  | { status: 'open'; deadline: string; wachtTot: Date }
  | { status: 'verstreken'; gebeurtenis: SchuldGebeurtenis; wachtTot?: Date };

/**
 * The check behind every creditor wait, run when it starts and whenever it ends (an answer or the deadline): the
 * store is the truth. Answered (or moved on to a later round): done. Open: wait until the end of the deadline day.
 * Passed for the first time: a reminder with a new 10-werkdagen term; passed again: `geen-reactie`, and the
 * exchange goes on without this answer (the known amount in the saldo round; no akkoord in an offer round).
 */
export function controleerSchuldeiser(
  trajectId: string,
  staat: SchuldenStaat | undefined,
  nr: number,
  ronde: Ronde,
  nu: Date,
  vandaag: string,
): SchuldeiserControle {
  const s = staat?.schulden.find((x) => x.nr === nr);
  if (!s?.ronde || s.ronde.ronde !== ronde || s.ronde.uitkomst !== undefined) return { status: 'klaar' };
  // The deadline date rules; the check comes at this creditor's own moment in the night after it (no midnight herd).
  const wachtTot = wachtmomentNaDeadline(s.ronde.deadline, trajectId, `schuldeiser-${nr}-${ronde}`);
  if (nu < wachtTot) return { status: 'open', deadline: s.ronde.deadline, wachtTot };
  if (!s.ronde.herinnerd) {
    const nieuweDeadline = antwoordDeadline(vandaag);
    return {
      status: 'verstreken',
      gebeurtenis: {
        type: 'schuldeiser-termijn-verstreken',
        data: { nr, ronde, deadline: s.ronde.deadline, gevolg: 'herinnering', nieuweDeadline },
      },
      wachtTot: wachtmomentNaDeadline(nieuweDeadline, trajectId, `schuldeiser-${nr}-${ronde}`),
    };
  }
  return {
    status: 'verstreken',
    gebeurtenis: {
      type: 'schuldeiser-termijn-verstreken',
      data: { nr, ronde, deadline: s.ronde.deadline, gevolg: 'geen-reactie' },
    },
  };
}

export type Beoordeling =
  | { uitkomst: 'akkoord' }
  | { uitkomst: 'heroverweging'; weigeraars: number[] }
  | { uitkomst: 'afgewezen'; weigeraars: number[] };

/**
 * After every creditor in the offer answered (or was marked geen-reactie): all agree → akkoord; a refusal (also a
 * heroverwegingsverzoek, geen medewerking or no answer) after the first offer → a heroverweging round for those;
 * a refusal that stands after the heroverweging → afgewezen (the consulent chooses dwangakkoord or WSNP).
 * No answer to an offer counts as a refusal: courts treat it so under art. 287a Fw (e.g. the 2022 Rotterdam case
 * discussed by Bureau Wsnp, "geen reactie crediteur op saneringskredietvoorstel is afwijzing"); a statutory
 * reactietermijn with that effect was announced (TK 24 515, nr. 572) but is not law.
 */
export function beoordeelAkkoorden(staat: SchuldenStaat | undefined): Beoordeling {
  const inVoorstel = (staat?.schulden ?? []).filter((s) => s.ronde && s.ronde.ronde !== 'saldo');
  const weigeraars = inVoorstel.filter((s) => !isAkkoord(s.ronde?.uitkomst)).map((s) => s.nr);
  if (weigeraars.length === 0) return { uitkomst: 'akkoord' };
  const heroverwogen = inVoorstel.some((s) => s.ronde?.ronde === 'heroverweging');
  return heroverwogen ? { uitkomst: 'afgewezen', weigeraars } : { uitkomst: 'heroverweging', weigeraars };
}
