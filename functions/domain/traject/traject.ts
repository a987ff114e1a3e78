// Domain layer: the traject aggregate. Pure: state is a fold over the history; commands decide the next event.
import { ConflictFout, NietGevondenFout, RegelFout, ValidatieFout } from '../fouten';
import { vandaagInAmsterdam } from '../kalender/kalender';
import type { AfsluitReden, OverdrachtNaar } from './afsluiting';
import type {
  Actor,
  Betaalvoorstel,
  Contactgegevens,
  CrisisSituatie,
  Fase,
  OpgeslagenGebeurtenis,
  Stap,
  TrajectGebeurtenis,
  Verwijzing,
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
  /** The step the case waits in now; null when it waits in none (beschikking vastgesteld, or closed). */
  stap: Stap | null;
  ontvangenOp: string;
  crisis?: CrisisSituatie;
  aanvrager: Contactgegevens;
  verwijzer?: { organisatie: string; naam?: string; telefoon?: string; email?: string };
  begeleider?: string;
  stappen: StapVoortgang[];
  /** Periods in which the terms that allow it do not run (Awb 4:15); they apply to every open step that allows it. */
  opschortingen: { id: string; start: string; verwachtEinde: string; werkelijkEinde?: string; reden: string }[];
  verlengingen: { id: string; stap: Stap; op: string; dagen?: number; weken?: number; reden: string }[];
  /** Volgnummer of the latest stored money calculation. */
  laatsteBerekening?: number;
  verzoekHash?: string;
  persoonSleutel?: string;
  verwijzingen: Verwijzing[];
  intake?: {
    datum: string;
    instrument: { id: string; versie: string };
    antwoorden: Record<string, unknown>;
    plan: Record<string, unknown>;
  };
  triage?: { route: string; uitkomst: Record<string, unknown> };
  beschikking?: {
    datum: string;
    inhoud: Record<string, unknown>;
    document: { sleutel: string; sha256: string; bytes: number };
    vastgesteldOp?: string;
  };
  koppelingen: { koppeling: string; op: string }[];
  /** The offer to the creditors (Plaatje compleet), from the krediet Task. */
  betaalvoorstel?: Betaalvoorstel;
  /** Hand-overs to a next phase (begeleiding, schuldregeling, wsnp, nazorg), oldest first. */
  overdrachten: { naar: OverdrachtNaar; datum: string; aanleiding: string }[];
  afgesloten?: { reden: AfsluitReden; op: string; toelichting?: string };
  versie: number;
}

/** Whether a triage route leads to a schuldregeling: its vastgestelde beschikking opens the betaalvoorstel step. */
export function leidtTotSchuldregeling(route: string): boolean {
  return route === 'schuldregeling';
}

