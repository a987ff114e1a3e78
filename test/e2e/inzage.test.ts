// End to end: every read of personal data is recorded before it is answered, apart from the case history, and the
// privacy officer (or a teamleider) of the gemeente lists the records; the access log names the user and the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InzageLog } from '../../functions/app/poorten';
import type { ToegangsRegel } from '../../local/http-server';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient } from '../support/api';

type Record_ = {
  sub: string;
  rol: string;
  gemeente: string;
  route: string;
  trajectId?: string;
  op: string;
  requestId: string;
};
type Pagina = { items: Record_[]; cursor?: string };

describe('audited reads', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  const toegang: ToegangsRegel[] = [];
  let consulent: string;
  let loket: string;
  let privacy: string;
  let id: string;

  beforeAll(async () => {
    runtime = await startRuntime({
      klokStart: new Date('2026-03-09T10:00:00+01:00'),
      toegangslog: (r) => toegang.push(r),
    });
    api = apiClient(runtime.url);
    consulent = await api.token('0363', 'consulent', 'consulent-inzage');
    loket = await api.token('0363', 'loket', 'loket-medewerker-7');
    privacy = await api.token('0363', 'privacy', 'fg-amsterdam');
    const r = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: consulent,
      body: { naam: 'Gelezen Persoon', telefoon: '0612345678', ontvangenOp: '2026-03-02' },
    });
    id = r.body.id;
  });
  afterAll(async () => runtime.stop());

  it('shows a case view by a loket user in GET /audit/inzage with the user, the case and the time', async () => {
    // Act
    const view = await api.verzoek('GET', `/trajecten/${id}`, { token: loket });
    const log = await api.verzoek<Pagina>('GET', `/audit/inzage?traject=${id}&van=2026-03-01&tot=2026-03-31`, {
      token: privacy,
    });

    // Assess
    expect(view.status).toBe(200);
    expect(log.status).toBe(200);
    expect(log.body.items).toContainEqual(
      expect.objectContaining({
        sub: 'loket-medewerker-7',
        rol: 'loket',
        gemeente: '0363',
        route: 'GET /trajecten/{id}',
        trajectId: id,
        op: expect.stringMatching(/^2026-03-09T/),
        requestId: expect.any(String),
      }),
    );
    const historie = await api.verzoek<{ historie: { type: string }[] }>('GET', `/trajecten/${id}`, {
      token: consulent,
    });
    expect(historie.body.historie.map((h) => h.type)).toEqual(['aanmelding-ontvangen']);
  });

  it('pages with a cursor and filters on the user; other roles and other gemeenten see nothing', async () => {
    // Prepare: three more reads by the same loket user
    for (let i = 0; i < 3; i++) await api.verzoek('GET', `/trajecten/${id}`, { token: loket });
    const anderePrivacy = await api.token('0599', 'privacy', 'fg-rotterdam');

    // Act: one record per page, following the cursor
    const gezien: Record_[] = [];
    let cursor: string | undefined;
    let paginas = 0;
    do {
      const r = await api.verzoek<Pagina>(
        'GET',
        `/audit/inzage?gebruiker=loket-medewerker-7&van=2026-03-09&tot=2026-03-09&max=1${cursor ? `&cursor=${cursor}` : ''}`,
        { token: privacy },
      );
      expect(r.status).toBe(200);
      gezien.push(...r.body.items);
      cursor = r.body.cursor;
      paginas++;
    } while (cursor && paginas < 20);
    const doorConsulent = await api.verzoek('GET', `/audit/inzage?van=2026-03-09&tot=2026-03-09`, { token: consulent });
    const doorAndere = await api.verzoek<Pagina>('GET', `/audit/inzage?traject=${id}&van=2026-03-09&tot=2026-03-09`, {
      token: anderePrivacy,
    });
    const privacyLeestDossier = await api.verzoek('GET', `/trajecten/${id}`, { token: privacy });
    const slechteCursor = await api.verzoek<{ errors: { pointer: string }[] }>(
      'GET',
      '/audit/inzage?van=2026-03-09&tot=2026-03-09&cursor=bm9n',
      { token: privacy },
    );
    // A well-formed cursor naming another gemeente's partition: refused, never sent on to DynamoDB
    const vreemd = Buffer.from(
      JSON.stringify({ p: 0, k: { pk: 'INZAGE#0599#DAG#2026-03-09', sk: '2026-03-09#2026-03-09T10:00:00.000Z#r' } }),
    ).toString('base64url');
    const vreemdeCursor = await api.verzoek<{ code: string }>(
      'GET',
      `/audit/inzage?van=2026-03-09&tot=2026-03-09&cursor=${vreemd}`,
      { token: privacy },
    );

    // Assess
    expect(gezien.length).toBeGreaterThanOrEqual(4);
    expect(new Set(gezien.map((g) => g.requestId)).size).toBe(gezien.length);
    expect(gezien.every((g) => g.sub === 'loket-medewerker-7')).toBe(true);
    expect(doorConsulent.status).toBe(403);
    expect(doorAndere.body.items).toEqual([]);
    expect(privacyLeestDossier.status).toBe(403);
    expect(slechteCursor.status).toBe(400);
    expect(slechteCursor.body.errors.map((e) => e.pointer)).toEqual(['/cursor']);
    expect(vreemdeCursor.status).toBe(400);
    expect(vreemdeCursor.body.code).toBe('CURSOR_ONGELDIG');
  });

  it('fails the read when the audit record cannot be written, and shows nothing', async () => {
    // Prepare: the inzage log refuses writes
    const echt = runtime.deps.inzage as InzageLog;
    runtime.deps.inzage = {
      leg: async () => {
        throw new Error('ProvisionedThroughputExceededException');
      },
    };

    // Act
    const view = await api.verzoek<Record<string, unknown>>('GET', `/trajecten/${id}`, { token: loket });
    runtime.deps.inzage = echt;

    // Assess
    expect(view.status).toBe(500);
    expect(JSON.stringify(view.body)).not.toContain('Gelezen Persoon');
  });

  it('writes one access-log line per request with the sub and the case id, never a name', async () => {
    // Act
    await api.verzoek('GET', `/trajecten/${id}`, { token: loket });

    // Assess
    const regel = toegang.findLast((r) => r.route === 'GET /trajecten/{id}');
    expect(regel).toMatchObject({ sub: 'loket-medewerker-7', trajectId: id, status: 200, gemeente: '0363' });
    expect(JSON.stringify(toegang)).not.toContain('Gelezen Persoon');
  });
});
