// Domain layer: the traject aggregate. Pure: state is a fold over the history; commands decide the next event.

import { type Begeleiding, evolueerBegeleiding, startBegeleiding } from '../begeleiding/begeleiding';
import type { Begeleidingsmodule } from '../beschikking/begeleidingsmodule';
import { type Bezwaar, evolueerBezwaar } from '../bezwaar/bezwaar';
import { type Correctie, evolueerCorrectie } from '../correctie/correctie';
import { type Doorverwijzing, evolueerDoorverwijzing } from '../doorverwijzing/doorverwijzing';
import { type Evaluatie, evolueerEvaluatie } from '../evaluatie/evaluatie';
import { ConflictFout, NietGevondenFout, RegelFout, ValidatieFout } from '../fouten';
import { evolueerJournaal, type Journaal } from '../journaal/journaal';
import { vandaagInAmsterdam } from '../kalender/kalender';
import { evolueerNazorg, type NazorgStaat } from '../nazorg/nazorg';
import { evolueerWsnp, type WsnpStaat } from '../nazorg/wsnp';
import { evolueerPersoon } from '../persoon/persoon';
import type { PersoonGegevens } from '../persoon/persoon-gebeurtenissen';
import { evaluatieInRegeling, evolueerRegeling, type RegelingStaat } from '../regeling/regeling';
import { evolueerSchulden, type SchuldenStaat } from '../schulden/schulden';
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
  /** A deadline the plan sets (the planned end of the begeleiding's modules) instead of the norm's term. */
  tot?: string;
}

