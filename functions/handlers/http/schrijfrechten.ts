// Primary adapter: the write-permission matrix, enforced once for every route in the HTTP handler chain.
// The rule of a route comes from the route table (`schrijven`, or its default); the README's matrix is checked
// against this file for every route by test/handlers/schrijfrechten.test.ts.
import type { Afhankelijkheden } from '../../app/poorten';
import { GeenToegangFout } from '../../domain/fouten';
import type { Rol } from '../../domain/traject/gebeurtenissen';
import type { RouteRegel, Schrijfregel } from './route-regels';

/** The five kinds of caller the matrix distinguishes: a consulent is the case's begeleider or another one. */
export const WIE = ['begeleider', 'andere-consulent', 'teamleider', 'loket', 'verwijzer'] as const;
export type Wie = (typeof WIE)[number];

export function schrijfregelVan(route: Pick<RouteRegel, 'schrijven' | 'toegang' | 'pad'>): Schrijfregel {
  if (route.schrijven) return route.schrijven;
  if (route.toegang !== 'rw') return 'geen';
  return route.pad.startsWith('/trajecten/{id}') ? 'begeleider' : 'registreren';
}

const ROL_VAN: Record<Wie, Rol> = {
  begeleider: 'consulent',
  'andere-consulent': 'consulent',
  teamleider: 'teamleider',
  loket: 'loket',
  verwijzer: 'verwijzer',
};

export type Recht = 'schrijft' | 'zonder-begeleider' | 'leest' | 'registreert' | 'geen';

/**
 * What `wie` may do on a route: the role must be one the route allows, and then the route's rule decides.
 * `zonder-begeleider`: only while the case has no begeleider (the eerste gesprek makes one).
 */
export function rechtOp(route: Pick<RouteRegel, 'schrijven' | 'toegang' | 'pad' | 'rollen'>, wie: Wie): Recht {
  if (!route.rollen.includes(ROL_VAN[wie])) return 'geen';
  switch (schrijfregelVan(route)) {
    case 'geen':
      return 'leest';
    case 'registreren':
      return 'registreert';
    case 'begeleider':
      return wie === 'begeleider' || wie === 'teamleider'
        ? 'schrijft'
        : wie === 'andere-consulent'
          ? 'zonder-begeleider'
          : 'geen';
  }
}

/**
 * The check before the use case: on a `begeleider` route a consulent who is not the case's begeleider is refused
 * (403, the problem names the rule) once the case has one. A case of another gemeente, or none, is left to the use
 * case, which answers 404 without disclosing it.
 */
export async function eisSchrijfrecht(
  route: Pick<RouteRegel, 'schrijven' | 'toegang' | 'pad' | 'rollen'>,
  gebruiker: { sub: string; rol: Rol; gemeente: string },
  trajectId: string | undefined,
  deps: () => Pick<Afhankelijkheden, 'opslag'>,
): Promise<void> {
  if (schrijfregelVan(route) !== 'begeleider' || gebruiker.rol !== 'consulent' || !trajectId) return;
  const info = await deps().opslag.schrijfInfo(trajectId);
  if (!info || info.gemeente !== gebruiker.gemeente || info.begeleider === undefined) return;
  if (info.begeleider === gebruiker.sub) return;
  throw new GeenToegangFout(
    'SCHRIJFRECHT_BEGELEIDER',
    'regel "begeleider": alleen de begeleider van dit traject of een teamleider schrijft hierin; vraag een overdracht aan (POST /trajecten/{id}/begeleider)',
  );
}

const CEL: Record<Recht, string> = {
  schrijft: 'schrijft',
  'zonder-begeleider': 'alleen zonder begeleider',
  leest: 'leest',
  registreert: 'registreert',
  geen: '—',
};

/** The matrix as the README writes it: one row per route, one column per kind of caller. */
export function schrijfrechtenTabel(
  lijst: readonly Pick<RouteRegel, 'methode' | 'pad' | 'schrijven' | 'toegang' | 'rollen'>[],
): string {
  const kop = '| route | regel | begeleider | andere consulent | teamleider | loket | verwijzer |';
  const streep = '|---|---|---|---|---|---|---|';
  const regels = lijst.map(
    (r) => `| \`${r.methode} ${r.pad}\` | ${schrijfregelVan(r)} | ${WIE.map((w) => CEL[rechtOp(r, w)]).join(' | ')} |`,
  );
  return [kop, streep, ...regels].join('\n');
}

/** Reads a README matrix row's cell back into a right. */
export function rechtUitCel(cel: string): Recht | undefined {
  return (Object.entries(CEL) as [Recht, string][]).find(([, tekst]) => tekst === cel)?.[0];
}