/** Whether the case has a Plaatje compleet phase: its beschikking opened the betaalvoorstel step. */
export function heeftSchuldregelingFase(traject: Pick<Traject, 'stappen'>): boolean {
  return traject.stappen.some((s) => s.stap === 'betaalvoorstel');
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
      ...(g.data.persoonSleutel ? { persoonSleutel: g.data.persoonSleutel } : {}),
      verwijzingen: g.data.verwijzing ? [g.data.verwijzing] : [],
      koppelingen: [],
      overdrachten: [],
      stappen: [{ stap: 'eerste-gesprek', start: g.data.ontvangenOp, gemeldeOverschrijdingen: [] }],
      opschortingen: [],
      verlengingen: [],
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
    case 'opschorting-gestart':
      return { ...volgende, opschortingen: [...traject.opschortingen, g.data] };
    case 'opschorting-beeindigd':
      return {
        ...volgende,
        opschortingen: traject.opschortingen.map((o) =>
          o.id === g.data.id ? { ...o, werkelijkEinde: g.data.einde } : o,
        ),
      };
    case 'verlenging-vastgelegd':
      return { ...volgende, verlengingen: [...traject.verlengingen, g.data] };
    case 'berekening-vastgelegd': {
      // A berekening recorded while the betaalvoorstel step runs completes it (the date in Europe/Amsterdam).
      const datum = vandaagInAmsterdam(new Date(e.op));
      return {
        ...volgende,
        laatsteBerekening: e.volgnummer,
        stappen: werkStapBij(traject.stappen, 'betaalvoorstel', (st) =>
          st.voltooidOp === undefined ? { ...st, voltooidOp: datum } : st,
        ),
      };
    }
    case 'betaalvoorstel-opgesteld':
      return { ...volgende, fase: 'plaatje-compleet', stap: null, betaalvoorstel: g.data };
    case 'verwijzing-ontvangen':
      return { ...volgende, verwijzingen: [...traject.verwijzingen, g.data.verwijzing] };
    case 'intake-afgenomen':
      return {
        ...volgende,
        stap: 'beschikking',
        intake: g.data,
        stappen: werkStapBij(traject.stappen, 'intake', (st) => ({ ...st, voltooidOp: g.data.datum })),
      };
    case 'triage-bepaald':
      return { ...volgende, triage: g.data };
    case 'beschikking-opgesteld':
      return {
        ...volgende,
        stap: 'vaststelling',
        beschikking: g.data,
        stappen: [...traject.stappen, { stap: 'vaststelling', start: g.data.datum, gemeldeOverschrijdingen: [] }],
      };
    case 'beschikking-vastgesteld': {
      const voltooi = (st: StapVoortgang) =>
        (st.stap === 'vaststelling' || st.stap === 'beschikking') && st.voltooidOp === undefined
          ? { ...st, voltooidOp: g.data.datum }
          : st;
      // After a triage towards a schuldregeling, the berekening for the betaalvoorstel is the next step with a term.
      const schuldregeling = traject.triage !== undefined && leidtTotSchuldregeling(traject.triage.route);
      return {
        ...volgende,
        fase: 'rust-en-overzicht',
        stap: schuldregeling ? 'betaalvoorstel' : null,
        stappen: [
          ...traject.stappen.map(voltooi),
          ...(schuldregeling
            ? [{ stap: 'betaalvoorstel' as const, start: g.data.datum, gemeldeOverschrijdingen: [] }]
            : []),
        ],
        ...(traject.beschikking ? { beschikking: { ...traject.beschikking, vastgesteldOp: g.data.datum } } : {}),
      };
    }
    case 'koppeling-gemeld':
      return { ...volgende, koppelingen: [...traject.koppelingen, g.data] };
    case 'fase-overgedragen':
      // The receiving phase opens its own steps when its workflow starts; the hand-over itself only moves the phase.
      return {
        ...volgende,
        fase: FASE_NA_OVERDRACHT[g.data.naar],
        overdrachten: [...traject.overdrachten, g.data],
      };
    case 'traject-afgesloten':
      // The terms that were still running no longer apply; the history keeps them.
      return {
        ...volgende,
        stap: null,
        afgesloten: g.data,
        stappen: traject.stappen.filter((st) => st.voltooidOp !== undefined),
      };
  }
}

/** The phase of the basisdienstverlening a hand-over leads into. */
const FASE_NA_OVERDRACHT: Record<OverdrachtNaar, Fase> = {
  begeleiding: 'rust-en-overzicht',
  schuldregeling: 'plaatje-compleet',
  wsnp: 'met-vertrouwen-verder',
  nazorg: 'met-vertrouwen-verder',
};

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
  for (const o of t.opschortingen) {
    velden[`opschortingen.${o.id}`] = `${o.start}..${o.werkelijkEinde ?? `(${o.verwachtEinde})`}`;
  }
  for (const v of t.verlengingen) {
    velden[`verlengingen.${v.id}`] = `${v.stap} +${v.weken ? `${v.weken} weken` : `${v.dagen} dagen`}`;
  }
  velden.laatsteBerekening = t.laatsteBerekening;
  velden['triage.route'] = t.triage?.route;
  velden['beschikking.datum'] = t.beschikking?.datum;
  velden['beschikking.vastgesteldOp'] = t.beschikking?.vastgesteldOp;
  velden.koppelingen = t.koppelingen.map((k) => k.koppeling).join(',') || undefined;
  velden['betaalvoorstel.berekening'] = t.betaalvoorstel?.berekening;
  velden.afgesloten = t.afgesloten?.reden;
  velden.overdrachten = t.overdrachten.map((o) => o.naar).join(',') || undefined;
  for (const v of t.verwijzingen) velden[`verwijzingen.${v.id}`] = `${v.soort}: ${v.organisatie}`;
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

