// Domain layer: the schulden on a case and the state of the exchange with each creditor, as a fold over the history;
// the commands that register a claim and apply a creditor's answer. Pure: dates come in, no clock.
import type { z } from 'zod/mini';
import { ConflictFout, NietGevondenFout } from '../fouten';
import type { Schuld } from '../geld/verdeling';
import type { AntwoordSoort, Ronde, SchuldGebeurtenissen, SchuldRegistratie } from './schuld-gebeurtenissen';

export type SchuldGebeurtenis = z.infer<(typeof SchuldGebeurtenissen)[number]>;

export type RondeUitkomst = AntwoordSoort | 'geen-reactie' | 'convenant';

export interface LopendeRonde {
  ronde: Ronde;
  verzondenOp: string;
  /** The deadline now: the first, or the one after a reminder. */
  deadline: string;
  herinnerd: boolean;
  uitkomst?: RondeUitkomst;
}

export interface SchuldOpTraject extends SchuldRegistratie {
  /** The balance from the creditor's saldo-opgave; the berekening uses it over the amount first known. */
  saldoCent?: number;
  voorafAkkoord: boolean;
  laatsteAntwoord?: { berichtId: string; soort: AntwoordSoort; op: string; reden?: string };
  ronde?: LopendeRonde;
  /** Every deadline this creditor was given, oldest first, with what followed a breach. */
  termijnen: { ronde: Ronde; deadline: string; gevolg?: 'herinnering' | 'geen-reactie' }[];
}

export interface SchuldenStaat {
  schulden: SchuldOpTraject[];
  /** Message ids already applied: EventBridge delivers at least once, the hub may send a message again. */
  berichten: string[];
  saldoverzoekenOp?: string;
  uitkomst?: { uitkomst: 'akkoord' | 'afgewezen'; op: string; oplossing?: string; weigeraars: number[] };
  keuze?: { keuze: 'dwangakkoord' | 'wsnp'; op: string; motivering: string; weigeraars: number[] };
}

export const LEGE_SCHULDEN: SchuldenStaat = { schulden: [], berichten: [] };

/** Which answers close which round: a saldo round takes a balance, an offer round a decision. */
const BEANTWOORDT: Record<Ronde, readonly AntwoordSoort[]> = {
  saldo: ['saldo-opgave', 'geen-medewerking'],
  voorstel: ['akkoord', 'afwijzing', 'heroverwegingsverzoek', 'geen-medewerking', 'vooraf-akkoord'],
  heroverweging: ['akkoord', 'afwijzing', 'heroverwegingsverzoek', 'geen-medewerking', 'vooraf-akkoord'],
};

const AKKOORD: readonly RondeUitkomst[] = ['akkoord', 'vooraf-akkoord', 'convenant'];

export function isAkkoord(uitkomst: RondeUitkomst | undefined): boolean {
  return uitkomst !== undefined && AKKOORD.includes(uitkomst);
}

/**
 * Convenant Lokale Overheid, the one rule: a local government creditor under the convenant pauses collection at the
 * Kennisgeving and agrees in advance to the standard offer (the same pondspondsgewijs share as everyone), so the
 * offer round records its akkoord without waiting for it. A creditor's own vooraf-akkoord counts the same.
 */
export function akkoordZonderWachten(s: Pick<SchuldOpTraject, 'lokaleOverheid' | 'voorafAkkoord'>): boolean {
  return s.lokaleOverheid || s.voorafAkkoord;
}

function werkBij(staat: SchuldenStaat, nr: number, f: (s: SchuldOpTraject) => SchuldOpTraject): SchuldenStaat {
  return { ...staat, schulden: staat.schulden.map((s) => (s.nr === nr ? f(s) : s)) };
}