/** A workflow that stopped on a failed Task, as recorded on the case; `herstartOp` once a teamleider restarted it. */
export interface WorkflowFout {
  workflow: string;
  executie: string;
  staat: string;
  fout: { type: string; melding: string };
  op: string;
  herstartOp?: string;
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
  /** The begeleider's display name for letters; the `sub` stays the identity. */
  begeleiderNaam?: string;
  stappen: StapVoortgang[];
  /** Periods in which the terms that allow it do not run (Awb 4:15); they apply to every open step that allows it. */
  opschortingen: { id: string; start: string; verwachtEinde: string; werkelijkEinde?: string; reden: string }[];
  verlengingen: { id: string; stap: Stap; op: string; dagen?: number; weken?: number; reden: string }[];
  /** Volgnummer of the latest stored money calculation. */
  laatsteBerekening?: number;
  /** The VTLB of that calculation, per month in cents (DDAS Oplossing.vtlb). */
  vtlbCent?: number;
  verzoekHash?: string;
  persoonSleutel?: string;
  verwijzingen: Verwijzing[];
  intake?: {
    datum: string;
    instrument: { id: string; versie: string };
    antwoorden: Record<string, unknown>;
    plan: Record<string, unknown>;
  };
  triage?: {
    route: string;
    uitkomst: Record<string, unknown>;
    /** A later decision of the consulent to change the route (begeleiding → schuldregeling). */
    herzien?: { route: string; reden: string; datum: string };
  };
  beschikking?: {
    datum: string;
    besluit: 'toelating' | 'afwijzing';
    /** The letter's `soort` (its content stays in the event: the fold is the snapshot, read on every load). */
    soort: string;
    /** The volgnummer of the event that holds the letter's content (opgesteld, or the last bekendmaking). */
    inhoudIn: number;
    document: { sleutel: string; sha256: string; bytes: number };
    vastgesteldOp?: string;
    /** The day the definitive letter was sent (the bekendmaking); the bezwaartermijn runs from the day after. */
    bekendgemaaktOp?: string;
  };
  bezwaren: Bezwaar[];
  begeleiding?: Begeleiding;
  doorverwijzing?: Doorverwijzing;
  workflowFouten: WorkflowFout[];
  koppelingen: { koppeling: string; op: string }[];
  /** The offer to the creditors (Plaatje compleet), from the krediet Task. */
  betaalvoorstel?: Betaalvoorstel;
  /** Hand-overs to a next phase (begeleiding, schuldregeling, wsnp, nazorg), oldest first. */
  overdrachten: { naar: OverdrachtNaar; datum: string; aanleiding: string }[];
  afgesloten?: { reden: AfsluitReden; op: string; toelichting?: string };
  /** Contact moments held, notes, documents (functions/domain/journaal). */
  journaal?: Journaal;
  /** What a schuldregeling needs of the person: BSN (only in the case items), date of birth, address, household. */
  persoon?: PersoonGegevens;
  /** Keyed hashes of the person's search tokens (functions/domain/persoon/zoektokens.ts). */
  zoeksleutels?: string[];
  /** Keyed hash of the BSN, for matching. */
  bsnSleutel?: string;
  /** Corrections of recorded facts, oldest first (functions/domain/correctie). */
  correcties?: Correctie[];
  /** The claims on the case and the exchange with each creditor (functions/domain/schulden). */
  schulden?: SchuldenStaat;
  /** Met vertrouwen verder: the nazorg window and its terugvallen (functions/domain/nazorg). */
  nazorg?: NazorgStaat;
  /** The person's BSN: in the case item only (encrypted at rest), never in a key, an event detail or a log. */
  bsn?: string;
  /** Evaluations of the plan with the measurement instrument, oldest first (functions/domain/evaluatie). */
  evaluaties?: Evaluatie[];
  /** The WSNP begeleiding phase (functions/domain/nazorg/wsnp). */
  wsnp?: WsnpStaat;
  /** The 18-month regeling after the akkoord (functions/domain/regeling). */
  regeling?: RegelingStaat;
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
      ...(g.data.zoeksleutels ? { zoeksleutels: g.data.zoeksleutels } : {}),
      koppelingen: [],
      overdrachten: [],
      bezwaren: [],
      workflowFouten: [],
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
        ...(g.data.begeleiderNaam ? { begeleiderNaam: g.data.begeleiderNaam } : {}),
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
        vtlbCent: g.data.samenvatting.vtlbCent,
        stappen: werkStapBij(traject.stappen, 'betaalvoorstel', (st) =>
          st.voltooidOp === undefined ? { ...st, voltooidOp: datum } : st,
        ),
      };
    }
    case 'betaalvoorstel-opgesteld': {
      // With the exchange under way, the case now waits for the akkoord (120 days from the saldoverzoeken).
      const akkoord = stapVan(traject, 'schuldregeling-akkoord');
      const stap = akkoord && akkoord.voltooidOp === undefined ? ('schuldregeling-akkoord' as const) : null;
      return { ...volgende, fase: 'plaatje-compleet', stap, betaalvoorstel: g.data };
    }
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
        beschikking: {
          datum: g.data.datum,
          besluit: g.data.inhoud.soort === 'afwijzing' ? 'afwijzing' : 'toelating',
          soort: String(g.data.inhoud.soort),
          inhoudIn: e.volgnummer,
          document: g.data.document,
        },
        stappen: [...traject.stappen, { stap: 'vaststelling', start: g.data.datum, gemeldeOverschrijdingen: [] }],
      };
    case 'beschikking-vastgesteld': {
      const voltooi = (st: StapVoortgang) =>
        (st.stap === 'vaststelling' || st.stap === 'beschikking') && st.voltooidOp === undefined
          ? { ...st, voltooidOp: g.data.datum }
          : st;
      // An afwijzing opens its bezwaar window (Awb 6:7, from the bekendmaking on this day: Awb 6:8 lid 1). After a
      // triage towards a schuldregeling the berekening for the betaalvoorstel is the next step with a term; the other
      // routes get theirs from the hand-over that the workflow records next.
      const afwijzing = traject.beschikking?.besluit === 'afwijzing';
      const schuldregeling = !afwijzing && traject.triage !== undefined && leidtTotSchuldregeling(traject.triage.route);
      const volgendeStap: Stap | null = afwijzing ? 'bezwaar' : schuldregeling ? 'betaalvoorstel' : null;
      return {
        ...volgende,
        fase: 'rust-en-overzicht',
        stap: volgendeStap,
        stappen: [
          ...traject.stappen.map(voltooi),
          ...(volgendeStap ? [{ stap: volgendeStap, start: g.data.datum, gemeldeOverschrijdingen: [] }] : []),
        ],
        ...(traject.beschikking ? { beschikking: { ...traject.beschikking, vastgesteldOp: g.data.datum } } : {}),
      };
    }
    case 'koppeling-gemeld':
      return { ...volgende, koppelingen: [...traject.koppelingen, g.data] };
    case 'fase-overgedragen':
      return {
        ...volgende,
        ...overdracht(traject, g.data),
        fase: FASE_NA_OVERDRACHT[g.data.naar],
        overdrachten: [...traject.overdrachten, g.data],
      };
    case 'beschikking-bekendgemaakt':
      return traject.beschikking
        ? {
            ...volgende,
            beschikking: {
              ...traject.beschikking,
              soort: String(g.data.inhoud.soort),
              inhoudIn: e.volgnummer,
              document: g.data.document,
              bekendgemaaktOp: g.data.datum,
            },
          }
        : volgende;
    case 'bezwaar-ontvangen':
    case 'bezwaar-beslist':
      return { ...volgende, ...evolueerBezwaar(traject, g) };
    case 'begeleidingsmodule-bijgewerkt':
    case 'begeleiding-beeindigd':
      return { ...volgende, ...evolueerBegeleiding(traject, g) };
    case 'triage-herzien':
      return traject.triage
        ? { ...volgende, triage: { ...traject.triage, route: g.data.route, herzien: g.data } }
        : volgende;
    case 'doorverwijzing-overgedragen':
    case 'doorverwijzing-opgevolgd':
      return { ...volgende, ...evolueerDoorverwijzing(traject, g) };
    case 'workflow-gestopt':
      return { ...volgende, workflowFouten: [...traject.workflowFouten, { ...g.data, op: e.op }] };
    case 'workflow-herstart':
      return {
        ...volgende,
        workflowFouten: traject.workflowFouten.map((f) =>
          f.executie === g.data.executie && f.herstartOp === undefined ? { ...f, herstartOp: e.op } : f,
        ),
      };
    case 'schuld-geregistreerd':
    case 'schuldeiser-antwoord-ontvangen':
    case 'schuldeiser-termijn-verstreken':
      return { ...volgende, schulden: evolueerSchulden(traject.schulden, g) };
    case 'schuldeisers-aangeschreven': {
      const schulden = evolueerSchulden(traject.schulden, g);
      // NVVK Module Schuldregeling: the 120 days to the akkoord run from the (first) saldoverzoeken.
      const opent = g.data.ronde === 'saldo' && !stapVan(traject, 'schuldregeling-akkoord');
      return {
        ...volgende,
        schulden,
        ...(opent
          ? {
              stappen: [
                ...traject.stappen,
                { stap: 'schuldregeling-akkoord' as const, start: g.data.op, gemeldeOverschrijdingen: [] },
              ],
            }
          : {}),
      };
    }
    case 'schuldregeling-uitkomst':
    case 'dwangakkoord-wsnp-keuze': {
      // Everyone agreed, or the consulent chose how to go on after a refusal that stands: the akkoord step ends.
      const klaar = g.type === 'dwangakkoord-wsnp-keuze' || g.data.uitkomst === 'akkoord';
      return {
        ...volgende,
        schulden: evolueerSchulden(traject.schulden, g),
        ...(klaar
          ? {
              stap: traject.stap === 'schuldregeling-akkoord' ? null : traject.stap,
              stappen: werkStapBij(traject.stappen, 'schuldregeling-akkoord', (st) =>
                st.voltooidOp === undefined ? { ...st, voltooidOp: g.data.op } : st,
              ),
            }
          : {}),
      };
    }
    case 'traject-afgesloten':
      // The terms that were still running no longer apply; the history keeps them.
      return {
        ...volgende,
        stap: null,
        afgesloten: g.data,
        stappen: traject.stappen.filter((st) => st.voltooidOp !== undefined),
      };
    case 'contactmoment-gehouden':
    case 'notitie-gemaakt':
    case 'document-toegevoegd':
      return { ...volgende, journaal: evolueerJournaal(traject.journaal, g, actorNaam(e), e.op) };
    case 'persoon-gewijzigd':
      return evolueerPersoon(volgende, g);
    case 'feit-gecorrigeerd':
      return evolueerCorrectie(volgende, g, actorNaam(e), e.op);
    case 'begeleider-overgedragen':
      return { ...volgende, begeleider: g.data.naar };

    case 'nazorg-gestart':
    case 'bsn-vastgelegd':
    case 'terugval-gesignaleerd':
    case 'terugval-afgehandeld':
    case 'nazorg-afgerond':
      return evolueerNazorg(volgende, g, e);
    case 'evaluatie-vastgelegd':
      return evaluatieInRegeling(evolueerEvaluatie(volgende, g.data), g.data.datum);
    case 'wsnp-gestart':
    case 'wsnp-afgerond':
      return evolueerWsnp(volgende, g);
    case 'regeling-gestart':
    case 'regeling-maand-geopend':
    case 'betaling-ontvangen':
    case 'betaling-gemist':
    case 'regeling-evaluatie-geopend':
    case 'regeling-periode-afgerond':
    case 'schuldregeling-beeindigd':
      return evolueerRegeling(volgende, g);
  }
}

