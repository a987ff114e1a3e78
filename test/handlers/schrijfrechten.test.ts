// The permission matrix: the README's written matrix is what every route of the route table enforces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Afhankelijkheden } from '../../functions/app/poorten';
import { GeenToegangFout } from '../../functions/domain/fouten';
import type { Rol } from '../../functions/domain/traject/gebeurtenissen';
import { routes } from '../../functions/handlers/http/routes';
import {
  eisSchrijfrecht,
  type Recht,
  rechtUitCel,
  schrijfrechtenTabel,
  WIE,
  type Wie,
} from '../../functions/handlers/http/schrijfrechten';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const blok = readme.split('<!-- schrijfrechten:start -->')[1]?.split('<!-- schrijfrechten:end -->')[0]?.trim() ?? '';

/** The written matrix, read back from the README: route key → right per kind of caller. */
function geschrevenMatrix(): Map<string, Record<Wie, Recht | undefined>> {
  const matrix = new Map<string, Record<Wie, Recht | undefined>>();
  for (const regel of blok.split('\n').slice(2)) {
    const cellen = regel
      .split('|')
      .map((c) => c.trim())
      .slice(1, -1);
    const route = cellen[0]?.replaceAll('`', '') ?? '';
    matrix.set(
      route,
      Object.fromEntries(WIE.map((w, i) => [w, rechtUitCel(cellen[i + 2] ?? '')])) as Record<Wie, Recht>,
    );
  }
  return matrix;
}

const ROL: Record<Wie, Rol> = {
  begeleider: 'consulent',
  'andere-consulent': 'consulent',
  teamleider: 'teamleider',
  loket: 'loket',
  verwijzer: 'verwijzer',
};
const SUB: Record<Wie, string> = {
  begeleider: 'c-begeleider',
  'andere-consulent': 'c-collega',
  teamleider: 'tl',
  loket: 'l',
  verwijzer: 'v',
};

/** What the HTTP chain lets through: the route's roles (the token check), then the one write-permission check. */
async function mag(route: (typeof routes)[number], wie: Wie, begeleider: string | undefined): Promise<boolean> {
  if (!(route.rollen as readonly Rol[]).includes(ROL[wie])) return false;
  const deps = () =>
    ({
      opslag: {
        schrijfInfo: async () => ({ gemeente: '0363', ...(begeleider ? { begeleider } : {}) }),
      },
    }) as unknown as Pick<Afhankelijkheden, 'opslag'>;
  const id = route.pad.includes('{id}') ? 'abcdef12-0000' : undefined;
  try {
    await eisSchrijfrecht(route, { sub: SUB[wie], rol: ROL[wie], gemeente: '0363' }, id, deps);
    return true;
  } catch (e) {
    if (e instanceof GeenToegangFout) {
      expect(e.code).toBe('SCHRIJFRECHT_BEGELEIDER');
      expect(e.message).toContain('regel "begeleider"');
      return false;
    }
    throw e;
  }
}

describe('the write-permission matrix', () => {
  it('is written in the README for exactly the routes of the route table', () => {
    // Assess
    expect(blok).toBe(schrijfrechtenTabel(routes));
    expect([...geschrevenMatrix().keys()].sort()).toEqual(routes.map((r) => `${r.methode} ${r.pad}`).sort());
  });

  it('is what the HTTP chain enforces, for every route and every kind of caller', async () => {
    // Prepare
    const matrix = geschrevenMatrix();

    for (const route of routes) {
      for (const wie of WIE) {
        const recht = matrix.get(`${route.methode} ${route.pad}`)?.[wie];
        // Act: a case with a begeleider, and one without
        const metBegeleider = await mag(route, wie, 'c-begeleider');
        const zonderBegeleider = await mag(route, wie, undefined);

        // Assess
        const waar = `${route.methode} ${route.pad} as ${wie}`;
        expect(recht, waar).toBeDefined();
        expect(metBegeleider, `${waar} (case with a begeleider)`).toBe(
          recht !== 'geen' && recht !== 'zonder-begeleider',
        );
        expect(zonderBegeleider, `${waar} (case without a begeleider)`).toBe(recht !== 'geen');
      }
    }
  });

  it("lets the check answer 404 rather than 403 for another gemeente's case", async () => {
    // Prepare
    const route = routes.find((r) => r.functie === 'leg-notitie-vast');
    const deps = () =>
      ({
        opslag: { schrijfInfo: async () => ({ gemeente: '0599', begeleider: 'c-elders' }) },
      }) as unknown as Pick<Afhankelijkheden, 'opslag'>;

    // Act / Assess: the check lets it through; the use case then finds no case of this gemeente
    await expect(
      eisSchrijfrecht(route ?? routes[0], { sub: 'c-1', rol: 'consulent', gemeente: '0363' }, 'abcdef12-0000', deps),
    ).resolves.toBeUndefined();
  });
});
