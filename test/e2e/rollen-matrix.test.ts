// End to end: every route × every role × own / other gemeente, generated from the route table, against the expected
// outcome written down once below. A route without an entry fails the test, so a new route must say who may use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rol } from '../../functions/domain/traject/gebeurtenissen';
import { type Route, routes } from '../../functions/handlers/http/routes';
import { type Runtime, startRuntime } from '../../local/runtime';
import { basisBodies } from '../fuzz/basis-verzoeken';
import { apiClient } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

/**
 * Per route, the outcome per role in the order of ROLLEN, for a user of the case's own gemeente and of another:
 * `ja` = past the gate (any answer but 401/403 and a not-found of the case itself: a domain 404/409/422 is fine),
 * `403` = the role may not, `404` = the case does not exist for this user (tenancy, or a verwijzer who did not refer).
 */
const ROLLEN = ['consulent', 'teamleider', 'loket', 'verwijzer', 'privacy'] as const;
type Uitkomst = 'ja' | '403' | '404';
const VERWACHT: Record<string, { eigen: string; ander: string }> = {
  'registreer-aanmelding': { eigen: 'ja ja ja ja 403', ander: 'ja ja ja ja 403' },
  'verwijs-door': { eigen: '403 403 403 ja 403', ander: '403 403 403 ja 403' },
  'bekijk-verwijzing': { eigen: '403 403 403 404 403', ander: '403 403 403 404 403' },
  'bekijk-traject': { eigen: 'ja ja ja 403 403', ander: '404 404 404 403 403' },
  'voltooi-eerste-gesprek': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'neem-intake-af': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'haal-beschikking': { eigen: 'ja ja ja 403 403', ander: '404 404 404 403 403' },
  'stel-beschikking-vast': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'schort-op': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'beeindig-opschorting': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  verleng: { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  werkvoorraad: { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  'rapporteer-doorlooptijden': { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  'bereken-vtlb': { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  'bereken-saneringskrediet': { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  'leg-berekening-vast': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  openapi: { eigen: 'ja ja ja ja ja', ander: 'ja ja ja ja ja' },
  'bekijk-inzage': { eigen: '403 ja 403 403 ja', ander: '403 ja 403 403 ja' },
  // The routes added with issues #10–#14 and #16, each written down from its permission: `rollen` in
  // functions/handlers/http/routes.ts for who passes the authorizer, the write-permission matrix
  // (functions/handlers/http/schrijfrechten.ts: a case is written by its begeleider or a teamleider) for the writes,
  // and the case lookup per gemeente for the other gemeente. Every case route gets a valid body (MATRIX_BODIES), so
  // the other gemeente meets the tenancy check (404), not the schema. A sub-resource id the matrix makes up
  // (bezwaar, document, terugval, signal) does not exist in the own gemeente either.
  // Case reads: the behandelaars and the loket; not the verwijzer, not privacy.
  'bekijk-historie': { eigen: 'ja ja ja 403 403', ander: '404 404 404 403 403' },
  // Case writes by a behandelaar (consulent or teamleider) of the case's gemeente.
  'beeindig-traject': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'registreer-bezwaar': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'beslis-op-bezwaar': { eigen: '404 404 403 403 403', ander: '404 404 403 403 403' },
  'plan-begeleidingsmodule': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'beeindig-begeleiding': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'herzie-triage': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'volg-doorverwijzing-op': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'leg-contactmoment-vast': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'leg-notitie-vast': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'voeg-document-toe': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'haal-document': { eigen: '404 404 403 403 403', ander: '404 404 403 403 403' },
  'wijzig-persoon': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'corrigeer-feit': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'draag-begeleiding-over': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'registreer-schuld': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'bekijk-schulden': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'kies-dwangakkoord-of-wsnp': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'leg-bsn-vast': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'leg-terugval-uitkomst-vast': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  evalueer: { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  'leg-betaling-vast': { eigen: 'ja ja 403 403 403', ander: '404 404 403 403 403' },
  // Only a teamleider restarts a workflow (functions/app/workflow-fout.ts), of a case of its own gemeente.
  'herstart-workflow': { eigen: '403 ja 403 403 403', ander: '403 404 403 403 403' },
  // The gemeente's own configuration, team, lists and searches: every gemeente has its own, so the other
  // gemeente's behandelaar gets its own (empty) answer, never ours.
  'bekijk-gemeente-configuratie': { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  'wijzig-gemeente-configuratie': { eigen: '403 ja 403 403 403', ander: '403 ja 403 403 403' },
  'lijst-trajecten': { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  'bekijk-team': { eigen: '403 ja 403 403 403', ander: '403 ja 403 403 403' },
  'zoek-traject': { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  'geplande-contactmomenten': { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  'exporteer-ddas': { eigen: '403 ja 403 403 403', ander: '403 ja 403 403 403' },
  'bekijk-vroegsignalen': { eigen: 'ja ja 403 403 403', ander: 'ja ja 403 403 403' },
  // The instrument is the same for every gemeente and holds no personal data: the roles that take an intake or
  // answer the loket read it.
  'bekijk-instrument': { eigen: 'ja ja ja 403 403', ander: 'ja ja ja 403 403' },
  asyncapi: { eigen: 'ja ja ja ja ja', ander: 'ja ja ja ja ja' },
  // A vroegsignaal by its id: the matrix passes a case id, which is no signal in either gemeente.
  'meld-aan-vanuit-signaal': { eigen: '404 404 403 403 403', ander: '404 404 403 403 403' },
  'leg-outreach-uitkomst-vast': { eigen: '404 404 403 403 403', ander: '404 404 403 403 403' },
};
/** A valid body for each route whose base body (test/fuzz/basis-verzoeken.ts) is missing, so the gate is reached. */
const MATRIX_BODIES: Record<string, unknown> = {
  'plan-begeleidingsmodule': {
    module: 'budgetcoaching',
    aanbieder: 'Budgetcoaches Noord',
    start: '2026-03-16',
    geplandEinde: '2026-09-30',
    status: 'gepland',
  },
  'leg-contactmoment-vast': { datum: '2026-03-09', kanaal: 'telefoon', met: 'de aanvrager', samenvatting: 'Afspraak.' },
  'leg-notitie-vast': { tekst: 'Matrixnotitie.' },
  'voeg-document-toe': { soort: 'overig', datum: '2026-03-09', contentType: 'application/pdf', inhoud: 'JVBERi0xLjQK' },
  'wijzig-persoon': { telefoon: '0612345670' },
  // To the consulent who is its begeleider already: the case keeps its begeleider for the rows after this one.
  'draag-begeleiding-over': { naar: 'matrix-consulent' },
  'registreer-schuld': {
    schuldeiserId: 'matrix-eiser',
    naam: 'Matrix Eiser',
    referentie: 'M-1',
    categorie: 'overig',
    soort: 'concurrent',
    bedragCent: 10_000,
  },
  'kies-dwangakkoord-of-wsnp': { keuze: 'wsnp', motivering: 'De matrix kiest; de regeling is niet afgewezen.' },
  'leg-bsn-vast': { bsn: '123456782' },
  'leg-terugval-uitkomst-vast': { uitkomst: 'geen-actie' },
  evalueer: {
    id: 'matrix-evaluatie',
    instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
    scores: {},
    besluit: 'voortzetten',
  },
  'leg-outreach-uitkomst-vast': { uitkomst: 'geen-contact' },
};
/** Codes that mean "this case (or referral) does not exist for you". */
const NIET_VOOR_U = [
  'TRAJECT_NIET_GEVONDEN',
  'VERWIJZING_NIET_GEVONDEN',
  'BEZWAAR_NIET_GEVONDEN',
  'DOCUMENT_NIET_GEVONDEN',
  'SIGNAAL_NIET_GEVONDEN',
];
const QUERY: Record<string, string> = {
  'rapporteer-doorlooptijden': '?van=2026-01-01&tot=2026-03-31',
  'bekijk-inzage': '?van=2026-03-01&tot=2026-03-31',
};

function uitkomstVan(status: number, code: string | undefined): Uitkomst | `fout ${number}` {
  if (status >= 500 || status === 401) return `fout ${status}`;
  if (status === 403) return '403';
  if (status === 404 && code && NIET_VOOR_U.includes(code)) return '404';
  return 'ja';
}

describe('route × role × gemeente', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    const consulent = await api.token('0363', 'consulent', 'matrix-consulent');
    const r = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: consulent,
      body: { naam: 'Matrix Persoon', telefoon: '0612345678', ontvangenOp: '2026-03-02' },
    });
    ids.id = r.body.id;
    const o = await api.verzoek<{ id: string }>('POST', `/trajecten/${ids.id}/opschortingen`, {
      token: consulent,
      body: { start: '2026-03-03', verwachtEinde: '2026-03-20', reden: 'stukken' },
    });
    ids.oid = o.body.id;
    // A well-formed terugval id, so the route looks the case up (a malformed one is a 404 before any case is read)
    ids.tid = 't1';
  });
  afterAll(async () => runtime.stop());

  it('has an expected row for every route and no row for a route that is gone', () => {
    // Assess
    expect(routes.map((r) => r.functie).filter((f) => !VERWACHT[f])).toEqual([]);
    expect(Object.keys(VERWACHT).filter((f) => !routes.some((r) => r.functie === f))).toEqual([]);
    expect([...ROLLEN].sort()).toEqual([...Rol.options].sort());
  });

  it('gives every role of the own and of another gemeente exactly the expected outcome', async () => {
    // Prepare
    const tokens: Record<string, string> = {};
    for (const g of ['0363', '0599'])
      for (const rol of ROLLEN) tokens[`${g}/${rol}`] = await api.token(g, rol, `matrix-${rol}`);
    const gevallen = (routes as readonly Route[]).flatMap((route) =>
      (['eigen', 'ander'] as const).flatMap((wie) =>
        ROLLEN.map((rol, i) => ({ route, wie, rol, verwacht: VERWACHT[route.functie]?.[wie].split(' ')[i] })),
      ),
    );

    // Act: one after the other, so each write meets the case as the previous left it
    const mis: string[] = [];
    for (const g of gevallen) {
      const pad = g.route.pad.replace(/\{(\w+)\}/g, (_m, n: string) => ids[n] ?? 'x');
      const body = MATRIX_BODIES[g.route.functie] ?? basisBodies[g.route.functie];
      const r = await api.verzoek<{ code?: string }>(g.route.methode, `${pad}${QUERY[g.route.functie] ?? ''}`, {
        token: tokens[`${g.wie === 'eigen' ? '0363' : '0599'}/${g.rol}`],
        ...(g.route.methode !== 'GET' ? { body: body ?? {} } : {}),
      });
      const uitkomst = uitkomstVan(r.status, r.body.code);
      if (uitkomst !== g.verwacht) {
        mis.push(
          `${g.route.methode} ${g.route.pad} ${g.rol}@${g.wie}: expected ${g.verwacht}, got ${uitkomst} (${r.status} ${r.body.code ?? ''})`,
        );
      }
    }

    // Assess
    expect(mis).toEqual([]);
    expect(gevallen).toHaveLength(routes.length * ROLLEN.length * 2);
  }, 120_000);
});
