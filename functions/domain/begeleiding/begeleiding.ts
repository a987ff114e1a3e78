// Domain layer: the begeleiding (and crisisinterventie) phase: its modules with provider, start, planned end and
// status, its end, and the consulent's decision to move on to a schuldregeling.
import type { Begeleidingsmodule } from '../beschikking/begeleidingsmodule';
import { ConflictFout, ValidatieFout } from '../fouten';
import type { TrajectGebeurtenis } from '../traject/gebeurtenissen';
import type { StapVoortgang, Traject } from '../traject/traject';

type Gebeurtenis<T extends TrajectGebeurtenis['type']> = Extract<TrajectGebeurtenis, { type: T }>;
export type ModuleGegevens = Gebeurtenis<'begeleidingsmodule-bijgewerkt'>['data'];

export interface Begeleiding {
  sinds: string;
  /** Why the case came here: the triage route (`begeleiding`, `crisisinterventie`) or a doorverwijzing that failed. */
  aanleiding: string;
  /** From the plan van aanpak; planned and tracked per module. */
  modules: (Pick<ModuleGegevens, 'module' | 'status'> & Partial<ModuleGegevens>)[];
  einde?: { datum: string; nazorg: boolean };
}

/** Opens the begeleiding phase on the hand-over: the plan's modules, still to be planned. */
export function startBegeleiding(
  traject: Traject,
  datum: string,
  aanleiding: string,
  planModules: Begeleidingsmodule[],
): Partial<Traject> {
  return {
    stap: 'begeleiding',
    begeleiding: { sinds: datum, aanleiding, modules: planModules.map((module) => ({ module, status: 'gepland' })) },
    stappen: [
      ...traject.stappen.filter((s) => s.stap !== 'begeleiding'),
      { stap: 'begeleiding', start: datum, gemeldeOverschrijdingen: [] },
    ],
  };
}

const LOPEND = new Set(['gepland', 'lopend']);

export function evolueerBegeleiding(
  traject: Traject,
  g: Gebeurtenis<'begeleidingsmodule-bijgewerkt'> | Gebeurtenis<'begeleiding-beeindigd'>,
): Partial<Traject> {
  const begeleiding = traject.begeleiding;
  if (!begeleiding) return {};
  if (g.type === 'begeleiding-beeindigd') {
    return {
      stap: null,
      begeleiding: { ...begeleiding, einde: g.data },
      stappen: voltooi(traject.stappen, 'begeleiding', g.data.datum),
    };
  }
  const modules = [...begeleiding.modules.filter((m) => m.module !== g.data.module), g.data];
  // The step ends when the last running module is planned to end; without a planned end the norm's default applies.
  const einden = modules.filter((m) => LOPEND.has(m.status) && m.geplandEinde).map((m) => m.geplandEinde as string);
  const tot = einden.length > 0 ? einden.sort().at(-1) : undefined;
  return {
    begeleiding: { ...begeleiding, modules },
    stappen: traject.stappen.map((s) => {
      if (s.stap !== 'begeleiding' || s.voltooidOp !== undefined) return s;
      const { tot: _oud, ...rest } = s;
      return tot ? { ...rest, tot } : rest;
    }),
  };
}

function voltooi(stappen: StapVoortgang[], stap: StapVoortgang['stap'], datum: string): StapVoortgang[] {
  return stappen.map((s) => (s.stap === stap && s.voltooidOp === undefined ? { ...s, voltooidOp: datum } : s));
}

function eisLopend(traject: Traject): NonNullable<Traject['begeleiding']> {
  if (!traject.begeleiding || traject.begeleiding.einde) {
    throw new ConflictFout('GEEN_BEGELEIDING', 'dit traject is niet in de begeleidingsfase');
  }
  return traject.begeleiding;
}

/** Plans or updates one module; the same data again changes nothing. */
export function werkModuleBij(traject: Traject, m: ModuleGegevens): TrajectGebeurtenis | undefined {
  const begeleiding = eisLopend(traject);
  if (m.geplandEinde < m.start) {
    throw new ValidatieFout('EINDE_VOOR_START', 'het geplande einde ligt voor de start', [
      { veld: 'geplandEinde', melding: `ligt voor de start (${m.start})` },
    ]);
  }
  if (m.start < begeleiding.sinds) {
    throw new ValidatieFout('START_VOOR_BEGELEIDING', 'een module start niet voor de begeleiding', [
      { veld: 'start', melding: `ligt voor het begin van de begeleiding (${begeleiding.sinds})` },
    ]);
  }
  const bestaand = begeleiding.modules.find((x) => x.module === m.module);
  if (
    bestaand &&
    bestaand.aanbieder === m.aanbieder &&
    bestaand.start === m.start &&
    bestaand.geplandEinde === m.geplandEinde &&
    bestaand.status === m.status
  ) {
    return undefined;
  }
  return { type: 'begeleidingsmodule-bijgewerkt', data: m };
}

/** Ends the begeleiding. With nazorg the case moves on to it; without, it closes. */
export function beeindigBegeleiding(
  traject: Traject,
  e: { datum: string; nazorg: boolean },
  vandaag: string,
): TrajectGebeurtenis {
  const begeleiding = eisLopend(traject);
  if (e.datum < begeleiding.sinds || e.datum > vandaag) {
    throw new ValidatieFout('DATUM_BUITEN_BEREIK', 'het einde valt tussen het begin van de begeleiding en vandaag', [
      { veld: 'datum', melding: `ligt niet tussen ${begeleiding.sinds} en ${vandaag}` },
    ]);
  }
  return { type: 'begeleiding-beeindigd', data: e };
}

/** The consulent decides the case moves on from begeleiding to a schuldregeling: a new triage decision. */
export function herzieTriage(
  traject: Traject,
  h: { route: 'schuldregeling'; reden: string },
  vandaag: string,
): TrajectGebeurtenis {
  eisLopend(traject);
  if (traject.triage?.route === 'schuldregeling') {
    throw new ConflictFout('ROUTE_AL_SCHULDREGELING', 'dit traject volgt de route schuldregeling al');
  }
  return { type: 'triage-herzien', data: { ...h, datum: vandaag } };
}