export function startOpschorting(
  traject: Traject,
  o: { id: string; start: string; verwachtEinde: string; reden: string },
): TrajectGebeurtenis | undefined {
  const bestaand = traject.opschortingen.find((x) => x.id === o.id);
  if (bestaand) {
    if (bestaand.start === o.start && bestaand.verwachtEinde === o.verwachtEinde && bestaand.reden === o.reden) {
      return undefined;
    }
    throw new ConflictFout('OPSCHORTING_BESTAAT', `opschorting ${o.id} bestaat al met andere gegevens`);
  }
  if (o.verwachtEinde < o.start) {
    throw new ValidatieFout('OPSCHORTING_ONGELDIG', 'het verwachte einde ligt voor het begin', [
      { veld: 'verwachtEinde', melding: `ligt voor het begin (${o.start})` },
    ]);
  }
  return { type: 'opschorting-gestart', data: o };
}

export function beeindigOpschorting(
  traject: Traject,
  o: { id: string; einde: string },
  vandaag: string,
): TrajectGebeurtenis | undefined {
  const bestaand = traject.opschortingen.find((x) => x.id === o.id);
  if (!bestaand) throw new NietGevondenFout('OPSCHORTING_NIET_GEVONDEN', `er is geen opschorting ${o.id}`);
  if (bestaand.werkelijkEinde !== undefined) {
    if (bestaand.werkelijkEinde === o.einde) return undefined;
    throw new ConflictFout(
      'OPSCHORTING_AL_BEEINDIGD',
      `opschorting ${o.id} is al beëindigd op ${bestaand.werkelijkEinde}`,
    );
  }
  if (o.einde < bestaand.start) {
    throw new ValidatieFout('OPSCHORTING_ONGELDIG', 'het einde ligt voor het begin', [
      { veld: 'einde', melding: `ligt voor het begin (${bestaand.start})` },
    ]);
  }
  if (o.einde > vandaag) {
    throw new ValidatieFout(
      'DATUM_IN_TOEKOMST',
      'een opschorting eindigt niet in de toekomst; dat is het verwachte einde',
      [{ veld: 'einde', melding: `ligt na vandaag (${vandaag})` }],
    );
  }
  return { type: 'opschorting-beeindigd', data: o };
}

export function legVerlengingVast(
  traject: Traject,
  v: { id: string; stap: Stap; dagen?: number; weken?: number; reden: string },
  vandaag: string,
): TrajectGebeurtenis | undefined {
  const bestaand = traject.verlengingen.find((x) => x.id === v.id);
  if (bestaand) {
    if (
      bestaand.stap === v.stap &&
      bestaand.dagen === v.dagen &&
      bestaand.weken === v.weken &&
      bestaand.reden === v.reden
    )
      return undefined;
    throw new ConflictFout('VERLENGING_BESTAAT', `verlenging ${v.id} bestaat al met andere gegevens`);
  }
  const stap = stapVan(traject, v.stap);
  if (!stap || stap.voltooidOp !== undefined) {
    throw new ConflictFout('STAP_NIET_OPEN', `de stap ${v.stap} loopt niet in dit traject`);
  }
  return {
    type: 'verlenging-vastgelegd',
    data: {
      id: v.id,
      stap: v.stap,
      op: vandaag,
      ...(v.dagen !== undefined ? { dagen: v.dagen } : {}),
      ...(v.weken !== undefined ? { weken: v.weken } : {}),
      reden: v.reden,
    },
  };
}
