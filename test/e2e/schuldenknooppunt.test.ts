// End to end with a fast clock: the Schuldenknooppunt exchange of Plaatje compleet on the local runtime. Creditors
// played by the simulator answer on the bus as the real integration would; the workflow waits per creditor with its
// 10-werkdagen deadline, reminds, goes on without an answer, sends the betaalvoorstel, and reaches an outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaagInAmsterdam } from '../../functions/domain/kalender/kalender';
import { type Runtime, startRuntime } from '../../local/runtime';
import type { SchuldeiserGedrag } from '../../local/schuldenknooppunt-simulator';
import { REGELING } from '../domain/triage/antwoorden';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

const DAG = 86_400;
/** Five simulated days per wall second: a 10-werkdagen deadline passes in about 3 s. */
const SNELHEID = 5 * DAG;
/** Wall-clock patience: the machine is shared, and a slow moment is days of simulated time. */
const GEDULD = 120_000;

type SchuldView = {
  nr: number;
  schuldeiserId: string;
  naam: string;
  referentie: string;
  bedragCent: number;
  saldoCent: number | null;
  aanbodCent: number | null;
  status: string;
  ronde: { ronde: string; deadline: string; herinnerd: boolean } | null;
  termijnen: { ronde: string; deadline: string; gevolg?: string }[];
};
type Schulden = {
  schulden: SchuldView[];
  uitkomst: { uitkomst: string; oplossing?: string; weigeraars: number[] } | null;
  keuze: { keuze: string; weigeraars: number[] } | null;
};
type Traject = {
  fase: string;
  stap: string | null;
  deadlines: { stap: string; status: string; start: string; deadline: string }[];
  betaalvoorstel?: { voorstellen: { schuldeiserId: string; aanbodCent: number; bedragCent: number }[] };
  historie: { type: string }[];
};

interface Schuldeiser {
  id: string;
  soort?: 'preferent' | 'concurrent';
  categorie?: string;
  lokaleOverheid?: boolean;
  bedragCent: number;
  gedrag?: SchuldeiserGedrag;
}

/** The plan van aanpak, its dates a month after `vandaag` (earlier tests moved the clock on). */
const plan = (vandaag: Date) => {
  const later = new Date(vandaag.getTime() + 30 * DAG * 1000).toISOString().slice(0, 10);
  return {
    doelen: ['Ik wil van mijn schulden af.'],
    acties: [{ wat: 'Saldoverzoeken versturen', wie: 'consulent', wanneer: later }],
    contactmomenten: [{ datum: later, vorm: 'gesprek', met: 'uw consulent' }],
  };
};

/** 13 creditors, the 2022 average (DESIGN 3.2b), € 40.170 in all with the corrected balance. */
const DERTIEN: Schuldeiser[] = [
  { id: 'belastingdienst', soort: 'preferent', categorie: 'publiek', bedragCent: 520_000 },
  { id: 'gemeente-a', categorie: 'publiek', lokaleOverheid: true, bedragCent: 310_000 },
  { id: 'waterschap', categorie: 'publiek', lokaleOverheid: true, bedragCent: 90_000 },
  { id: 'stil', categorie: 'overig', bedragCent: 250_000, gedrag: { saldoNooit: true } },
  { id: 'dubbel', categorie: 'nuts', bedragCent: 410_000, gedrag: { dubbel: true, tweedeSaldoCent: 400_000 } },
  {
    id: 'weigeraar',
    categorie: 'overig',
    bedragCent: 600_000,
    gedrag: { voorstel: 'afwijzing', heroverweging: 'akkoord' },
  },
  { id: 'traag', categorie: 'zorg', bedragCent: 180_000, gedrag: { naWerkdagen: 15 } },
  { id: 'zorgverzekeraar', categorie: 'zorg', bedragCent: 230_000 },
  { id: 'energie', categorie: 'nuts', bedragCent: 370_000 },
  { id: 'woningcorporatie', categorie: 'overig', bedragCent: 280_000 },
  { id: 'telecom', categorie: 'overig', bedragCent: 120_000 },
  { id: 'webwinkel', categorie: 'overig', bedragCent: 87_000 },
  { id: 'incasso', categorie: 'overig', bedragCent: 560_000 },
];