/**
 * What a hand-over opens on the case itself: the begeleiding phase with the plan's modules, or the betaalvoorstel
 * step of a schuldregeling. A begeleiding or doorverwijzing that was running is done. Nazorg and the WSNP open their
 * own steps when their workflows start.
 */
function overdracht(
  traject: Traject,
  o: { naar: OverdrachtNaar; datum: string; aanleiding: string },
): Partial<Traject> {
  const stappen = traject.stappen.map((s) =>
    (s.stap === 'begeleiding' || s.stap === 'doorverwijzing') && s.voltooidOp === undefined
      ? { ...s, voltooidOp: o.datum }
      : s,
  );
  const basis = { ...traject, stappen };
  switch (o.naar) {
    case 'begeleiding': {
      const plan = traject.intake?.plan as { begeleidingsmodules?: { module: Begeleidingsmodule }[] } | undefined;
      const modules = (plan?.begeleidingsmodules ?? []).map((m) => m.module);
      return startBegeleiding(basis, o.datum, o.aanleiding, modules);
    }
    case 'schuldregeling':
      return {
        stap: 'betaalvoorstel',
        stappen: heeftSchuldregelingFase(basis)
          ? stappen
          : [...stappen, { stap: 'betaalvoorstel', start: o.datum, gemeldeOverschrijdingen: [] }],
      };
    default:
      return { stap: null, stappen };
  }
}

