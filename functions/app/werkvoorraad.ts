// Application layer: use cases "werkvoorraad" (the consulent's queue by deadline) and "doorlooptijden" (the report).
import { GeenToegangFout, ValidatieFout } from '../domain/fouten';
import { plusKalenderdagen, plusWerkdagen, vandaagInAmsterdam } from '../domain/kalender/kalender';
import {
  type DoorlooptijdStatistiek,
  type DoorlooptijdTelling,
  doorlooptijdStatistiekUitTellingen,
} from '../domain/traject/doorlooptijden';
import type { Rol, Stap } from '../domain/traject/gebeurtenissen';
import type { Afhankelijkheden } from './poorten';

export type WerkvoorraadStatus = 'open' | 'binnenkort' | 'overschreden';

/** "Binnenkort": the deadline falls within this many werkdagen from today. */
export const BINNENKORT_WERKDAGEN = 5;

/**
 * Input: gemeente, the caller, status filter, optionally a begeleider (`me` for the caller) and a cursor.
 * Output: one page of open steps ordered by deadline, earliest first, each with its begeleider, and the next cursor.
 *
 * Primary course:
 * 1. Translate the status into a deadline range relative to today (Europe/Amsterdam).
 * 2. One Query on the werkvoorraad index of the gemeente, or of the begeleider within the gemeente: no Scan, and
 *    never another gemeente's cases (a cursor of another list or gemeente is refused).
 * 3. Label each row's status; return the cursor of the next page (null on the last).
 */
export async function werkvoorraad(
  deps: Pick<Afhankelijkheden, 'lijsten' | 'klok'>,
  opdracht: {
    gemeente: string;
    sub: string;
    status: WerkvoorraadStatus;
    max: number;
    begeleider?: string;
    cursor?: string;
  },
): Promise<{
  items: { trajectId: string; stap: Stap; deadline: string; status: WerkvoorraadStatus; begeleider?: string }[];
  volgende: string | null;
}> {
  const vandaag = vandaagInAmsterdam(deps.klok.nu());
  const bereik =
    opdracht.status === 'overschreden'
      ? { tot: plusKalenderdagen(vandaag, -1) }
      : opdracht.status === 'binnenkort'
        ? { van: vandaag, tot: plusWerkdagen(vandaag, BINNENKORT_WERKDAGEN) }
        : { van: vandaag };
  const begeleider = opdracht.begeleider === 'me' ? opdracht.sub : opdracht.begeleider;
  const pagina = await deps.lijsten.werkvoorraad(opdracht.gemeente, bereik, {
    max: opdracht.max,
    ...(begeleider ? { begeleider } : {}),
    ...(opdracht.cursor ? { cursor: opdracht.cursor } : {}),
  });
  return {
    items: pagina.items.map((i) => ({
      ...i,
      status:
        i.deadline < vandaag
          ? 'overschreden'
          : i.deadline <= plusWerkdagen(vandaag, BINNENKORT_WERKDAGEN)
            ? 'binnenkort'
            : 'open',
    })),
    volgende: pagina.volgende ?? null,
  };
}

/** Aggregate items read per Query page (months × steps: a year of every step fits in one). */
const AGGREGAAT_PAGINA = 500;

/**
 * Input: gemeente, rol, period (completion dates), months per page, cursor. Output: per step count, median and p90
 * lead time, the share within the service norm and within the legal deadline, in total and per month, for the whole
 * months of this page, and the cursor of the next months.
 *
 * Primary course:
 * 1. Refuse other roles; refuse a period that ends before it starts or a cursor outside it.
 * 2. Widen the period to whole months (the aggregate is kept per gemeente, step and month of completion) and take
 *    this page's months.
 * 3. Read the aggregate items of those months (one Query: months × steps items, whatever the number of cases).
 * 4. Compute the statistics from the counts and histograms.
 */
export async function rapporteerDoorlooptijden(
  deps: Pick<Afhankelijkheden, 'lijsten'>,
  opdracht: { gemeente: string; rol: Rol; van: string; tot: string; maanden?: number; cursor?: string },
): Promise<{
  van: string;
  tot: string;
  stappen: DoorlooptijdStatistiek[];
  maanden: { maand: string; stappen: DoorlooptijdStatistiek[] }[];
  volgende: string | null;
}> {
  if (opdracht.rol !== 'teamleider' && opdracht.rol !== 'consulent') {
    throw new GeenToegangFout('ALLEEN_BEHANDELAAR', 'alleen een teamleider of consulent ziet de doorlooptijden');
  }
  if (opdracht.tot < opdracht.van) {
    throw new ValidatieFout('PERIODE_ONGELDIG', 'tot ligt voor van', [
      { veld: 'tot', melding: `ligt voor van (${opdracht.van})` },
    ]);
  }
  const alle = maandenTussen(opdracht.van.slice(0, 7), opdracht.tot.slice(0, 7));
  const start = opdracht.cursor ? maandUitCursor(opdracht.cursor, alle) : 0;
  const deze = alle.slice(start, start + (opdracht.maanden ?? 12));
  const eerste = deze[0] as string;
  const laatste = deze.at(-1) as string;
  const tellingen: (DoorlooptijdTelling & { maand: string })[] = [];
  let cursor: string | undefined;
  do {
    const p = await deps.lijsten.doorlooptijdAggregaten(opdracht.gemeente, eerste, laatste, {
      max: AGGREGAAT_PAGINA,
      ...(cursor ? { cursor } : {}),
    });
    tellingen.push(...p.items);
    cursor = p.volgende;
  } while (cursor);
  const volgendeMaand = alle[start + deze.length];
  return {
    van: `${eerste}-01`,
    tot: laatsteDagVan(laatste),
    stappen: doorlooptijdStatistiekUitTellingen(tellingen),
    maanden: deze
      .map((maand) => ({
        maand,
        stappen: doorlooptijdStatistiekUitTellingen(tellingen.filter((t) => t.maand === maand)),
      }))
      .filter((m) => m.stappen.length > 0),
    volgende: volgendeMaand ? Buffer.from(JSON.stringify({ maand: volgendeMaand })).toString('base64url') : null,
  };
}

/** The months from `van` to `tot` (`yyyy-mm`, inclusive); at most ten years, so a page count stays bounded. */
function maandenTussen(van: string, tot: string): string[] {
  const maanden: string[] = [];
  let [j, m] = van.split('-').map(Number) as [number, number];
  for (let k = `${van}`; k <= tot; ) {
    maanden.push(k);
    if (maanden.length > 120) {
      throw new ValidatieFout('PERIODE_TE_LANG', 'een rapport beslaat hoogstens tien jaar', [
        { veld: 'tot', melding: 'kies een periode van hoogstens tien jaar' },
      ]);
    }
    m += 1;
    if (m > 12) {
      m = 1;
      j += 1;
    }
    k = `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  }
  return maanden;
}

function laatsteDagVan(maand: string): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  return `${maand}-${String(new Date(Date.UTC(j, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The index of the month a cursor points at; only a month of this period is accepted. */
function maandUitCursor(cursor: string, maanden: string[]): number {
  let maand: unknown;
  try {
    maand = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { maand?: unknown }).maand;
  } catch {
    maand = undefined;
  }
  const i = typeof maand === 'string' ? maanden.indexOf(maand) : -1;
  if (i < 0) {
    throw new ValidatieFout('CURSOR_ONGELDIG', 'de cursor hoort niet bij deze lijst', [
      { veld: 'cursor', melding: 'gebruik de cursor uit het vorige antwoord met dezelfde van en tot' },
    ]);
  }
  return i;
}
