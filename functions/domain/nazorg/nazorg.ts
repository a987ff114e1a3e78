// Domain layer: Met vertrouwen verder. The nazorg window after a traject, the terugval that opens a personal-contact
// step, and the end of the window. Pure: part of the traject fold and the commands that decide its events.
import type * as z from 'zod/mini';
import { ConflictFout, NietGevondenFout, RegelFout, ValidatieFout } from '../fouten';
import { eindeVanDagInAmsterdam } from '../kalender/kalender';
import { berekenDeadline } from '../normen/deadline';
import { binnenRegeling } from '../regeling/regeling';
import type { OpgeslagenGebeurtenis, TrajectGebeurtenis } from '../traject/gebeurtenissen';
import type { StapVoortgang, Traject } from '../traject/traject';
import type { NAZORG_GEBEURTENISSEN, TerugvalBron, TerugvalUitkomst } from './nazorg-gebeurtenissen';

export type NazorgGebeurtenis = Exclude<
  z.infer<(typeof NAZORG_GEBEURTENISSEN)[number]>,
  { type: 'evaluatie-vastgelegd' | 'wsnp-gestart' | 'wsnp-afgerond' }
>;

export interface Terugval {
  id: string;
  datum: string;
  bron: TerugvalBron;
  uitkomst?: TerugvalUitkomst;
  afgehandeldOp?: string;
  reden?: string;
  nieuwTrajectId?: string;
}

export interface NazorgStaat {
  /** The end date of the traject the nazorg follows. */
  start: string;
  /** The last day of the window (start + 6 months). */
  einde: string;
  terugvallen: Terugval[];
  afgerondOp?: string;
}

const NAZORG_TYPES = new Set<string>([
  'nazorg-gestart',
  'bsn-vastgelegd',
  'terugval-gesignaleerd',
  'terugval-afgehandeld',
  'nazorg-afgerond',
  'evaluatie-vastgelegd',
]);

export function isNazorgGebeurtenis(g: TrajectGebeurtenis): g is NazorgGebeurtenis {
  return NAZORG_TYPES.has(g.type);
}

/**
 * The last day of the nazorg window. DESIGN §3.1: "nazorg: vroegsignalen checked 6 months after the end of the
 * traject" (basisdienstverlening); the number lives in the norm catalogue (`nazorg`, 6 maanden, no Atw shift), so the
 * worklist, the case view and the workflow read one and the same date.
 */
export function nazorgEinde(start: string, gemeente?: string): string {
  return berekenDeadline({ stap: 'nazorg', start, ...(gemeente ? { gemeente } : {}) }).deadline;
}

function openTerugvallen(n: NazorgStaat | undefined): Terugval[] {
  return (n?.terugvallen ?? []).filter((t) => t.uitkomst === undefined);
}

/** Every terugval of the case: those during the regeling, then those in the nazorg window (ids unique per case). */
export function terugvallenVan(traject: Traject): Terugval[] {
  return [...(traject.regeling?.terugvallen ?? []), ...(traject.nazorg?.terugvallen ?? [])];
}

/** The step the case waits in once no personal contact is open any more. */
function stapNaContact(traject: Traject): Traject['stap'] {
  const open = (stap: string) => traject.stappen.some((s) => s.stap === stap && s.voltooidOp === undefined);
  if (traject.nazorg) return traject.nazorg.afgerondOp ? null : 'nazorg';
  if (open('regeling-evaluatie')) return 'regeling-evaluatie';
  if (open('regeling-betaling')) return 'regeling-betaling';
  return null;
}

function metTerugvallen(traject: Traject, f: (t: Terugval[]) => Terugval[]): Traject {
  if (traject.nazorg) return { ...traject, nazorg: { ...traject.nazorg, terugvallen: f(traject.nazorg.terugvallen) } };
  if (traject.regeling) {
    return { ...traject, regeling: { ...traject.regeling, terugvallen: f(traject.regeling.terugvallen) } };
  }
  return traject;
}

