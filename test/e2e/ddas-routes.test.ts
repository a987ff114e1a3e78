// End to end: the DDAS/CBS export for cases of every route, field by field. One runtime whose clock runs three days
// per wall second from its start (as levensloop.test.ts does; no switch of speed, as schuldenknooppunt.test.ts makes
// around the intake, because a wait parked before a switch keeps its wall-clock length), so every timer — a
// workflow's wait, the bezwaar window, the simulated creditors' answers — is parked at the speed it will run at. The
// routes are built side by side; each waits on observable states (the execution's state, the case view), never on a
// sleep. When every route has reached the state under test the clock drops to real time, so nothing moves while the
// export is read. The expected record of each case is built from what the case view, the schulden view and the
// domain events on the bus say (never from a fixed date: with the fast clock every call lands on another day), and
// compared to the export as a whole (toStrictEqual: every field of every record).
// The WSNP and nazorg cases start from a back-dated hand-over appended with legVast, as wsnp.test.ts and
// nazorg.test.ts do: 18 months of earlier phases are not what is under test. The regeling after the akkoord is
// checked from its start (Oplossing.startdatum); its end (finale kwijting: Oplossing.einddatum, then the nazorg) is
// checked on the folded history in test/domain/ddas/ddas-record.test.ts, and regeling.test.ts drives the 18 months.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legVast } from '../../functions/app/leg-vast';
import type { WorkflowNaam } from '../../functions/app/poorten';
import { VROEGSIGNALERING_BRON } from '../../functions/contracts/vroegsignalen';
import { DDAS_KOLOMMEN } from '../../functions/domain/ddas/ddas-csv';
import { NIET_GEVULD } from '../../functions/domain/ddas/ddas-record';
import { UITSTROOMREDEN_OMSCHRIJVING } from '../../functions/domain/ddas/uitstroomreden';
import { plusMaanden, vandaagInAmsterdam } from '../../functions/domain/kalender/kalender';
import { BeeindigingsReden } from '../../functions/domain/traject/afsluiting';
import { type Runtime, startRuntime } from '../../local/runtime';
import type { SchuldeiserGedrag } from '../../local/schuldenknooppunt-simulator';
import { met, REGELING } from '../domain/triage/antwoorden';
import { apiClient } from '../support/api';
import { configureerGemeente } from '../support/gemeente';
import { DRIE_SCHULDEN } from '../support/schulden';

type Rec = Record<string, unknown> & { schuldhulptrajectId: string };
type Export = { records: Rec[]; nietGevuld: unknown[] };
type View = {
  ontvangenOp: string;
  stap: string | null;
  deadlines: { stap: string; voltooidOp?: string }[];
  afgesloten?: { reden: string; op: string };
  beschikking?: { vastgesteldOp: string | null };
  begeleiding?: {
    sinds: string;
    aanleiding: string;
    modules: { module: string; status: string; start?: string }[];
    einde?: { datum: string };
  };
  doorverwijzing?: { datum: string; opvolging?: { datum: string; geholpen: boolean } };
  bezwaren: { uitkomst?: string }[];
  betaalvoorstel?: { datum: string; aanbodCent: number };
  nazorg?: {
    start: string;
    einde: string;
    afgerondOp?: string;
    terugvallen: { id: string; datum: string; afgehandeldOp?: string; uitkomst?: string }[];
  };
  regeling?: { start: string; einde: string; oplossing: string; looptijdMaanden: number };
  koppelingen: { koppeling: string; op: string }[];
  overdrachten: { naar: string; datum: string }[];
  workflowFout: unknown;
};
type Schulden = {
  schulden: { status: string }[];
  uitkomst: { uitkomst: string; op?: string; oplossing?: string } | null;
  keuze: { keuze: string } | null;
};

const GEMEENTE = '0363';
const DAG = 86_400;
/**
 * Three simulated days per wall second: the bezwaar window passes in ~15 s, a creditor's 10 werkdagen in ~5 s (so an
 * answer after 2 werkdagen keeps ~3.5 s of margin on a loaded machine), the nazorg window's last two months in ~20 s.
 */
const SNELHEID = 3 * DAG;
/** Wall-clock patience: the machine is shared, and a slow moment is days of simulated time. */
const GEDULD = 120_000;
const BSN = '123456782';
const ONBEKEND_BSN = '111222333';
const instrument = { id: 'schuldhulp-screening', versie: '2026.1' };
const NAMEN = {
  afwijzing: 'Anna Afgewezen',
  bezwaar: 'Bert Bezwaar',
  advies: 'Ad Advies',
  begeleiding: 'Bea Begeleiding',
  crisis: 'Chris Crisis',
  geholpen: 'Dirk Geholpen',
  nietGeholpen: 'Daan Nietgeholpen',
  wsnp: 'Willem Wsnp',
  nazorg: 'Nina Nazorg',
  akkoord: 'Sam Akkoord',
  weigering: 'Wim Weigering',
  ingetrokken: 'Ilse Ingetrokken',
  signaal: 'Sanne Signaal',
  beeindigd: 'Eva Beeindigd',
} as const;
const TELEFOON = '0612345678';
const SIGNAAL_TELEFOON = '0687654321';
const EMAIL = 'persoon@example.org';
const AANBIEDER = 'Budgetcoaches Noord';
const MOTIVERING = 'De weigering is onredelijk: het aanbod volgt de NVVK-norm.';
const TOELICHTING = 'Eva belde zelf op 0612345678 en wil stoppen.';
const SCHULDEISERS = {
  akkoord: [
    { id: 'ddas-energie-a', bedragCent: 300_000 },
    { id: 'ddas-telecom-a', bedragCent: 120_000 },
  ],
  weigering: [
    {
      id: 'ddas-hard-w',
      bedragCent: 800_000,
      gedrag: { voorstel: 'afwijzing', heroverweging: 'afwijzing' } as SchuldeiserGedrag,
    },
    { id: 'ddas-mild-w', bedragCent: 300_000 },
  ],
};
const schuldeiserNaam = (id: string) => `Schuldeiser ${id}`;
const schuldeiserReferentie = (id: string) => `REF-${id.toUpperCase()}-1`;

