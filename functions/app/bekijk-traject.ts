// Application layer: use case "bekijk een traject" (the counsellor's case view).
import type { TrajectWeergave } from '../contracts/api-weergaven';
import { veranderingen } from '../domain/evaluatie/evaluatie';
import { GeenToegangFout, NietGevondenFout, TrajectAfgeslotenFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { metNormtekst } from '../domain/normen/normteksten';
import { regelingOverzicht } from '../domain/regeling/regeling';
import { deadlinesVan } from '../domain/traject/deadlines';
import type { OpgeslagenGebeurtenis, Rol, Stap } from '../domain/traject/gebeurtenissen';
import type { Traject } from '../domain/traject/traject';
import { journaalWeergaveVan } from './consulent/journaal-weergave';
import type { Afhankelijkheden, GeladenTraject, LaadOpties } from './poorten';

const WAT: Record<Stap, string> = {
  'eerste-gesprek': 'eerste gesprek met de hulpvrager',
  intake: 'intake en triage met het screeningsinstrument',
  beschikking: 'beschikking met plan van aanpak',
  vaststelling: 'vaststelling van de beschikking door een consulent',
  betaalvoorstel: 'berekening van vtlb, afloscapaciteit en schulden voor het betaalvoorstel',
  bezwaar: 'bezwaartermijn tegen de afwijzing loopt; daarna sluit het traject',
  'bezwaar-beslissing': 'beslissing op het bezwaar',
  begeleiding: 'begeleiding volgens plan; afronden of evalueren op het geplande einde',
  doorverwijzing: 'nagaan of de persoon bij de organisatie geholpen wordt',
  'schuldregeling-akkoord': 'akkoord van alle schuldeisers op het betaalvoorstel (of de keuze dwangakkoord of WSNP)',
  nazorg: 'nazorg: vroegsignalen volgen tot het einde van de nazorgperiode',
  'persoonlijk-contact': 'persoonlijk contact met de hulpvrager na een terugval',
  wsnp: 'begeleiding tijdens de looptijd van de WSNP',
  'regeling-betaling': 'maandelijkse betaling van de regeling: ontvangen of gemist (na de respijttermijn)',
  'regeling-evaluatie': 'periodieke evaluatie van het plan tijdens de regeling',
};

/** How many of the latest history events the case view shows; the rest is paged at `historieHref`. */
export const RECENTE_HISTORIE = 10;

/** Loads a case by id (a workflow Task: the execution carries the id only). */
export async function laadTraject(
  deps: Pick<Afhankelijkheden, 'opslag'>,
  id: string,
  opties?: LaadOpties,
): Promise<GeladenTraject> {
  const geladen = await deps.opslag.laad(id, opties);
  if (!geladen) throw new NietGevondenFout('TRAJECT_NIET_GEVONDEN', `er is geen traject ${id}`);
  return geladen;
}

/** Loads a case the caller may see: another gemeente's case does not exist for them (404, not 403). */
export async function laadVoorGemeente(
  deps: Pick<Afhankelijkheden, 'opslag'>,
  id: string,
  gemeente: string,
  opties?: LaadOpties,
): Promise<GeladenTraject> {
  const geladen = await laadTraject(deps, id, opties);
  if (geladen.traject.gemeente !== gemeente) {
    throw new NietGevondenFout('TRAJECT_NIET_GEVONDEN', `er is geen traject ${id}`);
  }
  return geladen;
}

/**
 * Loads a case for a command: a closed case refuses every change with a 409 that says why (DESIGN 2.8), before any
 * rule of the command itself is checked.
 */
export async function laadVoorWijziging(
  deps: Pick<Afhankelijkheden, 'opslag'>,
  id: string,
  gemeente: string,
): Promise<GeladenTraject> {
  const geladen = await laadVoorGemeente(deps, id, gemeente);
  if (geladen.traject.afgesloten) throw new TrajectAfgeslotenFout(geladen.traject.afgesloten);
  return geladen;
}

/**
 * Input: traject id, the caller's gemeente and rol. Output: the case view.
 *
 * Primary course:
 * 1. Load the case in one round trip from a bounded number of items (the snapshot and the latest
 *    {@link RECENTE_HISTORIE} history events), whatever the length of its history.
 * 2. Derive every step's deadline and status for today (Europe/Amsterdam) from the norm catalogue.
 * 3. Return the view with the latest audit history (the whole history is paged at `historieHref`) and what comes
 *    next.
 */
export async function bekijkTraject(
  deps: Pick<Afhankelijkheden, 'opslag' | 'klok'>,
  opdracht: { id: string; gemeente: string; rol: Rol },
): Promise<TrajectWeergave> {
  if (opdracht.rol === 'verwijzer') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', 'een verwijzer ziet alleen de status van de verwijzing');
  }
  const { traject, recent } = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente, {
    recent: RECENTE_HISTORIE,
  });
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const deadlines = deadlinesVan(traject, vandaag);
  const huidige = deadlines.find((d) => d.stap === traject.stap);
  return {
    id: traject.id,
    gemeente: traject.gemeente,
    fase: traject.fase,
    stap: traject.stap,
    ontvangenOp: traject.ontvangenOp,
    ...(traject.crisis ? { crisis: traject.crisis } : {}),
    aanvrager: traject.aanvrager,
    ...(traject.verwijzer ? { verwijzer: traject.verwijzer } : {}),
    verwijzingen: traject.verwijzingen,
    ...(traject.begeleider ? { begeleider: traject.begeleider } : {}),
    // The view shows each norm's description and source; the deadline computation carries only its id.
    deadlines: deadlines.map(metNormtekst),
    opschortingen: traject.opschortingen,
    verlengingen: traject.verlengingen,
    volgende:
      traject.stap && huidige ? { stap: traject.stap, deadline: huidige.deadline, wat: WAT[traject.stap] } : null,
    ...(traject.triage ? { triage: traject.triage.uitkomst } : {}),
    ...(traject.beschikking
      ? {
          beschikking: {
            datum: traject.beschikking.datum,
            vastgesteldOp: traject.beschikking.vastgesteldOp ?? null,
            href: `/trajecten/${traject.id}/beschikking`,
          },
        }
      : {}),
    volgendContactmoment: volgendContactmoment(traject, vandaag, huidige?.deadline),
    koppelingen: traject.koppelingen,
    ...(traject.betaalvoorstel ? { betaalvoorstel: traject.betaalvoorstel } : {}),
    ...(traject.afgesloten ? { afgesloten: traject.afgesloten } : {}),
    ...(traject.nazorg ? { nazorg: traject.nazorg } : {}),
    ...(traject.regeling
      ? { regeling: { ...regelingOverzicht(traject.regeling), terugvallen: traject.regeling.terugvallen } }
      : {}),
    ...(traject.evaluaties
      ? {
          evaluaties: traject.evaluaties.map((e) => ({
            id: e.id,
            datum: e.datum,
            besluit: e.besluit,
            ...(e.planVersie !== undefined ? { planVersie: e.planVersie } : {}),
            veranderingen: veranderingen(traject, e),
          })),
        }
      : {}),
    ...(traject.begeleiding ? { begeleiding: traject.begeleiding } : {}),
    ...(traject.doorverwijzing ? { doorverwijzing: traject.doorverwijzing } : {}),
    bezwaren: traject.bezwaren,
    overdrachten: traject.overdrachten,
    workflowFout: openWorkflowFout(traject),
    historie: recent.map(historieRegel),
    historieIngekort: (recent[0]?.volgnummer ?? 1) > 1,
    historieHref: `/trajecten/${traject.id}/historie`,
    // The loket reads the status only: no journal, no person data (the permission matrix, README).
    ...(opdracht.rol === 'loket' ? {} : journaalWeergaveVan(traject)),
    versie: traject.versie,
  };
}