describe('Schuldenknooppunt exchange (Plaatje compleet)', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    token = await api.token('0363', 'consulent', 'consulent-noord');
  });
  afterAll(async () => runtime.stop());

  const executie = (id: string) => runtime.workflows.executie(id, 'plaatje-compleet');
  const schulden = async (id: string) =>
    (await api.verzoek<Schulden>('GET', `/trajecten/${id}/schulden`, { token })).body;

  /** A case with registered claims whose beschikking (route schuldregeling) is vastgesteld. */
  async function trajectMet(naam: string, eisers: Schuldeiser[]): Promise<string> {
    // The intake at real speed; the creditors' weeks pass fast from the vaststelling on.
    runtime.klok.versnel(1);
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam, telefoon: '0612345678' },
    });
    for (const e of eisers) {
      if (e.gedrag) runtime.schuldenknooppunt.gedrag(e.id, e.gedrag);
      const r = await api.verzoek('POST', `/trajecten/${body.id}/schulden`, {
        token,
        body: {
          schuldeiserId: e.id,
          naam: `Schuldeiser ${e.id}`,
          referentie: `REF-${e.id.toUpperCase()}-778`,
          categorie: e.categorie ?? 'overig',
          soort: e.soort ?? 'concurrent',
          lokaleOverheid: e.lokaleOverheid ?? false,
          bedragCent: e.bedragCent,
        },
      });
      expect(r.status).toBe(201);
    }
    await api.verzoek('POST', `/trajecten/${body.id}/eerste-gesprek`, {
      token,
      body: { datum: vandaagInAmsterdam(runtime.klok.nu()) },
    });
    await api.verzoek('POST', `/trajecten/${body.id}/intake`, {
      token,
      body: {
        instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
        antwoorden: REGELING,
        plan: plan(runtime.klok.nu()),
      },
    });
    await wachtTot(
      () => (runtime.workflows.executie(body.id)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined),
      GEDULD,
    ).catch((e) => {
      const x = runtime.workflows.executie(body.id);
      throw new Error(`${String(e)}: in-contact ${x?.status} ${x?.huidigeStaat} ${x?.bezochteStaten.join(',')}`);
    });
    runtime.klok.versnel(SNELHEID);
    const vast = await api.verzoek('POST', `/trajecten/${body.id}/beschikking/vaststellen`, { token, body: {} });
    expect(vast.status).toBe(200);
    return body.id;
  }

  /** The saldo round is over for everyone (answered or geen-reactie) and the case waits for the berekening. */
  async function naSaldoronde(id: string, klaar: (s: Schulden) => boolean = () => true): Promise<Schulden> {
    return wachtTot(async () => {
      const s = await schulden(id);
      const rond = s.schulden.every((x) => x.status !== 'saldo-gevraagd' && x.status !== 'geregistreerd');
      return rond && klaar(s) ? s : undefined;
    }, GEDULD).catch(async (e) => {
      const x = executie(id);
      throw new Error(
        `${String(e)}: ${x?.status} ${x?.huidigeStaat} ${x?.fout ?? ''} ${x?.bezochteStaten.slice(-40).join(',')} ${JSON.stringify((await schulden(id)).schulden.map((s) => s.status))}`,
      );
    });
  }

  const berekening = {
    peildatum: '2026-03-01',
    huishouden: 'alleenstaande',
    inkomenCent: 210_000,
    jaarrenteBasispunten: 0,
  };

  it('takes 13 creditors to the saneringskrediet: silent, duplicate, refuse-then-agree, slow, and two under the convenant', {
    timeout: 300_000,
  }, async () => {
    // Prepare: the case, its 13 claims and the vastgestelde beschikking; the saldo round runs by itself
    const id = await trajectMet('Dertien Schuldeisers', DERTIEN);
    const nr = (sid: string) => DERTIEN.findIndex((e) => e.id === sid) + 1;
    const saldo = await naSaldoronde(id, (s) => s.schulden[nr('dubbel') - 1]?.saldoCent === 400_000);

    // Act: the consulent records the berekening (schulden from the case) at the end of the stabilisatie
    const vast = await api.verzoek<{ volgnummer: number }>('POST', `/trajecten/${id}/berekeningen`, {
      token,
      body: berekening,
    });
    await wachtTot(() => (executie(id)?.status === 'SUCCEEDED' ? true : undefined), GEDULD);
    const na = await schulden(id);
    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess: the saldo round used the answers, the known amount for the silent creditor, the corrected balance
    expect(vast.status).toBe(201);
    expect(saldo.schulden.find((s) => s.schuldeiserId === 'stil')).toMatchObject({
      status: 'geen-reactie',
      saldoCent: null,
    });
    const voorstellen = view.body.betaalvoorstel?.voorstellen ?? [];
    expect(voorstellen).toHaveLength(13);
    expect(voorstellen.find((v) => v.schuldeiserId === 'stil')?.bedragCent).toBe(250_000);
    expect(voorstellen.find((v) => v.schuldeiserId === 'dubbel')?.bedragCent).toBe(400_000);
    expect(voorstellen.reduce((t, v) => t + v.bedragCent, 0)).toBe(3_997_000);

    // Assess: everyone agreed, with the offer per creditor from the krediet calculation
    expect(executie(id)?.huidigeStaat).toBe('SaneringskredietGestart');
    expect(na.uitkomst).toMatchObject({ uitkomst: 'akkoord', oplossing: 'saneringskrediet', weigeraars: [] });
    expect(na.schulden.every((s) => s.status === 'akkoord')).toBe(true);
    for (const s of na.schulden) {
      expect(s.aanbodCent).toBe(voorstellen.find((v) => v.schuldeiserId === s.schuldeiserId)?.aanbodCent);
    }
    expect(view.body.deadlines.find((d) => d.stap === 'schuldregeling-akkoord')).toMatchObject({ status: 'voltooid' });

    // Assess: every creditor deadline is recorded; the convenant creditors agreed without a wait
    for (const s of na.schulden) {
      expect(s.termijnen.map((t) => t.ronde)).toEqual(
        expect.arrayContaining(
          s.schuldeiserId === 'weigeraar' ? ['saldo', 'voorstel', 'heroverweging'] : ['saldo', 'voorstel'],
        ),
      );
    }
    const stil = na.schulden.find((s) => s.schuldeiserId === 'stil');
    expect(stil?.termijnen.filter((t) => t.ronde === 'saldo').map((t) => t.gevolg)).toEqual([
      'herinnering',
      'geen-reactie',
    ]);
    // The slow creditor answers after 15 werkdagen: after its deadline, so after a reminder, and its balance counts
    // (on a loaded machine a check can run late, so the reminder is asserted from the history's order)
    const traag = na.schulden.find((s) => s.schuldeiserId === 'traag');
    expect(traag?.saldoCent).toBe(180_000);
    const historie = (await runtime.deps.lijsten.historie(id, 0, 10_000)).gebeurtenissen.map((e) => e.gebeurtenis);
    const saldoTraag = historie.findIndex(
      (g) =>
        g.type === 'schuldeiser-antwoord-ontvangen' && g.data.nr === nr('traag') && g.data.soort === 'saldo-opgave',
    );
    const termijnTraag = historie.findIndex(
      (g) => g.type === 'schuldeiser-termijn-verstreken' && g.data.nr === nr('traag'),
    );
    if (termijnTraag >= 0) expect(termijnTraag).toBeLessThan(saldoTraag);
    expect(traag?.termijnen[0]?.gevolg === 'herinnering').toBe(termijnTraag >= 0);
    const verzonden = runtime.schuldenknooppunt.verzonden.filter((b) => b.trajectId === id);
    const voorstelRonde = historie.find((g) => g.type === 'schuldeisers-aangeschreven' && g.data.ronde === 'voorstel');
    expect(voorstelRonde?.type === 'schuldeisers-aangeschreven' && voorstelRonde.data.convenant).toEqual([
      nr('gemeente-a'),
      nr('waterschap'),
    ]);
    for (const conv of ['gemeente-a', 'waterschap']) {
      expect(na.schulden.find((s) => s.schuldeiserId === conv)?.status).toBe('akkoord');
    }
    expect(verzonden.filter((b) => b.bericht === 'kennisgeving-saldoverzoek')).toHaveLength(13);
    expect(verzonden.filter((b) => b.bericht === 'betaalvoorstel')).toHaveLength(13);
    expect(verzonden.filter((b) => b.bericht === 'heroverweging').map((b) => b.schuldeiser)).toEqual([nr('weigeraar')]);
    // (at least these two: on a loaded machine an answer after 2 werkdagen can also come after its deadline)
    expect(verzonden.filter((b) => b.bericht === 'herinnering').map((b) => b.schuldeiser)).toEqual(
      expect.arrayContaining([nr('stil')]),
    );

    // Assess: breaches and reminders on the bus, ids and numbers only
    const eigen = runtime.bus.log.filter(
      (e) =>
        e.source === 'nl.schuldhulp.traject' && (e.detail as { data: { trajectId: string } }).data.trajectId === id,
    );
    const overschreden = eigen.filter((e) => e['detail-type'] === 'schuldeiser-termijn-overschreden');
    const gevolgen = overschreden.map((e) => {
      const d = (e.detail as { data: { schuldeiser: number; ronde: string; gevolg: string } }).data;
      return `${d.schuldeiser}:${d.ronde}:${d.gevolg}`;
    });
    expect(gevolgen).toEqual(
      expect.arrayContaining([`${nr('stil')}:saldo:herinnering`, `${nr('stil')}:saldo:geen-reactie`]),
    );
    expect(eigen.some((e) => e['detail-type'] === 'schuldregeling-uitkomst')).toBe(true);

    // Assess: no name, amount or creditor reference in the execution or in our bus events
    const gevoelig = [
      'Dertien',
      '0612345678',
      ...DERTIEN.flatMap((e) => [`Schuldeiser ${e.id}`, `REF-${e.id.toUpperCase()}-778`, String(e.bedragCent)]),
      ...voorstellen.map((v) => String(v.aanbodCent)).filter((a) => a.length > 3),
    ];
    const zichtbaar = JSON.stringify([executie(id)?.input, executie(id)?.output, eigen.map((e) => e.detail)]);
    for (const g of gevoelig) expect(zichtbaar).not.toContain(g);

    // Assess: state transitions at the floor: an answer in time costs one state (its wait ends the iteration); each
    // timeout three more (the check, the choice, and the next wait or the end)
    const staten = executie(id)?.bezochteStaten ?? [];
    const perWacht = staten.filter((n) =>
      /^(Controleer|WachtOp|Is)(SaldoOpgave|Akkoord|Heroverweging)$|Binnen$/.test(n),
    );
    const controles = perWacht.filter((n) => n.startsWith('Controleer')).length;
    const wachten = 13 + 11 + 1; // saldo round, offer round without the two convenant creditors, one heroverweging
    const verstreken = historie.filter((g) => g.type === 'schuldeiser-termijn-verstreken').length;
    console.info(`states entered: ${staten.length} in all, ${perWacht.length} in ${wachten} creditor waits`);
    expect(perWacht.length).toBe(wachten + 3 * controles);
    // Every missed deadline is a check; the others are answers that came after the deadline date, before the check
    expect(controles).toBeGreaterThanOrEqual(verstreken);
    expect(controles).toBeLessThan(wachten / 2);

    // Act: every inbound message is delivered again
    const voor = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });
    const inkomend = runtime.schuldenknooppunt.gepubliceerd.filter((p) => p.detail.data.trajectId === id);
    for (const p of [...inkomend]) await runtime.schuldenknooppunt.publiceer(p.soort, p.detail);
    await runtime.bus.stil();
    const daarna = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess: nothing changed (idempotent on the message id)
    expect(inkomend.length).toBeGreaterThanOrEqual(26);
    expect(daarna.body.historie).toHaveLength(voor.body.historie.length);
    expect(await schulden(id)).toEqual(na);
  });

  it('ends a refusal that stands in a recorded choice for a dwangakkoord, handed over to the WSNP phase', {
    timeout: 300_000,
  }, async () => {
    // Prepare: one creditor refuses the offer and the heroverweging
    const eisers: Schuldeiser[] = [
      {
        id: 'hard',
        categorie: 'overig',
        bedragCent: 800_000,
        gedrag: { voorstel: 'afwijzing', heroverweging: 'afwijzing' },
      },
      { id: 'mild', categorie: 'nuts', bedragCent: 300_000 },
      { id: 'gemeente-b', categorie: 'publiek', lokaleOverheid: true, bedragCent: 200_000 },
    ];
    const id = await trajectMet('Weigerende Schuldeiser', eisers);
    await naSaldoronde(id);
    await api.verzoek('POST', `/trajecten/${id}/berekeningen`, { token, body: berekening });
    // The refusal stands: the workflow watches the 120 days to the akkoord until the consulent chooses
    await wachtTot(() => (executie(id)?.huidigeStaat === 'WachtOpSchuldregelingAkkoord' ? true : undefined), GEDULD);
    const afgewezen = await schulden(id);

    // Act: the consulent chooses the dwangakkoord (with the WSNP request)
    const keuze = {
      keuze: 'dwangakkoord',
      motivering: 'De weigering is onredelijk: het aanbod volgt de NVVK-norm en de overige schuldeisers stemmen in.',
    };
    const eerste = await api.verzoek<Schulden>('POST', `/trajecten/${id}/schuldregeling/keuze`, { token, body: keuze });
    const nogmaals = await api.verzoek('POST', `/trajecten/${id}/schuldregeling/keuze`, { token, body: keuze });
    const anders = await api.verzoek('POST', `/trajecten/${id}/schuldregeling/keuze`, {
      token,
      body: { ...keuze, keuze: 'wsnp' },
    });
    await runtime.bus.stil();
    await wachtTot(() => (executie(id)?.status === 'SUCCEEDED' ? true : undefined), GEDULD);
    const view = await api.verzoek<Traject & { historie: { type: string }[] }>('GET', `/trajecten/${id}`, { token });

    // Assess: the choice completed the akkoord step, which ended the wait
    expect(executie(id)?.huidigeStaat).toBe('KeuzeVastgelegd');
    expect(afgewezen.uitkomst).toMatchObject({ uitkomst: 'afgewezen', weigeraars: [1] });
    expect(afgewezen.schulden.map((s) => s.status)).toEqual(['afgewezen', 'akkoord', 'akkoord']);
    expect([eerste.status, nogmaals.status, anders.status]).toEqual([200, 200, 409]);
    expect(eerste.body.keuze).toMatchObject({ keuze: 'dwangakkoord', weigeraars: [1] });
    expect(view.body.historie.filter((e) => e.type === 'dwangakkoord-wsnp-keuze')).toHaveLength(1);
    expect(view.body.historie.filter((e) => e.type === 'fase-overgedragen')).toHaveLength(1);
    expect(view.body.deadlines.find((d) => d.stap === 'schuldregeling-akkoord')).toMatchObject({ status: 'voltooid' });
    const overdracht = runtime.bus.log.find(
      (e) =>
        e['detail-type'] === 'fase-overgedragen' && (e.detail as { data: { trajectId: string } }).data.trajectId === id,
    );
    expect((overdracht?.detail as { data: unknown } | undefined)?.data).toMatchObject({ trajectId: id, naar: 'wsnp' });
  });

  it('parks a message for an unknown case, and one that does not parse, in the dead-letter queue with its reason', async () => {
    // Act
    await runtime.schuldenknooppunt.stuurVoorOnbekendTraject('0363');
    await runtime.bus.publiceerInkomend('nl.schuldhulp.schuldenknooppunt', 'akkoord', { metadata: { id: 'kapot' } });
    await runtime.bus.stil();
    const dlq = await api.verzoek<{
      berichten: { regel: string; fout: string; event: { detail: { metadata: { id: string } } } }[];
    }>('GET', '/_local/dlq');
    const redrive = await api.verzoek<{ opnieuw: number }>('POST', '/_local/dlq/redrive');
    await runtime.bus.stil();

    // Assess: both parked with their reason, never dropped; a redrive that fails again parks them again
    const onbekend = dlq.body.berichten.find((b) => b.event.detail.metadata.id === 'onbekend/1');
    expect(onbekend).toMatchObject({ regel: 'SchuldeiserBerichtNaarIngest' });
    expect(onbekend?.fout).toContain('er is geen traject ONBEKEND-TRAJECT');
    expect(dlq.body.berichten.find((b) => b.event.detail.metadata.id === 'kapot')?.fout).toContain('ongeldige velden');
    expect(redrive.body.opnieuw).toBeGreaterThanOrEqual(2);
    expect(
      runtime.bus.deadLetters.filter((d) => d.regel === 'SchuldeiserBerichtNaarIngest').length,
    ).toBeGreaterThanOrEqual(2);
  });
});