/** Our closure reason → EnumUitstroomreden as the model defines the codes (independent of the code's own table). */
const UITSTROOMCODE: Record<string, keyof typeof UITSTROOMREDEN_OMSCHRIJVING> = {
  'advies-gegeven': 'Zelf',
  afgewezen: 'Niet passend',
  doorverwezen: 'Niet passend',
  'begeleiding-afgerond': 'Afgerond',
  'crisisinterventie-afgerond': 'Afgerond',
  'nazorg-afgerond': 'Afgerond',
  ingetrokken: 'Ingetrokken',
  'niet-bereikbaar': 'Nietverschenen',
  verhuisd: 'Verhuisd',
  overleden: 'Overleden',
  'geen-medewerking': 'Voldoet niet',
  'zelf-geregeld': 'Zelf',
  'niet-passend': 'Niet passend',
  overig: 'Overig',
};

/** Polls at a modest rate (the machine is shared); the label says what did not happen. */
async function wacht<T>(
  wat: string,
  check: () => Promise<T | undefined> | T | undefined,
  spoor: () => string = () => '',
  ms = GEDULD,
): Promise<T> {
  const einde = Date.now() + ms;
  for (;;) {
    const w = await check();
    if (w !== undefined) return w;
    if (Date.now() > einde) throw new Error(`${wat}: not within ${ms} ms; ${spoor()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('GET /rapportages/ddas for every route (three days per second)', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  let teamleider: string;
  const id: Record<string, string> = {};
  const beeindigd: Record<string, string> = {};
  const moduleStart: Record<string, string> = {};
  const vtlbCent: Record<string, number> = {};
  let van = '';
  let records = new Map<string, Rec>();

  const vandaag = () => vandaagInAmsterdam(runtime.klok.nu());
  const view = async (x: string) => (await api.verzoek<View>('GET', `/trajecten/${x}`, { token })).body;
  const schulden = async (x: string) =>
    (await api.verzoek<Schulden>('GET', `/trajecten/${x}/schulden`, { token })).body;
  const staat = (x: string, workflow?: WorkflowNaam) => runtime.workflows.executie(x, workflow)?.huidigeStaat;
  /** What an execution did, for the message of a wait that timed out. */
  const spoor = (x: string, workflow?: WorkflowNaam) => {
    const e = runtime.workflows.executie(x, workflow);
    return e
      ? `${e.workflow} ${e.status} in ${e.huidigeStaat} ${e.fout ?? ''} after ${e.bezochteStaten.slice(-12).join(',')}`
      : 'no execution';
  };
  const busData = (x: string, type: string) =>
    runtime.bus.log
      .filter((e) => e['detail-type'] === type && (e.detail as { data: { trajectId?: string } }).data?.trajectId === x)
      .map((e) => (e.detail as { data: Record<string, unknown> }).data);

  function plan(extra: Record<string, unknown> = {}) {
    // Far ahead: on a loaded machine the beschikking may be drawn up weeks (simulated) after the intake, and a plan
    // must not plan before its own date
    const later = plusMaanden(vandaag(), 12);
    return {
      doelen: ['Ik wil weer overzicht over mijn geld.'],
      acties: [{ wat: 'Alle brieven verzamelen', wie: 'u', wanneer: later }],
      begeleidingsmodules: [{ module: 'budgetcoaching', waarom: 'U wilt zelf weer overzicht houden.' }],
      contactmomenten: [{ datum: later, vorm: 'gesprek', met: 'uw consulent' }],
      ...extra,
    };
  }

  async function aanmelding(naam: string): Promise<string> {
    const r = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam, telefoon: TELEFOON, email: EMAIL, ontvangenOp: vandaag() },
    });
    expect(r.status).toBe(201);
    return r.body.id;
  }

  async function eersteGesprek(x: string) {
    const r = await api.verzoek('POST', `/trajecten/${x}/eerste-gesprek`, { token, body: { datum: vandaag() } });
    expect(r.status).toBe(200);
  }

  /** Aanmelding, claims, eerste gesprek, intake; the beschikking vastgesteld as soon as the workflow waits for it. */
  async function totVaststelling(
    naam: string,
    antwoorden: Record<string, unknown>,
    planExtra: Record<string, unknown> = {},
    eisers: { id: string; bedragCent: number; gedrag?: SchuldeiserGedrag }[] = [],
  ): Promise<string> {
    const x = await aanmelding(naam);
    for (const e of eisers) {
      if (e.gedrag) runtime.schuldenknooppunt.gedrag(e.id, e.gedrag);
      const r = await api.verzoek('POST', `/trajecten/${x}/schulden`, {
        token,
        body: {
          schuldeiserId: e.id,
          naam: schuldeiserNaam(e.id),
          referentie: schuldeiserReferentie(e.id),
          categorie: 'overig',
          soort: 'concurrent',
          lokaleOverheid: false,
          bedragCent: e.bedragCent,
        },
      });
      expect(r.status).toBe(201);
    }
    await eersteGesprek(x);
    const intake = await api.verzoek('POST', `/trajecten/${x}/intake`, {
      token,
      body: { instrument, antwoorden, plan: plan(planExtra) },
    });
    expect(intake.status).toBe(200);
    await wacht(
      `${naam} WachtOpVaststelling`,
      () => (staat(x) === 'WachtOpVaststelling' ? true : undefined),
      () => spoor(x),
    );
    const v = await api.verzoek('POST', `/trajecten/${x}/beschikking/vaststellen`, { token, body: {} });
    expect(v.status).toBe(200);
    return x;
  }

  const afgesloten = (x: string) =>
    wacht(
      `${x} afgesloten`,
      async () => {
        const v = await view(x);
        return v.afgesloten ? v : undefined;
      },
      () => spoor(x),
    );
  const opStap = (x: string, stap: string) =>
    wacht(`${x} on step ${stap}`, async () => ((await view(x)).stap === stap ? true : undefined));

  async function stuurSignaal(signaalId: string, bsn: string) {
    await runtime.bus.publiceer([
      {
        source: VROEGSIGNALERING_BRON,
        detailType: 'huurachterstand',
        detail: {
          metadata: { id: signaalId, occurredAt: runtime.klok.nu().toISOString(), gemeente: GEMEENTE, version: 1 },
          data: {
            partner: { soort: 'woningcorporatie', naam: 'Woonstede' },
            signaalSoort: 'betalingsachterstand',
            datum: vandaag(),
            achterstandSinds: vandaag(),
            bedragKlasse: '500-1000',
            persoon: { bsn },
            contact: { naam: NAMEN.signaal, telefoon: SIGNAAL_TELEFOON },
            voorwaarden: {
              persoonlijkContactGezocht: true,
              gewezenOpSchuldhulp: true,
              schriftelijkeHerinnering: true,
              aanbodGegevensverstrekking: true,
            },
          },
        },
      },
    ] as never);
  }

  /** A case handed over to a later phase on `datum` (the earlier phases are not under test). */
  async function overgedragen(naam: string, naar: 'wsnp' | 'nazorg', maandenTerug: number): Promise<string> {
    const x = await aanmelding(naam);
    await eersteGesprek(x);
    runtime.workflows.executie(x)?.abort();
    await legVast(
      runtime.deps,
      x,
      await runtime.deps.opslag.laad(x),
      {
        type: 'fase-overgedragen',
        data: { naar, datum: plusMaanden(vandaag(), -maandenTerug), aanleiding: 'vorige fase afgerond' },
      },
      { actor: { soort: 'systeem', naam: 'test' }, gemeente: GEMEENTE, correlatieId: 'test' },
    );
    return x;
  }

  /** Through the Schuldenknooppunt: the saldo round, the berekening, the betaalvoorstel round and its outcome. */
  async function schuldregeling(naam: string, eisers: (typeof SCHULDEISERS)[keyof typeof SCHULDEISERS]) {
    const x = await totVaststelling(naam, REGELING, {}, eisers);
    await wacht(
      `${naam}: saldo round over`,
      async () =>
        (await schulden(x)).schulden.every((s) => s.status !== 'saldo-gevraagd' && s.status !== 'geregistreerd')
          ? true
          : undefined,
      () => spoor(x, 'plaatje-compleet'),
    );
    const b = await api.verzoek<{ berekening: { vtlb: { vtlbCent: number } } }>(
      'POST',
      `/trajecten/${x}/berekeningen`,
      {
        token,
        body: { peildatum: '2026-03-01', huishouden: 'alleenstaande', inkomenCent: 210_000, jaarrenteBasispunten: 0 },
      },
    );
    expect(b.status).toBe(201);
    vtlbCent[x] = b.body.berekening.vtlb.vtlbCent;
    await wacht(
      `${naam}: outcome of the offer`,
      async () => ((await schulden(x)).uitkomst ? true : undefined),
      () => spoor(x, 'plaatje-compleet'),
    );
    return x;
  }

  /** Every route, built side by side; each resolves when its case is in the state the test checks. */
  const routes: Record<string, () => Promise<void>> = {
    async afwijzing() {
      // Afwijzing without bezwaar: closes when the bezwaar window has passed
      id.afwijzing = await totVaststelling(NAMEN.afwijzing, REGELING, {
        afwijzing: { gronden: ['U woont niet in deze gemeente.'] },
      });
      await afgesloten(id.afwijzing);
    },
    async bezwaar() {
      // With a bezwaar within the window, decided at once
      const x = await totVaststelling(NAMEN.bezwaar, REGELING, {
        afwijzing: { gronden: ['U woont niet in deze gemeente.'] },
      });
      id.bezwaar = x;
      await wacht(
        `${x} in the bezwaar window`,
        () => (staat(x) === 'WachtOpBezwaar' ? true : undefined),
        () => spoor(x),
      );
      const bz = await api.verzoek<{ id: string }>('POST', `/trajecten/${x}/bezwaren`, {
        token,
        body: {},
        headers: { 'idempotency-key': 'ddas-bezwaar-1' },
      });
      expect(bz.status).toBe(201);
      const beslist = await api.verzoek('POST', `/trajecten/${x}/bezwaren/${bz.body.id}/beslissing`, {
        token,
        body: { uitkomst: 'ongegrond' },
      });
      expect(beslist.status).toBe(200);
      await afgesloten(x);
    },
    async advies() {
      // Advies: the workflow closes the case itself
      const x = await aanmelding(NAMEN.advies);
      id.advies = x;
      await eersteGesprek(x);
      const r = await api.verzoek('POST', `/trajecten/${x}/intake`, {
        token,
        body: {
          instrument,
          antwoorden: met({ 'aantal-schuldeisers': 0, 'schuld-totaal': 'tot-1000', deurwaarder: false }),
          plan: plan(),
        },
      });
      expect(r.status).toBe(200);
      await afgesloten(x);
    },
    async begeleiding() {
      await begeleidingTotEinde('begeleiding', met({ 'vaste-lasten-betaald': false }), { schuldenpauze: true });
    },
    async crisis() {
      await begeleidingTotEinde('crisis', met({ 'crisis-huisuitzetting': true }));
    },
    async geholpen() {
      await doorverwijzing('geholpen', true);
      await afgesloten(id.geholpen ?? '');
    },
    async nietGeholpen() {
      await doorverwijzing('nietGeholpen', false);
      await opStap(id.nietGeholpen ?? '', 'begeleiding');
    },
    async wsnp() {
      // The court's ruling 17 months back: one month of the term left, then nazorg from its end
      const x = await overgedragen(NAMEN.wsnp, 'wsnp', 17);
      id.wsnp = x;
      await wacht(
        `${x} nazorg after the WSNP term`,
        async () => ((await view(x)).nazorg ? true : undefined),
        () => spoor(x, 'wsnp'),
      );
    },
    async nazorg() {
      // Four months into the window, with the BSN so a vroegsignaal finds it; the terugval followed up
      const x = await overgedragen(NAMEN.nazorg, 'nazorg', 4);
      id.nazorg = x;
      expect((await api.verzoek('POST', `/trajecten/${x}/bsn`, { token, body: { bsn: BSN } })).status).toBe(200);
      await wacht(
        `${x} nazorg window open`,
        async () => ((await view(x)).nazorg ? true : undefined),
        () => spoor(x, 'nazorg'),
      );
      await stuurSignaal('huur-ddas-1', BSN);
      const tv = await wacht(
        `${x} terugval`,
        async () => (await view(x)).nazorg?.terugvallen[0],
        () => spoor(x, 'nazorg'),
      );
      const u = await api.verzoek('POST', `/trajecten/${x}/terugval/${tv.id}/uitkomst`, {
        token,
        body: { uitkomst: 'contact-gemaakt' },
      });
      expect(u.status).toBe(200);
      await afgesloten(x);
    },
    async uitSignaal() {
      // A vroegsignaal for an unknown person: the outreach list, an aanmelding from it
      await stuurSignaal('huur-ddas-2', ONBEKEND_BSN);
      const r = await wacht('aanmelding from the outreach list', async () => {
        const a = await api.verzoek<{ trajectId: string }>('POST', '/vroegsignalen/huur-ddas-2/aanmelding', {
          token,
        });
        return a.status === 201 ? a : undefined;
      });
      id.uitSignaal = r.body.trajectId;
    },
    async beeindigd() {
      // Ended on purpose, once per reason, after the eerste gesprek
      for (const reden of BeeindigingsReden.options) {
        const x = await aanmelding(`${NAMEN.beeindigd} ${reden}`);
        await eersteGesprek(x);
        const r = await api.verzoek('POST', `/trajecten/${x}/beeindigingen`, {
          token,
          body: { reden, toelichting: TOELICHTING },
        });
        expect(r.status).toBe(201);
        beeindigd[reden] = x;
      }
    },
    async akkoord() {
      // Everyone agrees: the akkoord hands over to the regeling, which starts on that day
      const x = await schuldregeling(NAMEN.akkoord, SCHULDEISERS.akkoord);
      id.akkoord = x;
      await wacht(
        `${x} regeling gestart`,
        async () => ((await view(x)).regeling ? true : undefined),
        () => spoor(x, 'regeling'),
      );
    },
    async ingetrokken() {
      // A schuldregeling whose betaalvoorstel is made (the claims in the berekening, no Schuldenknooppunt round),
      // withdrawn by the person before any akkoord
      const x = await totVaststelling(NAMEN.ingetrokken, REGELING);
      id.ingetrokken = x;
      await wacht(
        `${x} WachtOpBetaalvoorstel`,
        () => (staat(x, 'plaatje-compleet') === 'WachtOpBetaalvoorstel' ? true : undefined),
        () => spoor(x, 'plaatje-compleet'),
      );
      const b = await api.verzoek<{ berekening: { vtlb: { vtlbCent: number } } }>(
        'POST',
        `/trajecten/${x}/berekeningen`,
        {
          token,
          body: {
            peildatum: '2026-03-01',
            huishouden: 'alleenstaande',
            inkomenCent: 190_000,
            jaarrenteBasispunten: 0,
            schulden: DRIE_SCHULDEN,
          },
        },
      );
      expect(b.status).toBe(201);
      vtlbCent[x] = b.body.berekening.vtlb.vtlbCent;
      await wacht(
        `${x} betaalvoorstel`,
        async () => ((await view(x)).betaalvoorstel ? true : undefined),
        () => spoor(x, 'plaatje-compleet'),
      );
      const r = await api.verzoek('POST', `/trajecten/${x}/beeindigingen`, {
        token,
        body: { reden: 'ingetrokken', toelichting: TOELICHTING },
      });
      expect(r.status).toBe(201);
    },
    async weigering() {
      // A refusal that stands after the heroverweging; the consulent asks a dwangakkoord with the WSNP request
      const x = await schuldregeling(NAMEN.weigering, SCHULDEISERS.weigering);
      id.weigering = x;
      await wacht(
        `${x} waits for the keuze`,
        () => (staat(x, 'plaatje-compleet') === 'WachtOpSchuldregelingAkkoord' ? true : undefined),
        () => spoor(x, 'plaatje-compleet'),
      );
      const keuze = await api.verzoek('POST', `/trajecten/${x}/schuldregeling/keuze`, {
        token,
        body: { keuze: 'dwangakkoord', motivering: MOTIVERING },
      });
      expect(keuze.status).toBe(200);
      await wacht(
        `${x} WSNP phase started`,
        () => (staat(x, 'wsnp') === 'WachtOpEindeWsnp' ? true : undefined),
        () => spoor(x, 'wsnp'),
      );
    },
  };

  /** Begeleiding (or crisisinterventie): the planned module started, then the end of the phase. */
  async function begeleidingTotEinde(naam: 'begeleiding' | 'crisis', antwoorden: Record<string, unknown>, extra = {}) {
    const x = await totVaststelling(NAMEN[naam], antwoorden, extra);
    id[naam] = x;
    await opStap(x, 'begeleiding');
    const start = vandaag();
    const m = await api.verzoek('POST', `/trajecten/${x}/begeleiding/modules`, {
      token,
      body: {
        module: 'budgetcoaching',
        aanbieder: AANBIEDER,
        start,
        geplandEinde: plusMaanden(start, 6),
        status: 'lopend',
      },
    });
    expect(m.status).toBe(200);
    moduleStart[x] = start;
    const e = await api.verzoek('POST', `/trajecten/${x}/begeleiding/einde`, { token, body: { nazorg: false } });
    expect(e.status).toBe(200);
  }

  /** Doorverwijzing to the ggz (acute problems), followed up helped or not. */
  async function doorverwijzing(naam: 'geholpen' | 'nietGeholpen', geholpen: boolean) {
    const x = await totVaststelling(NAMEN[naam], met({ 'zrm-middelengebruik': 1 }));
    id[naam] = x;
    await wacht(
      `${x} WachtOpDoorverwijzing`,
      () => (staat(x) === 'WachtOpDoorverwijzing' ? true : undefined),
      () => spoor(x),
    );
    const o = await api.verzoek('POST', `/trajecten/${x}/doorverwijzing/opvolging`, { token, body: { geholpen } });
    expect(o.status).toBe(200);
  }

  beforeAll(async () => {
    runtime = await startRuntime({ klokSnelheid: SNELHEID, klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, GEMEENTE);
    token = await api.token(GEMEENTE, 'consulent', 'consulent-noord');
    teamleider = await api.token(GEMEENTE, 'teamleider', 'teamleider-noord');
    // Every case is received from today on (the back-dated hand-overs too: their aanmelding is today)
    van = vandaag();

    const fouten = (await Promise.allSettled(Object.values(routes).map((bouw) => bouw())))
      .map((r, i) => (r.status === 'rejected' ? `${Object.keys(routes)[i]}: ${String(r.reason)}` : undefined))
      .filter((f) => f !== undefined);
    // Real time from here: every wait still parked finds on its check that its moment has not come
    runtime.klok.versnel(1);
    // A case view can show a close before the Task that closed it has written its projections (the DDAS record)
    await runtime.workflows.stil();
    await runtime.bus.stil();
    await runtime.workflows.stil();
    expect(fouten).toEqual([]);

    const r = await exporteer();
    expect(r.status).toBe(200);
    records = new Map(r.body.records.map((x) => [x.schuldhulptrajectId, x]));
  }, 240_000);
  afterAll(async () => runtime?.stop());

  const exporteer = (formaat = '') =>
    api.verzoek<Export>('GET', `/rapportages/ddas?van=${van}&tot=2028-12-31${formaat}`, { token: teamleider });

  const gesprekVan = (v: View) => v.deadlines.find((d) => d.stap === 'eerste-gesprek')?.voltooidOp ?? null;
  const uitstroom = (v: View) => {
    if (!v.afgesloten) return null;
    const reden = UITSTROOMCODE[v.afgesloten.reden] ?? 'Overig';
    return {
      datum: v.afgesloten.op,
      reden,
      omschrijving: UITSTROOMREDEN_OMSCHRIJVING[reden],
      datumBeeindigingsbeschikking: null,
    };
  };

  /** The record of a case without beschikking: built from the case view. */
  function basis(x: string, v: View) {
    const gesprek = gesprekVan(v);
    return {
      schuldhulptrajectId: x,
      gemeente: GEMEENTE,
      modelversie: '1.4',
      Schuldhulptraject: { startdatum: v.ontvangenOp, einddatum: v.afgesloten?.op ?? null, toekenningsdatum: null },
      Aanmelding: { startdatum: v.ontvangenOp, einddatum: gesprek, crisisinterventie: false },
      Intake:
        gesprek === null
          ? null
          : { startdatum: gesprek, einddatum: null, beschikkingsdatum: null, beschikkingssoort: null },
      PlanVanAanpak: null,
      Begeleiding: [],
      Crisisinterventie: null,
      Moratorium: null,
      Stabilisatie: null,
      Schuldregeling: null,
      Oplossing: null,
      Nazorg: null,
      'WSNP-traject': null,
      Uitstroom: uitstroom(v),
      Vroegsignaal: [],
    };
  }

  /** The fields of a case with a vastgestelde beschikking (`soort`), on top of `basis`. */
  function beschikt(v: View, soort: 'Afwijzingsbeschikking' | 'Toelatingsbeschikking') {
    const vastgesteld = v.beschikking?.vastgesteldOp ?? null;
    expect(vastgesteld).not.toBeNull();
    const toelating = soort === 'Toelatingsbeschikking';
    return {
      Schuldhulptraject: {
        startdatum: v.ontvangenOp,
        einddatum: v.afgesloten?.op ?? null,
        toekenningsdatum: toelating ? vastgesteld : null,
      },
      Intake: {
        startdatum: gesprekVan(v),
        einddatum: vastgesteld,
        beschikkingsdatum: vastgesteld,
        beschikkingssoort: soort,
      },
      PlanVanAanpak: toelating ? { datumAfronding: vastgesteld } : null,
    };
  }

  async function verwacht(x: string, velden: (v: View) => Record<string, unknown> | Promise<Record<string, unknown>>) {
    const v = await view(x);
    expect(v.workflowFout).toBeNull();
    expect(records.get(x), x).toStrictEqual({ ...basis(x, v), ...(await velden(v)) });
    return v;
  }

  it('answers with one record per case of the gemeente, and the fields it cannot fill yet', async () => {
    // Act
    const r = await exporteer();

    // Assess
    expect(r.status).toBe(200);
    expect(r.body.records.map((x) => x.schuldhulptrajectId).sort()).toEqual(
      [...Object.values(id), ...Object.values(beeindigd)].sort(),
    );
    expect(r.body.nietGevuld).toEqual(NIET_GEVULD);
  });

  it('afwijzing without and with bezwaar: Afwijzingsbeschikking, no plan, uitstroom Niet passend', async () => {
    for (const naam of ['afwijzing', 'bezwaar']) {
      const v = await verwacht(id[naam] ?? '', (v) => beschikt(v, 'Afwijzingsbeschikking'));
      expect(v.afgesloten?.reden).toBe('afgewezen');
    }
    expect((await view(id.bezwaar ?? '')).bezwaren.map((b) => b.uitkomst)).toEqual(['ongegrond']);
  });

  it('advies: an intake without beschikking, uitstroom Zelf', async () => {
    const v = await verwacht(id.advies ?? '', () => ({}));
    expect(v.afgesloten?.reden).toBe('advies-gegeven');
  });

  it('begeleiding and crisisinterventie: the module from its own start to the end of the phase, Afgerond', async () => {
    const begeleiding = await verwacht(id.begeleiding ?? '', (v) => ({
      ...beschikt(v, 'Toelatingsbeschikking'),
      Begeleiding: [
        {
          startdatum: moduleStart[id.begeleiding ?? ''],
          einddatum: v.begeleiding?.einde?.datum,
          soort: 'Budgetcoaching',
        },
      ],
      // The plan asked the schuldenpauze: the aanvraag is the Moratorium's only date in the history
      Moratorium: {
        datumAanvraag: v.koppelingen.find((k) => k.koppeling === 'schuldenpauze')?.op,
        datumGoedkeuring: null,
        startdatum: null,
        einddatum: null,
      },
    }));
    const crisis = await verwacht(id.crisis ?? '', (v) => ({
      ...beschikt(v, 'Toelatingsbeschikking'),
      Begeleiding: [
        { startdatum: moduleStart[id.crisis ?? ''], einddatum: v.begeleiding?.einde?.datum, soort: 'Budgetcoaching' },
      ],
      Crisisinterventie: { startdatum: v.begeleiding?.sinds, einddatum: v.begeleiding?.einde?.datum },
    }));
    expect(begeleiding.afgesloten?.reden).toBe('begeleiding-afgerond');
    expect(begeleiding.koppelingen.map((k) => k.koppeling)).toContain('schuldenpauze');
    expect(crisis.afgesloten?.reden).toBe('crisisinterventie-afgerond');
    expect(crisis.begeleiding?.aanleiding).toBe('crisisinterventie');
    for (const v of [begeleiding, crisis]) expect(v.begeleiding?.modules).toHaveLength(1);
  });

  it('doorverwijzing: helped closes Niet passend; not helped goes on in begeleiding', async () => {
    // Helped: no begeleiding phase, so the plan's module runs from the toelating to the end of the case
    const geholpen = await verwacht(id.geholpen ?? '', (v) => ({
      ...beschikt(v, 'Toelatingsbeschikking'),
      Begeleiding: [{ startdatum: v.beschikking?.vastgesteldOp, einddatum: v.afgesloten?.op, soort: 'Budgetcoaching' }],
    }));
    // Not helped: back into begeleiding; the planned module (no start of its own yet) from the phase's start
    const nietGeholpen = await verwacht(id.nietGeholpen ?? '', (v) => ({
      ...beschikt(v, 'Toelatingsbeschikking'),
      Begeleiding: [{ startdatum: v.begeleiding?.sinds, einddatum: null, soort: 'Budgetcoaching' }],
    }));
    expect(geholpen.afgesloten?.reden).toBe('doorverwezen');
    expect(geholpen.begeleiding).toBeUndefined();
    expect(nietGeholpen.afgesloten).toBeUndefined();
    expect(nietGeholpen.begeleiding?.modules).toEqual([{ module: 'budgetcoaching', status: 'gepland' }]);
  });

  it('schuldregeling: ingediend with the betaalvoorstel, toegekend on the akkoord, the Oplossing from the regeling', async () => {
    const x = id.akkoord ?? '';
    const s = await schulden(x);
    const [uitkomst] = busData(x, 'schuldregeling-uitkomst');
    const [gestart] = busData(x, 'regeling-gestart');
    const v = await verwacht(x, (v) => ({
      ...beschikt(v, 'Toelatingsbeschikking'),
      // The plan's module, from the toelating (no begeleiding phase beside the schuldregeling)
      Begeleiding: [{ startdatum: v.beschikking?.vastgesteldOp, einddatum: null, soort: 'Budgetcoaching' }],
      Schuldregeling: {
        datum: v.betaalvoorstel?.datum,
        toegekend: uitkomst?.datum,
        afgewezen: null,
        ingetrokken: null,
        dwangakkoord: false,
        datumVerzoekDwangakkoord: null,
      },
      // The regeling started on the akkoord and still runs: no einddatum yet (its end: the domain test)
      Oplossing: {
        startdatum: v.regeling?.start,
        einddatum: null,
        soort: 'Saneringskrediet',
        vtlb: Math.round((vtlbCent[x] ?? Number.NaN) / 100),
      },
    }));
    expect(s.uitkomst).toMatchObject({ uitkomst: 'akkoord', op: uitkomst?.datum });
    expect(v.regeling).toMatchObject({ oplossing: 'saneringskrediet', start: uitkomst?.datum });
    expect(gestart?.einde).toBe(plusMaanden(v.regeling?.start ?? '', v.regeling?.looptijdMaanden ?? 0));
    expect(v.overdrachten.map((o) => o.naar)).toContain('regeling');
  });

  it('a schuldregeling withdrawn before the akkoord: ingetrokken on the day the case ended, uitstroom Ingetrokken', async () => {
    const x = id.ingetrokken ?? '';
    const v = await verwacht(x, (v) => ({
      ...beschikt(v, 'Toelatingsbeschikking'),
      Begeleiding: [{ startdatum: v.beschikking?.vastgesteldOp, einddatum: v.afgesloten?.op, soort: 'Budgetcoaching' }],
      Schuldregeling: {
        datum: v.betaalvoorstel?.datum,
        toegekend: null,
        afgewezen: null,
        ingetrokken: v.afgesloten?.op,
        dwangakkoord: false,
        datumVerzoekDwangakkoord: null,
      },
      Oplossing: {
        startdatum: null,
        einddatum: null,
        soort: 'Saneringskrediet',
        vtlb: Math.round((vtlbCent[x] ?? Number.NaN) / 100),
      },
    }));
    expect(v.afgesloten?.reden).toBe('ingetrokken');
    expect(v.betaalvoorstel?.aanbodCent).toBeGreaterThan(0);
  });

  it('a refusal that stands: afgewezen, then the dwangakkoord chosen with the WSNP request', async () => {
    const x = id.weigering ?? '';
    const [uitkomst] = busData(x, 'schuldregeling-uitkomst');
    const [keuze] = busData(x, 'dwangakkoord-wsnp-gekozen');
    const [overdracht] = busData(x, 'fase-overgedragen').filter((d) => d.naar === 'wsnp');
    const v = await verwacht(x, (v) => ({
      ...beschikt(v, 'Toelatingsbeschikking'),
      Begeleiding: [{ startdatum: v.beschikking?.vastgesteldOp, einddatum: null, soort: 'Budgetcoaching' }],
      Schuldregeling: {
        datum: v.betaalvoorstel?.datum,
        toegekend: null,
        afgewezen: uitkomst?.datum,
        ingetrokken: null,
        dwangakkoord: true,
        datumVerzoekDwangakkoord: keuze?.datum,
      },
      // No akkoord: the offer the krediet Task made, a saneringskrediet; no regeling, so no dates
      Oplossing: {
        startdatum: null,
        einddatum: null,
        soort: 'Saneringskrediet',
        vtlb: Math.round((vtlbCent[x] ?? Number.NaN) / 100),
      },
      'WSNP-traject': {
        datumVerzoek: keuze?.datum,
        datumGoedkeuring: null,
        startdatum: overdracht?.datum,
        einddatum: null,
      },
    }));
    expect(uitkomst?.uitkomst).toBe('afgewezen');
    expect(keuze?.keuze).toBe('dwangakkoord');
    expect(v.overdrachten.find((o) => o.naar === 'wsnp')?.datum).toBe(overdracht?.datum);
    expect(v.regeling).toBeUndefined();
  });

  it('WSNP: the term from the hand-over to its end, then nazorg from that day', async () => {
    const x = id.wsnp ?? '';
    const [naarNazorg] = busData(x, 'fase-overgedragen').filter((d) => d.naar === 'nazorg');
    const v = await verwacht(x, (v) => ({
      'WSNP-traject': {
        datumVerzoek: null,
        datumGoedkeuring: null,
        startdatum: v.overdrachten.find((o) => o.naar === 'wsnp')?.datum,
        einddatum: naarNazorg?.datum,
      },
      Nazorg: { startdatum: v.nazorg?.start, einddatum: null },
    }));
    const wsnpStart = v.overdrachten.find((o) => o.naar === 'wsnp')?.datum ?? '';
    // The term is 18 months (Fw art. 349a); the nazorg window opens on its end
    expect(naarNazorg?.datum).toBe(plusMaanden(wsnpStart, 18));
    expect(v.nazorg?.start).toBe(naarNazorg?.datum);
  });

  it('nazorg with a terugval: the window, the vroegsignaal with its contact, Afgerond', async () => {
    const x = id.nazorg ?? '';
    const v = await verwacht(x, (v) => ({
      Nazorg: { startdatum: v.nazorg?.start, einddatum: v.nazorg?.afgerondOp },
      Vroegsignaal: [
        {
          signaaldatum: v.nazorg?.terugvallen[0]?.datum,
          crisissignaal: null,
          warmeOverdracht: null,
          Signaalpartner: { type: 'huur' },
          Contactpoging: [{ datum: v.nazorg?.terugvallen[0]?.afgehandeldOp, bereikt: true, soort: null }],
        },
      ],
    }));
    expect(v.afgesloten?.reden).toBe('nazorg-afgerond');
    expect(v.nazorg?.start).toBe(v.overdrachten.find((o) => o.naar === 'nazorg')?.datum);
    expect(v.nazorg?.terugvallen.map((t) => t.uitkomst)).toEqual(['contact-gemaakt']);
  });

  it('an aanmelding from an outreach signal: a case like any other (its signal is not in the record yet)', async () => {
    const v = await verwacht(id.uitSignaal ?? '', () => ({}));
    expect(gesprekVan(v)).toBeNull();
    expect(NIET_GEVULD.map((n) => n.veld).join(' ')).toContain('outreachlijst');
  });

  it('ended on purpose: every reason with its own code of EnumUitstroomreden', async () => {
    const codes: Record<string, string> = {};
    for (const reden of BeeindigingsReden.options) {
      const x = beeindigd[reden] ?? '';
      const v = await verwacht(x, () => ({}));
      expect(v.afgesloten?.reden).toBe(reden);
      codes[reden] = (records.get(x)?.Uitstroom as { reden: string } | undefined)?.reden ?? '';
    }
    expect(codes).toEqual({
      ingetrokken: 'Ingetrokken',
      'niet-bereikbaar': 'Nietverschenen',
      verhuisd: 'Verhuisd',
      overleden: 'Overleden',
      'geen-medewerking': 'Voldoet niet',
      'zelf-geregeld': 'Zelf',
      'niet-passend': 'Niet passend',
      overig: 'Overig',
    });
  });

  it('holds in the CSV the same values, and no name, contact detail, BSN, creditor or free text of anyone', async () => {
    // Act
    const json = await exporteer();
    const csv = await exporteer('&formaat=csv');
    const [kop, ...rijen] = String(csv.body).trimEnd().split('\r\n');

    // Assess: every cell is the JSON value (a list joined with |), column by column, row by row
    expect(csv.status).toBe(200);
    expect(kop?.split(',')).toEqual([...DDAS_KOLOMMEN]);
    expect(rijen).toHaveLength(json.body.records.length);
    const cellen = (rij: string) =>
      [...rij.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1] ?? '').slice(0, DDAS_KOLOMMEN.length);
    const naar = (w: unknown, delen: string[]): unknown[] =>
      Array.isArray(w)
        ? w.flatMap((x) => naar(x, delen))
        : delen.length === 0
          ? [w]
          : w === null || typeof w !== 'object'
            ? []
            : naar((w as Record<string, unknown>)[delen[0] ?? ''], delen.slice(1));
    for (const r of json.body.records) {
      const rij = rijen.filter((x) => x.startsWith(`${r.schuldhulptrajectId},`));
      expect(rij, r.schuldhulptrajectId).toHaveLength(1);
      const waarden = cellen(rij[0] ?? '').map((c) => (c.startsWith('"') ? c.slice(1, -1).replaceAll('""', '"') : c));
      DDAS_KOLOMMEN.forEach((k, i) => {
        const verwacht = naar(r, k.split('.'))
          .filter((x) => x !== null && x !== undefined)
          .map(String)
          .join('|');
        expect(waarden[i], `${r.schuldhulptrajectId} ${k}`).toBe(verwacht);
      });
    }
    // Assess: pseudonymised — the case id is the only key; nothing of the person, the creditors or the consulent
    const schuldeisers = Object.values(SCHULDEISERS)
      .flat()
      .flatMap((e) => [e.id, schuldeiserNaam(e.id), schuldeiserReferentie(e.id)]);
    const geheimen = [
      ...Object.values(NAMEN),
      TELEFOON,
      SIGNAAL_TELEFOON,
      EMAIL,
      BSN,
      ONBEKEND_BSN,
      'Woonstede',
      AANBIEDER,
      MOTIVERING,
      TOELICHTING,
      'U woont niet in deze gemeente',
      'Ik wil weer overzicht',
      'consulent-noord',
      ...schuldeisers,
      ...DRIE_SCHULDEN.map((d) => d.naam).filter((n) => n !== 'Gemeente'),
    ];
    for (const tekst of [JSON.stringify(json.body.records), String(csv.body)]) {
      expect(geheimen.filter((g) => tekst.includes(g))).toEqual([]);
    }
  });
});