export function evolueerSchulden(staat: SchuldenStaat | undefined, g: SchuldGebeurtenis): SchuldenStaat {
  const huidig = staat ?? LEGE_SCHULDEN;
  switch (g.type) {
    case 'schuld-geregistreerd':
      return { ...huidig, schulden: [...huidig.schulden, { ...g.data, voorafAkkoord: false, termijnen: [] }] };
    case 'schuldeisers-aangeschreven': {
      const { ronde, op, deadline, nrs, convenant } = g.data;
      let na: SchuldenStaat =
        ronde === 'saldo' && !huidig.saldoverzoekenOp ? { ...huidig, saldoverzoekenOp: op } : huidig;
      for (const nr of nrs) {
        na = werkBij(na, nr, (s) => ({
          ...s,
          ronde: { ronde, verzondenOp: op, deadline, herinnerd: false },
          termijnen: [...s.termijnen, { ronde, deadline }],
        }));
      }
      for (const nr of convenant) {
        if (ronde === 'saldo') continue; // at the Kennisgeving: collection paused, the balance is still asked
        na = werkBij(na, nr, (s) => ({
          ...s,
          ronde: { ronde, verzondenOp: op, deadline: op, herinnerd: false, uitkomst: 'convenant' },
        }));
      }
      return na;
    }
    case 'schuldeiser-antwoord-ontvangen': {
      const d = g.data;
      const na = werkBij({ ...huidig, berichten: [...huidig.berichten, d.berichtId] }, d.nr, (s) => {
        const ronde = s.ronde;
        const sluit = ronde && ronde.uitkomst === undefined && BEANTWOORDT[ronde.ronde].includes(d.soort);
        return {
          ...s,
          ...(d.soort === 'saldo-opgave' && d.bedragCent !== undefined ? { saldoCent: d.bedragCent } : {}),
          ...(d.soort === 'vooraf-akkoord' ? { voorafAkkoord: true } : {}),
          laatsteAntwoord: {
            berichtId: d.berichtId,
            soort: d.soort,
            op: d.op,
            ...(d.reden !== undefined ? { reden: d.reden } : {}),
          },
          ...(sluit && ronde ? { ronde: { ...ronde, uitkomst: d.soort } } : {}),
        };
      });
      return na;
    }
    case 'schuldeiser-termijn-verstreken': {
      const d = g.data;
      return werkBij(huidig, d.nr, (s) => ({
        ...s,
        termijnen: [
          ...s.termijnen.map((t) =>
            t.ronde === d.ronde && t.deadline === d.deadline ? { ...t, gevolg: d.gevolg } : t,
          ),
          ...(d.nieuweDeadline ? [{ ronde: d.ronde, deadline: d.nieuweDeadline }] : []),
        ],
        ...(s.ronde
          ? {
              ronde:
                d.gevolg === 'herinnering' && d.nieuweDeadline
                  ? { ...s.ronde, herinnerd: true, deadline: d.nieuweDeadline }
                  : { ...s.ronde, uitkomst: 'geen-reactie' },
            }
          : {}),
      }));
    }
    case 'schuldregeling-uitkomst':
      return { ...huidig, uitkomst: g.data };
    case 'dwangakkoord-wsnp-keuze':
      return { ...huidig, keuze: g.data };
  }
}

export type SchuldStatus =
  | 'geregistreerd'
  | 'saldo-gevraagd'
  | 'saldo-bekend'
  | 'voorstel-verzonden'
  | 'heroverweging-verzonden'
  | 'akkoord'
  | 'afgewezen'
  | 'heroverweging-gevraagd'
  | 'geen-medewerking'
  | 'geen-reactie';

export function statusVan(s: SchuldOpTraject): SchuldStatus {
  const r = s.ronde;
  if (!r) return 'geregistreerd';
  switch (r.uitkomst) {
    case undefined:
      return r.ronde === 'saldo'
        ? 'saldo-gevraagd'
        : r.ronde === 'voorstel'
          ? 'voorstel-verzonden'
          : 'heroverweging-verzonden';
    case 'saldo-opgave':
      return 'saldo-bekend';
    case 'akkoord':
    case 'vooraf-akkoord':
    case 'convenant':
      return 'akkoord';
    case 'afwijzing':
      return 'afgewezen';
    case 'heroverwegingsverzoek':
      return 'heroverweging-gevraagd';
    case 'geen-medewerking':
      return 'geen-medewerking';
    case 'geen-reactie':
      return 'geen-reactie';
    case 'statusverzoek':
      return 'saldo-gevraagd'; // never closes a round (BEANTWOORDT); here for exhaustiveness
  }
}