function actorNaam(e: OpgeslagenGebeurtenis): string {
  return e.actor.soort === 'medewerker' ? e.actor.sub : e.actor.naam;
}

/** The phase of the basisdienstverlening a hand-over leads into. */
const FASE_NA_OVERDRACHT: Record<OverdrachtNaar, Fase> = {
  begeleiding: 'rust-en-overzicht',
  schuldregeling: 'plaatje-compleet',
  wsnp: 'met-vertrouwen-verder',
  nazorg: 'met-vertrouwen-verder',
  // The 18 months of the regeling are the begeleiding of Met vertrouwen verder, as the WSNP's term is.
  regeling: 'met-vertrouwen-verder',
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
  velden['nazorg.einde'] = t.nazorg?.einde;
  velden['nazorg.afgerondOp'] = t.nazorg?.afgerondOp;
  for (const tv of t.nazorg?.terugvallen ?? []) velden[`terugvallen.${tv.id}`] = tv.uitkomst ?? 'open';
  for (const tv of t.regeling?.terugvallen ?? []) velden[`terugvallen.${tv.id}`] = tv.uitkomst ?? 'open';
  velden['regeling.maand'] = t.regeling?.maand;
  velden['regeling.beeindigdOp'] = t.regeling?.beeindigdOp;
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
  const naam = opdracht.actor.naam;
  return {
    type: 'eerste-gesprek-gevoerd',
    data: { datum: opdracht.datum, begeleider: opdracht.actor.sub, ...(naam ? { begeleiderNaam: naam } : {}) },
  };
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