/** The fold for the nazorg events (called from `evolueer`). */
export function evolueerNazorg(traject: Traject, g: NazorgGebeurtenis, _e: OpgeslagenGebeurtenis): Traject {
  switch (g.type) {
    case 'bsn-vastgelegd':
      return { ...traject, bsn: g.data.bsn, bsnSleutel: g.data.sleutel };
    case 'nazorg-gestart': {
      // A personal contact after a terugval of the regeling that is still open goes on into the nazorg.
      const contact = (s: StapVoortgang) =>
        s.stap === 'persoonlijk-contact' && terugvallenVan(traject).some((t) => t.uitkomst === undefined);
      return {
        ...traject,
        stap: traject.stappen.some((s) => contact(s) && s.voltooidOp === undefined) ? 'persoonlijk-contact' : 'nazorg',
        nazorg: { start: g.data.start, einde: g.data.einde, terugvallen: [] },
        // The traject before it ended: terms that were still running no longer apply (as at traject-afgesloten).
        stappen: [
          ...traject.stappen.filter((s) => s.stap !== 'nazorg' && (s.voltooidOp !== undefined || contact(s))),
          { stap: 'nazorg', start: g.data.start, gemeldeOverschrijdingen: [] },
        ],
      };
    }
    case 'terugval-gesignaleerd': {
      // In the nazorg window, or during the regeling (a missed payment): the same personal-contact step.
      if (!traject.nazorg && !traject.regeling) return traject;
      const alOpen = terugvallenVan(traject).some((t) => t.uitkomst === undefined);
      // One personal-contact step at a time: a second signal while one is open joins it (same begeleider, one call).
      const stappen: StapVoortgang[] = alOpen
        ? traject.stappen
        : [
            ...traject.stappen.filter((s) => s.stap !== 'persoonlijk-contact'),
            { stap: 'persoonlijk-contact', start: g.data.datum, gemeldeOverschrijdingen: [] },
          ];
      return { ...metTerugvallen(traject, (t) => [...t, g.data]), stap: 'persoonlijk-contact', stappen };
    }
    case 'terugval-afgehandeld': {
      if (!terugvallenVan(traject).some((t) => t.id === g.data.id)) return traject;
      const afhandel = (t: Terugval): Terugval =>
        t.id === g.data.id
          ? {
              ...t,
              uitkomst: g.data.uitkomst,
              afgehandeldOp: g.data.datum,
              ...(g.data.reden ? { reden: g.data.reden } : {}),
              ...(g.data.nieuwTrajectId ? { nieuwTrajectId: g.data.nieuwTrajectId } : {}),
            }
          : t;
      // A terugval of the regeling stays in the regeling's list after the nazorg started.
      const na: Traject = {
        ...traject,
        ...(traject.nazorg
          ? { nazorg: { ...traject.nazorg, terugvallen: traject.nazorg.terugvallen.map(afhandel) } }
          : {}),
        ...(traject.regeling
          ? { regeling: { ...traject.regeling, terugvallen: traject.regeling.terugvallen.map(afhandel) } }
          : {}),
      };
      const nogOpen = terugvallenVan(na).some((t) => t.uitkomst === undefined);
      const stappen = nogOpen
        ? traject.stappen
        : traject.stappen.map((s) =>
            s.stap === 'persoonlijk-contact' && s.voltooidOp === undefined ? { ...s, voltooidOp: g.data.datum } : s,
          );
      return { ...na, stappen, stap: nogOpen ? 'persoonlijk-contact' : stapNaContact({ ...na, stappen }) };
    }
    case 'nazorg-afgerond':
      if (!traject.nazorg) return traject;
      return {
        ...traject,
        stap: null,
        nazorg: { ...traject.nazorg, afgerondOp: g.data.datum },
        stappen: traject.stappen.map((s) =>
          s.stap === 'nazorg' && s.voltooidOp === undefined ? { ...s, voltooidOp: g.data.datum } : s,
        ),
      };
  }
}

// ---- commands ----

/** Opens the nazorg window from the end date of the traject (the `fase-overgedragen` naar nazorg). */
export function startNazorg(traject: Traject, start: string): TrajectGebeurtenis | undefined {
  if (traject.nazorg) {
    if (traject.nazorg.start === start) return undefined;
    throw new ConflictFout('NAZORG_LOOPT_AL', `de nazorg loopt al sinds ${traject.nazorg.start}`);
  }
  return { type: 'nazorg-gestart', data: { start, einde: nazorgEinde(start, traject.gemeente) } };
}

/** A terugval's identity: a vroegsignaal by its signal id, a missed payment by its month. */
function zelfdeBron(a: TerugvalBron, b: TerugvalBron): boolean {
  if (a.soort === 'vroegsignaal' && b.soort === 'vroegsignaal') return a.signaalId === b.signaalId;
  if (a.soort === 'betaling-gemist' && b.soort === 'betaling-gemist') return a.maand === b.maand;
  return false;
}

