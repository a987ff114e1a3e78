// Domain layer: the traject aggregate. Pure: state is a fold over the history; commands decide the next event.
import { ConflictFout, RegelFout, ValidatieFout } from '../fouten';
import type {
  Actor,
  Contactgegevens,
  CrisisSituatie,
  Fase,
  OpgeslagenGebeurtenis,
  Stap,
  TrajectGebeurtenis,
  Wijziging,
} from './gebeurtenissen';

export interface StapVoortgang {
  stap: Stap;
  /** The date the term starts from (the hulpvraag for the eerste gesprek, the eerste gesprek for the beschikking). */
  start: string;
  voltooidOp?: string;
  /** Deadlines for which a breach has been recorded (a moved deadline can be breached again). */
  gemeldeOverschrijdingen: string[];
}

export interface Traject {
  id: string;
  gemeente: string;
  fase: Fase;
  /** The step the case waits in now. */
  stap: Stap;
  ontvangenOp: string;
  crisis?: CrisisSituatie;
  aanvrager: Contactgegevens;
  verwijzer?: { organisatie: string; naam?: string; telefoon?: string; email?: string };
  begeleider?: string;
  stappen: StapVoortgang[];
  verzoekHash?: string;
  versie: number;
}

export function evolueer(traject: Traject | undefined, e: OpgeslagenGebeurtenis, id: string): Traject {
  const g = e.gebeurtenis;
  if (g.type === 'aanmelding-ontvangen') {
    if (traject) throw new Error(`traject ${id}: aanmelding-ontvangen may only be the first event`);
    return {
      id,
      gemeente: e.gemeente,
      fase: 'in-contact',
      stap: 'eerste-gesprek',
      ontvangenOp: g.data.ontvangenOp,
      ...(g.data.crisis ? { crisis: g.data.crisis } : {}),
      aanvrager: g.data.aanvrager,
      ...(g.data.verwijzer ? { verwijzer: g.data.verwijzer } : {}),
      ...(g.data.verzoekHash ? { verzoekHash: g.data.verzoekHash } : {}),
      stappen: [{ stap: 'eerste-gesprek', start: g.data.ontvangenOp, gemeldeOverschrijdingen: [] }],
      versie: e.volgnummer,
    };
  }
  if (!traject) throw new Error(`traject ${id}: history does not start with aanmelding-ontvangen`);
  const volgende = { ...traject, versie: e.volgnummer };
  switch (g.type) {
    case 'eerste-gesprek-gevoerd':
      return {
        ...volgende,
        fase: 'in-gesprek',
        stap: 'intake',
        begeleider: g.data.begeleider,
        stappen: [
          ...werkStapBij(traject.stappen, 'eerste-gesprek', (s) => ({ ...s, voltooidOp: g.data.datum })),
          // Wgs art. 4a: the beslistermijn for the beschikking runs from the eerste gesprek, beside the intake.
          { stap: 'intake', start: g.data.datum, gemeldeOverschrijdingen: [] },
          { stap: 'beschikking', start: g.data.datum, gemeldeOverschrijdingen: [] },
        ],
      };
    case 'deadline-overschreden':
      return {
        ...volgende,
        stappen: werkStapBij(traject.stappen, g.data.stap, (s) => ({
          ...s,
          gemeldeOverschrijdingen: [...s.gemeldeOverschrijdingen, g.data.deadline],
        })),
      };
  }
}

function werkStapBij(stappen: StapVoortgang[], stap: Stap, f: (s: StapVoortgang) => StapVoortgang): StapVoortgang[] {
  return stappen.map((s) => (s.stap === stap ? f(s) : s));
}

export function vouw(id: string, historie: OpgeslagenGebeurtenis[]): Traject | undefined {
  return historie.reduce<Traject | undefined>((t, e) => evolueer(t, e, id), undefined);
}

export function stapVan(traject: Traject, stap: Stap): StapVoortgang | undefined {
  return traject.stappen.find((s) => s.stap === stap);
}

/** What an audit entry shows as before/after: the case's process fields, never the person's contact details. */
function samenvatting(t: Traject | undefined): Record<string, unknown> {
  if (!t) return {};
  const velden: Record<string, unknown> = { fase: t.fase, stap: t.stap, begeleider: t.begeleider };
  for (const s of t.stappen) {
    velden[`stappen.${s.stap}.start`] = s.start;
    velden[`stappen.${s.stap}.voltooidOp`] = s.voltooidOp;
    velden[`stappen.${s.stap}.gemeldeOverschrijdingen`] = s.gemeldeOverschrijdingen.join(',') || undefined;
  }
  return velden;
}

export function wijzigingenTussen(voor: Traject | undefined, na: Traject): Wijziging[] {
  const oud = samenvatting(voor);
  const nieuw = samenvatting(na);
  return [...new Set([...Object.keys(oud), ...Object.keys(nieuw)])]
    .filter((veld) => oud[veld] !== nieuw[veld])
    .map((veld) => ({ veld, oud: oud[veld] ?? null, nieuw: nieuw[veld] ?? null }));
}

// ---- commands: each returns the one event it causes, or nothing when it is a replay ----

export function voerEersteGesprek(
  traject: Traject,
  opdracht: { datum: string; actor: Actor },
  vandaag: string,
): TrajectGebeurtenis | undefined {
  const stap = stapVan(traject, 'eerste-gesprek');
  if (stap?.voltooidOp !== undefined) {
    if (stap.voltooidOp === opdracht.datum) return undefined; // the same request again changes nothing
    throw new ConflictFout('STAP_AL_VOLTOOID', `het eerste gesprek is al vastgelegd op ${stap.voltooidOp}`);
  }
  if (opdracht.datum < traject.ontvangenOp) {
    throw new ValidatieFout('DATUM_VOOR_AANMELDING', 'het eerste gesprek kan niet voor de aanmelding liggen', [
      { veld: 'datum', melding: `ligt voor de aanmelding (${traject.ontvangenOp})` },
    ]);
  }
  if (opdracht.datum > vandaag) {
    throw new ValidatieFout('DATUM_IN_TOEKOMST', 'een gevoerd gesprek kan niet in de toekomst liggen', [
      { veld: 'datum', melding: `ligt na vandaag (${vandaag})` },
    ]);
  }
  if (opdracht.actor.soort !== 'medewerker') {
    throw new RegelFout('ALLEEN_MEDEWERKER', 'alleen een medewerker voert een eerste gesprek');
  }
  // The consulent who holds the eerste gesprek becomes the begeleider (basisdienstverlening: begeleiding starts at once).
  return { type: 'eerste-gesprek-gevoerd', data: { datum: opdracht.datum, begeleider: opdracht.actor.sub } };
}
