// Application layer: use case "bekijk een traject" (the counsellor's case view).
import type { TrajectWeergave } from '../contracts/api';
import { veranderingen } from '../domain/evaluatie/evaluatie';
import { GeenToegangFout, NietGevondenFout } from '../domain/fouten';
import { vandaagInAmsterdam } from '../domain/kalender/kalender';
import { deadlinesVan } from '../domain/traject/deadlines';
import type { Rol, Stap } from '../domain/traject/gebeurtenissen';
import type { Traject } from '../domain/traject/traject';
import type { Afhankelijkheden, GeladenTraject } from './poorten';

const WAT: Record<Stap, string> = {
  'eerste-gesprek': 'eerste gesprek met de hulpvrager',
  intake: 'intake en triage met het screeningsinstrument',
  beschikking: 'beschikking met plan van aanpak',
  vaststelling: 'vaststelling van de beschikking door een consulent',
  betaalvoorstel: 'berekening van vtlb, afloscapaciteit en schulden voor het betaalvoorstel',
  nazorg: 'nazorg: vroegsignalen volgen tot het einde van de nazorgperiode',
  'persoonlijk-contact': 'persoonlijk contact met de hulpvrager na een terugval',
  wsnp: 'begeleiding tijdens de looptijd van de WSNP',
};

/** Loads a case by id (a workflow Task: the execution carries the id only). */
export async function laadTraject(deps: Pick<Afhankelijkheden, 'opslag'>, id: string): Promise<GeladenTraject> {
  const geladen = await deps.opslag.laad(id);
  if (!geladen) throw new NietGevondenFout('TRAJECT_NIET_GEVONDEN', `er is geen traject ${id}`);
  return geladen;
}

/** Loads a case the caller may see: another gemeente's case does not exist for them (404, not 403). */
export async function laadVoorGemeente(
  deps: Pick<Afhankelijkheden, 'opslag'>,
  id: string,
  gemeente: string,
): Promise<GeladenTraject> {
  const geladen = await laadTraject(deps, id);
  if (geladen.traject.gemeente !== gemeente) {
    throw new NietGevondenFout('TRAJECT_NIET_GEVONDEN', `er is geen traject ${id}`);
  }
  return geladen;
}

/**
 * Input: traject id, the caller's gemeente and rol. Output: the case view.
 *
 * Primary course:
 * 1. Load the case in one round trip (history and snapshot share the partition).
 * 2. Derive every step's deadline and status for today (Europe/Amsterdam) from the norm catalogue.
 * 3. Return the view with the audit history and what comes next.
 */
export async function bekijkTraject(
  deps: Pick<Afhankelijkheden, 'opslag' | 'klok'>,
  opdracht: { id: string; gemeente: string; rol: Rol },
): Promise<TrajectWeergave> {
  if (opdracht.rol === 'verwijzer') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', 'een verwijzer ziet alleen de status van de verwijzing');
  }
  const { traject, historie } = await laadVoorGemeente(deps, opdracht.id, opdracht.gemeente);
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
    deadlines,
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
    historie: historie.map((e) => ({
      volgnummer: e.volgnummer,
      op: e.op,
      actor: e.actor,
      type: e.gebeurtenis.type,
      wijzigingen: e.wijzigingen,
    })),
    versie: traject.versie,
  };
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
  const gepland = (plan?.contactmomenten ?? [])
    .filter((c) => c.datum >= vandaag)
    .sort((a, b) => a.datum.localeCompare(b.datum))[0];
  if (gepland) return { datum: gepland.datum, wat: `${gepland.vorm} met ${gepland.met}`, gepland: true };
  if (traject.stap && deadline) return { datum: deadline, wat: `uiterlijk: ${WAT[traject.stap]}`, gepland: false };
  return null;
}