/** Whether `datum` falls inside the open nazorg window of this case (start and last day included). */
export function binnenNazorgVenster(traject: Traject, datum: string): boolean {
  const n = traject.nazorg;
  return n !== undefined && n.afgerondOp === undefined && !traject.afgesloten && datum >= n.start && datum <= n.einde;
}

export type TerugvalBesluit =
  | { soort: 'nieuw'; gebeurtenis: TrajectGebeurtenis; id: string }
  | { soort: 'herhaling'; id: string }
  | { soort: 'buiten-venster' };

/**
 * A vroegsignaal or a missed payment for this person: inside the nazorg window a terugval (a personal-contact step
 * for the begeleider); outside it nothing on this case. The same signal or month again changes nothing.
 */
export function signaleerTerugval(traject: Traject, datum: string, bron: TerugvalBron): TerugvalBesluit {
  const alle = terugvallenVan(traject);
  const bestaand = alle.find((t) => zelfdeBron(t.bron, bron));
  if (bestaand) return { soort: 'herhaling', id: bestaand.id };
  // During the regeling a missed payment (or a vroegsignaal) is a terugval too: personal contact on every one.
  if (!binnenNazorgVenster(traject, datum) && !(traject.nazorg === undefined && binnenRegeling(traject, datum))) {
    return { soort: 'buiten-venster' };
  }
  const id = `t${alle.length + 1}`;
  return { soort: 'nieuw', id, gebeurtenis: { type: 'terugval-gesignaleerd', data: { id, datum, bron } } };
}

export function handelTerugvalAf(
  traject: Traject,
  opdracht: { id: string; uitkomst: TerugvalUitkomst; reden?: string; nieuwTrajectId?: string },
  vandaag: string,
): TrajectGebeurtenis | undefined {
  const t = terugvallenVan(traject).find((x) => x.id === opdracht.id);
  if (!t) throw new NietGevondenFout('TERUGVAL_NIET_GEVONDEN', `er is geen terugval ${opdracht.id}`);
  if (t.uitkomst !== undefined) {
    if (t.uitkomst === opdracht.uitkomst && (t.reden ?? undefined) === opdracht.reden) return undefined;
    throw new ConflictFout('TERUGVAL_AL_AFGEHANDELD', `terugval ${t.id} is al afgehandeld op ${t.afgehandeldOp}`);
  }
  if (opdracht.uitkomst === 'geen-actie' && !opdracht.reden?.trim()) {
    throw new ValidatieFout('REDEN_VERPLICHT', 'geef een reden als er geen actie volgt op een terugval', [
      { veld: 'reden', melding: 'is verplicht bij geen-actie' },
    ]);
  }
  return {
    type: 'terugval-afgehandeld',
    data: {
      id: t.id,
      datum: vandaag,
      uitkomst: opdracht.uitkomst,
      ...(opdracht.reden ? { reden: opdracht.reden } : {}),
      ...(opdracht.nieuwTrajectId ? { nieuwTrajectId: opdracht.nieuwTrajectId } : {}),
    },
  };
}

export type NazorgControle =
  | { status: 'lopend'; einde: string; wachtTot: Date }
  | { status: 'wacht-op-contact'; einde: string }
  | { status: 'afgelopen'; einde: string }
  | { status: 'afgerond'; einde: string };

/**
 * The workflow's check. The window runs until the end of its last day (Europe/Amsterdam); only then it is over. A
 * terugval whose personal contact is still open keeps the case in nazorg until its outcome is recorded: the
 * basisdienstverlening asks for personal contact on every terugval, and closing would drop the step.
 */
export function controleerNazorg(traject: Traject, nu: Date): NazorgControle {
  const n = traject.nazorg;
  if (!n) throw new RegelFout('GEEN_NAZORG', `traject ${traject.id} is niet in nazorg`);
  if (n.afgerondOp !== undefined || traject.afgesloten) return { status: 'afgerond', einde: n.einde };
  const wachtTot = eindeVanDagInAmsterdam(n.einde);
  if (nu < wachtTot) return { status: 'lopend', einde: n.einde, wachtTot };
  if (openTerugvallen(n).length > 0) return { status: 'wacht-op-contact', einde: n.einde };
  return { status: 'afgelopen', einde: n.einde };
}