/** Whether the offer went out: from then on the claims are fixed (a new claim needs a new berekening first). */
export function voorstelVerzonden(staat: SchuldenStaat | undefined): boolean {
  return (staat?.schulden ?? []).some((s) => s.ronde && s.ronde.ronde !== 'saldo');
}

// ---- commands: each returns the one event it causes, or nothing when it is a replay ----

export function registreerSchuld(
  staat: SchuldenStaat | undefined,
  invoer: Omit<SchuldRegistratie, 'nr'>,
): SchuldGebeurtenis | undefined {
  const huidig = staat ?? LEGE_SCHULDEN;
  const bestaand = huidig.schulden.find((s) => s.schuldeiserId === invoer.schuldeiserId);
  if (bestaand) {
    const zelfde = (Object.keys(invoer) as (keyof typeof invoer)[]).every((k) => bestaand[k] === invoer[k]);
    if (zelfde) return undefined;
    throw new ConflictFout(
      'SCHULD_BESTAAT',
      `schuldeiser ${invoer.schuldeiserId} staat al op dit traject met andere gegevens`,
    );
  }
  if (voorstelVerzonden(huidig)) {
    throw new ConflictFout(
      'BETAALVOORSTEL_VERZONDEN',
      'het betaalvoorstel is al naar de schuldeisers verzonden; een nieuwe schuld vraagt eerst een nieuwe berekening',
    );
  }
  return { type: 'schuld-geregistreerd', data: { ...invoer, nr: huidig.schulden.length + 1 } };
}

export interface InkomendAntwoord {
  berichtId: string;
  schuldeiserId: string;
  soort: AntwoordSoort;
  op: string;
  bedragCent?: number;
  reden?: string;
}

/**
 * A creditor's message applied to the case. Undefined when this message id was applied before (a duplicate or a
 * redelivery). An unknown creditor is a NietGevondenFout: the ingest parks the message with that reason.
 */
export function ontvangAntwoord(
  staat: SchuldenStaat | undefined,
  a: InkomendAntwoord,
): { gebeurtenis?: SchuldGebeurtenis; schuld: SchuldOpTraject } {
  const huidig = staat ?? LEGE_SCHULDEN;
  const schuld = huidig.schulden.find((s) => s.schuldeiserId === a.schuldeiserId);
  if (!schuld) {
    throw new NietGevondenFout('SCHULDEISER_ONBEKEND', `schuldeiser ${a.schuldeiserId} staat niet op dit traject`);
  }
  if (huidig.berichten.includes(a.berichtId)) return { schuld };
  return {
    schuld,
    gebeurtenis: {
      type: 'schuldeiser-antwoord-ontvangen',
      data: {
        berichtId: a.berichtId,
        nr: schuld.nr,
        soort: a.soort,
        op: a.op,
        ...(a.bedragCent !== undefined ? { bedragCent: a.bedragCent } : {}),
        ...(a.reden !== undefined ? { reden: a.reden } : {}),
      },
    },
  };
}

/**
 * The schulden for the berekening of the betaalvoorstel: the balance as the creditor stated it in its saldo-opgave,
 * otherwise the amount first known (a creditor marked `geen-reactie`, or one registered after the saldoverzoeken).
 */
export function schuldenVoorBerekening(staat: SchuldenStaat | undefined): Schuld[] {
  return (staat?.schulden ?? [])
    .filter((s) => (s.saldoCent ?? s.bedragCent) > 0)
    .map((s) => ({
      schuldeiserId: s.schuldeiserId,
      naam: s.naam,
      bedragCent: s.saldoCent ?? s.bedragCent,
      soort: s.soort,
      lokaleOverheid: s.lokaleOverheid,
    }));
}
