// End to end over HTTP against the local runtime: the history paged on its own, the worklist paged with a cursor and
// per begeleider, and the lead-time report from its per-month aggregate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

type Historie = { items: { volgnummer: number; type: string }[]; volgendeNa: number | null };
type Werk = {
  items: { trajectId: string; stap: string; deadline: string; begeleider?: string }[];
  volgende: string | null;
};

describe('lists that stay bounded at national scale', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let consulent: string;
  const ids: string[] = [];

  beforeAll(async () => {
    // Monday 2 March 2026
    runtime = await startRuntime({ klokStart: new Date('2026-03-02T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    await configureerGemeente(api, '0453');
    consulent = await api.token('0453', 'consulent', 'c-anna');
    for (const ontvangenOp of ['2026-02-20', '2026-02-25', '2026-03-01']) {
      const r = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
        token: consulent,
        body: { naam: 'Lijst', telefoon: '0612345678', ontvangenOp },
      });
      ids.push(r.body.id);
    }
  });
  afterAll(async () => runtime.stop());

  it('pages the whole history of a case, to its own gemeente only', async () => {
    // Prepare: a case with four events (aanmelding, eerste gesprek, an opschorting and its end)
    const id = ids[0] as string;
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token: consulent, body: { datum: '2026-03-02' } });
    const o = await api.verzoek<{ id: string }>('POST', `/trajecten/${id}/opschortingen`, {
      token: consulent,
      body: { start: '2026-03-02', verwachtEinde: '2026-03-09', reden: 'wacht op stukken' },
    });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    const einde = await api.verzoek('POST', `/trajecten/${id}/opschortingen/${o.body.id}/einde`, {
      token: consulent,
      body: { datum: '2026-03-02' },
    });
    expect(einde.status).toBe(200);
    const amsterdam = await api.token('0363', 'consulent');
    const verwijzer = await api.token('0453', 'verwijzer');

    // Act
    const eerste = await api.verzoek<Historie>('GET', `/trajecten/${id}/historie?limiet=3`, { token: consulent });
    const tweede = await api.verzoek<Historie>(
      'GET',
      `/trajecten/${id}/historie?limiet=3&na=${eerste.body.volgendeNa}`,
      {
        token: consulent,
      },
    );
    const ander = await api.verzoek('GET', `/trajecten/${id}/historie`, { token: amsterdam });
    const geweigerd = await api.verzoek('GET', `/trajecten/${id}/historie`, { token: verwijzer });
    const fout = await api.verzoek<{ errors: { field: string }[] }>('GET', `/trajecten/${id}/historie?limiet=0`, {
      token: consulent,
    });
    const view = await api.verzoek<{ historie: unknown[]; historieHref: string }>('GET', `/trajecten/${id}`, {
      token: consulent,
    });

    // Assess
    expect(eerste.status, JSON.stringify(eerste.body)).toBe(200);
    expect(eerste.body.items.map((e) => e.volgnummer)).toEqual([1, 2, 3]);
    expect(eerste.body.volgendeNa).toBe(3);
    expect(tweede.body.items.map((e) => e.type)).toEqual(['opschorting-beeindigd']);
    expect(tweede.body.volgendeNa).toBeNull();
    expect(ander.status).toBe(404);
    expect(geweigerd.status).toBe(403);
    expect(fout.status).toBe(400);
    expect(fout.body.errors.map((e) => e.field)).toEqual(['limiet']);
    expect(view.body.historieHref).toBe(`/trajecten/${id}/historie`);
  });

  it('pages the worklist with a cursor, shows the begeleider and filters on it', async () => {
    // Prepare: anna holds the eerste gesprek of the second case too; the third waits for one
    await api.verzoek('POST', `/trajecten/${ids[1]}/eerste-gesprek`, {
      token: consulent,
      body: { datum: '2026-03-02' },
    });
    const bert = await api.token('0453', 'consulent', 'c-bert');
    const amsterdam = await api.token('0363', 'consulent');
    const pagina = (pad: string, token = consulent) => api.verzoek<Werk>('GET', pad, { token });

    // Act
    const alle: Werk['items'] = [];
    let cursor: string | null = null;
    let paginas = 0;
    do {
      const p: Awaited<ReturnType<typeof pagina>> = await pagina(
        `/werkvoorraad?max=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(p.status).toBe(200);
      alle.push(...p.body.items);
      cursor = p.body.volgende;
      paginas++;
    } while (cursor && paginas < 20);
    const vanAnna = await pagina('/werkvoorraad?begeleider=me');
    const annaDoorBert = await pagina('/werkvoorraad?begeleider=c-anna', bert);
    const vanBert = await pagina('/werkvoorraad?begeleider=me', bert);
    const eerstePagina = await pagina('/werkvoorraad?max=1');
    const vreemd = await api.verzoek<{ code: string }>(
      'GET',
      `/werkvoorraad?max=1&cursor=${eerstePagina.body.volgende}`,
      { token: amsterdam },
    );
    const kapot = await api.verzoek<{ code: string }>('GET', '/werkvoorraad?cursor=bm9nLWVlbi1zbGV1dGVs', {
      token: consulent,
    });

    // Assess: every open step once, in deadline order; the rows of anna's cases name her
    const open = alle.map((i) => i.trajectId);
    const rijen = alle.map((i) => `${i.trajectId}/${i.stap}`);
    expect(new Set(rijen).size).toBe(rijen.length);
    expect(rijen).toHaveLength(5); // intake and beschikking of two cases, the eerste gesprek of the third
    expect(alle.map((i) => i.deadline)).toEqual([...alle.map((i) => i.deadline)].sort());
    expect(open).toContain(ids[2]);
    expect(alle.filter((i) => i.begeleider === 'c-anna').map((i) => i.trajectId)).toEqual(
      expect.arrayContaining([ids[0], ids[1]]),
    );
    expect(vanAnna.body.items.every((i) => i.begeleider === 'c-anna')).toBe(true);
    expect(new Set(vanAnna.body.items.map((i) => i.trajectId))).toEqual(new Set([ids[0], ids[1]]));
    expect(annaDoorBert.body.items).toEqual(vanAnna.body.items);
    expect(vanBert.body.items).toEqual([]);
    expect(vreemd.status).toBe(400);
    expect(vreemd.body.code).toBe('CURSOR_ONGELDIG');
    expect(kapot.status).toBe(400);
  });

  it('reports lead times from the aggregate, per month and paged by month', async () => {
    // Prepare: the eerste gesprekken of March (cases 0 and 1 above: 10 and 5 days); a teamleider
    const teamleider = await api.token('0453', 'teamleider');

    // Act
    const eerste = await api.verzoek<{
      van: string;
      tot: string;
      stappen: { stap: string; aantal: number; mediaanDagen: number; p90Dagen: number }[];
      maanden: { maand: string }[];
      volgende: string | null;
    }>('GET', '/rapportages/doorlooptijden?van=2026-02-10&tot=2026-04-20&maanden=2', { token: teamleider });
    const tweede = await api.verzoek<{ van: string; stappen: unknown[]; volgende: string | null }>(
      'GET',
      `/rapportages/doorlooptijden?van=2026-02-10&tot=2026-04-20&maanden=2&cursor=${eerste.body.volgende}`,
      { token: teamleider },
    );
    const vreemd = await api.verzoek(
      'GET',
      `/rapportages/doorlooptijden?van=2025-01-01&tot=2025-02-28&cursor=${eerste.body.volgende}`,
      {
        token: teamleider,
      },
    );

    // Assess
    expect(eerste.status, JSON.stringify(eerste.body)).toBe(200);
    expect([eerste.body.van, eerste.body.tot]).toEqual(['2026-02-01', '2026-03-31']);
    expect(eerste.body.stappen).toEqual([
      expect.objectContaining({ stap: 'eerste-gesprek', aantal: 2, mediaanDagen: 5, p90Dagen: 10 }),
    ]);
    expect(eerste.body.maanden.map((m) => m.maand)).toEqual(['2026-03']);
    expect(tweede.body.van).toBe('2026-04-01');
    expect(tweede.body.stappen).toEqual([]);
    expect(tweede.body.volgende).toBeNull();
    expect(vreemd.status).toBe(400);
  });
});