/** The latest failed workflow that was not restarted: the case waits for a teamleider's herstart. */
export function openWorkflowFout(traject: Traject): TrajectWeergave['workflowFout'] {
  const fout = traject.workflowFouten.findLast((f) => f.herstartOp === undefined);
  return fout ? { workflow: fout.workflow, staat: fout.staat, fout: fout.fout, op: fout.op } : null;
}

/**
 * The next moment the begeleider and the resident meet: the first planned contact moment from today on (plan van
 * aanpak); before there is a plan, the current step's deadline is the latest moment of the next contact.
 */
function volgendContactmoment(
  traject: Traject,
  vandaag: string,
  deadline: string | undefined,
): TrajectWeergave['volgendContactmoment'] {
  if (!traject.begeleider || traject.afgesloten) return null;
  const plan = traject.intake?.plan as { contactmomenten?: { datum: string; vorm: string; met: string }[] } | undefined;
  const gehouden = new Set((traject.journaal?.contactmomenten ?? []).map((c) => c.gepland));
  const gepland = (plan?.contactmomenten ?? [])
    // A planned moment that a held one fulfilled is done (functions/domain/journaal).
    .filter((c, i) => c.datum >= vandaag && !gehouden.has(i + 1))
    .sort((a, b) => a.datum.localeCompare(b.datum))[0];
  if (gepland) return { datum: gepland.datum, wat: `${gepland.vorm} met ${gepland.met}`, gepland: true };
  if (traject.stap && deadline) return { datum: deadline, wat: `uiterlijk: ${WAT[traject.stap]}`, gepland: false };
  return null;
}

/** One audit entry as the API shows it: who, when, what, and the changed process fields. */
export function historieRegel(e: OpgeslagenGebeurtenis): TrajectWeergave['historie'][number] {
  return { volgnummer: e.volgnummer, op: e.op, actor: e.actor, type: e.gebeurtenis.type, wijzigingen: e.wijzigingen };
}
