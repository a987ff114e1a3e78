// End to end with a fast clock: the 18-month regeling after the akkoord on the local runtime. Two creditors agree to
// the betaalvoorstel; the akkoord hands over to the regeling, whose workflow runs one execution per six months
// (`<id>-r1` … `-r3`). The consulent records the monthly payments; month 4 stays unpaid and becomes a missed payment
// after its respijt (betaling-gemist on the bus, a terugval with personal contact); the evaluations after months 6
// and 12 are recorded; after month 18 the regeling ends with finale kwijting and the nazorg workflow starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAJECT_BRON } from '../../functions/contracts/domein-events';
import { plusKalenderdagen, plusMaanden, vandaagInAmsterdam } from '../../functions/domain/kalender/kalender';
import { type Runtime, startRuntime } from '../../local/runtime';
import { REGELING } from '../domain/triage/antwoorden';
import { apiClient } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

const DAG = 86_400;
/** Five simulated days per wall second for the creditors' exchange, ten for the months of the regeling. */
const SNELHEID_AKKOORD = 5 * DAG;
const SNELHEID_REGELING = 10 * DAG;
const GEDULD = 120_000;
const NAAM = 'Rita Regeling';
const SCHULDEISERS = [
  { schuldeiserId: 'energie-noord', naam: 'Energie Noord BV', bedragCent: 310_000, referentie: 'EN-55501' },
  { schuldeiserId: 'zorg-zuid', naam: 'Zorgverzekeraar Zuid', bedragCent: 190_000, referentie: 'ZZ-77702' },
];

type Regeling = {
  start: string;
  einde: string;
  oplossing: string;
  looptijdMaanden: number;
  maand: number;
  ontvangen: number[];
  gemist: number[];
  volgendeMaand: number | null;
  volgendeVervaldag: string | null;
  evaluaties: { naMaand: number; geopendOp: string; voltooidOp?: string }[];
  perioden: number;
  beeindigdOp?: string;
  terugvallen: { id: string; bron: { soort: string; maand?: string }; uitkomst?: string }[];
};
type Traject = {
  fase: string;
  stap: string | null;
  deadlines: { stap: string; status: string; deadline: string }[];
  regeling?: Regeling;
  nazorg?: { start: string; einde: string };
  historie: { type: string }[];
};

/** Polls at a modest rate: the machine is shared, and a slow moment is days of simulated time. */
async function wacht<T>(check: () => Promise<T | undefined>, ms = GEDULD): Promise<T> {
  const einde = Date.now() + ms;
  for (;;) {
    const w = await check();
    if (w !== undefined) return w;
    if (Date.now() > einde) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('De regeling van 18 maanden', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  let id: string;

  const view = async () => (await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token })).body;
  const vandaag = () => vandaagInAmsterdam(runtime.klok.nu());

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    token = await api.token('0363', 'consulent', 'consulent-regeling');
  });
  afterAll(async () => runtime.stop());

  it('runs the regeling to its end: 17 payments, one missed (a terugval), two evaluations, then nazorg', {
    timeout: 420_000,
  }, async () => {
    // Prepare: a case with two claims to the akkoord (the intake at real speed, the exchange fast)
    runtime.klok.versnel(1);
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: NAAM, telefoon: '0612345678' },
    });
    id = body.id;
    for (const s of SCHULDEISERS) {
      const r = await api.verzoek('POST', `/trajecten/${id}/schulden`, {
        token,
        body: { ...s, categorie: 'overig', soort: 'concurrent', lokaleOverheid: false },
      });
      expect(r.status).toBe(201);
    }
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token, body: { datum: vandaag() } });
    const later = plusMaanden(vandaag(), 1);
    await api.verzoek('POST', `/trajecten/${id}/intake`, {
      token,
      body: {
        instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
        antwoorden: REGELING,
        plan: {
          doelen: ['Ik wil van mijn schulden af.'],
          acties: [{ wat: 'Saldoverzoeken versturen', wie: 'consulent', wanneer: later }],
          contactmomenten: [{ datum: later, vorm: 'gesprek', met: 'uw consulent' }],
        },
      },
    });
    await wacht(async () =>
      runtime.workflows.executie(id)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined,
    );
    runtime.klok.versnel(SNELHEID_AKKOORD);
    expect((await api.verzoek('POST', `/trajecten/${id}/beschikking/vaststellen`, { token, body: {} })).status).toBe(
      200,
    );
    await wacht(async () => {
      const s = (await api.verzoek<{ schulden: { status: string }[] }>('GET', `/trajecten/${id}/schulden`, { token }))
        .body;
      return s.schulden.every((x) => x.status !== 'saldo-gevraagd' && x.status !== 'geregistreerd') ? true : undefined;
    });
    const berekening = await api.verzoek('POST', `/trajecten/${id}/berekeningen`, {
      token,
      body: { peildatum: '2026-03-01', huishouden: 'alleenstaande', inkomenCent: 210_000, jaarrenteBasispunten: 0 },
    });
    expect(berekening.status).toBe(201);

    // Act: the akkoord hands over to the regeling; its first execution opens month 1
    const gestart = await wacht(async () => {
      const t = await view();
      return t.regeling && t.regeling.maand >= 1 ? t : undefined;
    });
    runtime.klok.versnel(SNELHEID_REGELING);
    const r0 = gestart.regeling as Regeling;
    expect(r0).toMatchObject({ oplossing: 'saneringskrediet', looptijdMaanden: 18, einde: plusMaanden(r0.start, 18) });
    expect(gestart.fase).toBe('met-vertrouwen-verder');
    // The month's deadline: its vervaldag plus the respijt (norm regeling-betaling, 14 days)
    expect(gestart.deadlines.find((d) => d.stap === 'regeling-betaling')).toMatchObject({
      deadline: plusKalenderdagen(plusMaanden(r0.start, 1), 14),
    });
    expect(runtime.workflows.executie(`${id}-r1`, 'regeling')).toBeDefined();

    // Act: the months, one by one as each begins; month 4 is not paid; the evaluations as they open
    let terugvalAfgehandeld = false;
    for (let maand = 1; maand <= 18; maand++) {
      const begin = maand === 1 ? r0.start : plusMaanden(r0.start, maand - 1);
      await wacht(async () => ((await view()).regeling?.maand === maand && vandaag() >= begin ? true : undefined));
      if (maand === 4) {
        // Nothing comes in: after the vervaldag and the respijt the workflow records it as missed
        const gemist = await wacht(async () => {
          const t = await view();
          return t.regeling?.gemist.includes(4) ? t : undefined;
        });
        expect(gemist.regeling?.terugvallen.length ?? 0).toBeLessThanOrEqual(1);
        continue;
      }
      const ontvangenOp = vandaag();
      const r = await api.verzoek<{ vastgelegd: boolean; status: string }>(
        'POST',
        `/trajecten/${id}/regeling/betalingen`,
        { token, body: { maand, ontvangenOp } },
      );
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toMatchObject({ status: 'ontvangen', vastgelegd: true });
      if (!terugvalAfgehandeld) {
        const t = (await view()).regeling;
        const tv = t?.terugvallen.find((x) => x.bron.soort === 'betaling-gemist');
        if (tv) {
          const u = await api.verzoek('POST', `/trajecten/${id}/terugval/${tv.id}/uitkomst`, {
            token,
            body: { uitkomst: 'contact-gemaakt' },
          });
          expect(u.status).toBe(200);
          terugvalAfgehandeld = true;
        }
      }
      if (maand === 6 || maand === 12) {
        await wacht(async () =>
          (await view()).deadlines.some((d) => d.stap === 'regeling-evaluatie' && d.status !== 'voltooid')
            ? true
            : undefined,
        );
        const e = await api.verzoek('POST', `/trajecten/${id}/evaluaties`, {
          token,
          body: {
            id: `evaluatie-${maand}`,
            instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
            scores: { 'zrm-financien': 3 },
            besluit: 'voortzetten',
          },
        });
        expect(e.status, JSON.stringify(e.body)).toBe(201);
      }
      if (maand === 1) {
        // A duplicate report changes nothing; a changed one for the same month is a conflict
        const dubbel = await api.verzoek<{ vastgelegd: boolean }>('POST', `/trajecten/${id}/regeling/betalingen`, {
          token,
          body: { maand: 1, ontvangenOp },
        });
        expect(dubbel.status).toBe(200);
        expect(dubbel.body.vastgelegd).toBe(false);
        const anders = await api.verzoek('POST', `/trajecten/${id}/regeling/betalingen`, {
          token,
          body: { maand: 1, gemist: true },
        });
        expect(anders.status).toBe(409);
      }
    }
    const einde = await wacht(async () => {
      const t = await view();
      return t.nazorg ? t : undefined;
    });
    await wacht(async () =>
      runtime.workflows.executie(`${id}-r3`, 'regeling')?.status === 'SUCCEEDED' ? true : undefined,
    );

    // Assess: the regeling ran its 18 months with one miss, evaluated twice, ended in finale kwijting, then nazorg
    const r = einde.regeling as Regeling;
    expect(r.ontvangen).toHaveLength(17);
    expect(r.gemist).toEqual([4]);
    expect(r.evaluaties.map((e) => e.naMaand)).toEqual([6, 12]);
    expect(r.evaluaties.every((e) => e.voltooidOp !== undefined)).toBe(true);
    expect(r.beeindigdOp).toBeDefined();
    expect(r.terugvallen).toEqual([expect.objectContaining({ bron: { soort: 'betaling-gemist', maand: '4' } })]);
    expect(terugvalAfgehandeld).toBe(true);
    const historie: string[] = [];
    for (let na: number | null = 0; na !== null; ) {
      const pagina: { items: { type: string }[]; volgendeNa: number | null } = (
        await api.verzoek<{ items: { type: string }[]; volgendeNa: number | null }>(
          'GET',
          `/trajecten/${id}/historie?na=${na}&limiet=200`,
          { token },
        )
      ).body;
      historie.push(...pagina.items.map((h) => h.type));
      na = pagina.volgendeNa;
    }
    expect(historie).toEqual(
      expect.arrayContaining([
        'fase-overgedragen',
        'regeling-gestart',
        'betaling-gemist',
        'terugval-gesignaleerd',
        'regeling-periode-afgerond',
        'schuldregeling-beeindigd',
        'nazorg-gestart',
      ]),
    );
    expect(historie.filter((t) => t === 'schuldregeling-beeindigd')).toHaveLength(1);
    for (const n of [1, 2, 3]) expect(runtime.workflows.executie(`${id}-r${n}`, 'regeling')?.status).toBe('SUCCEEDED');
    // Assess: a month paid in time costs one state, its wait, which the API resumes with the next month's wait
    const staten = [1, 2, 3].map((n) => runtime.workflows.executie(`${id}-r${n}`, 'regeling')?.bezochteStaten ?? []);
    const wachtStaat = 'WachtOpRegelingStap';
    // Months 7–12 and the evaluation after month 12; months 13–18 and the end
    expect(staten[1]).toEqual(['VolgRegeling', 'WatIsDeVolgendeStap', ...Array(7).fill(wachtStaat), 'PeriodeAfgerond']);
    expect(staten[2]).toEqual([
      'VolgRegeling',
      'WatIsDeVolgendeStap',
      ...Array(6).fill(wachtStaat),
      'RegelingBeeindigd',
    ]);
    // Months 1–6 and the evaluation after month 6: month 4 missed costs its check and VolgRegeling, which opens month 5
    expect(staten[0]?.filter((s) => s === wachtStaat)).toHaveLength(7);
    expect(staten[0]?.filter((s) => s !== wachtStaat)).toEqual([
      'VolgRegeling',
      'WatIsDeVolgendeStap',
      'ControleerRegelingStap',
      'IsRegelingStapVoltooid',
      'VolgRegeling',
      'WatIsDeVolgendeStap',
      'PeriodeAfgerond',
    ]);
    expect(runtime.workflows.executie(`${id}-t1`, 'terugval')).toBeDefined();
    expect(runtime.workflows.executie(id, 'nazorg')).toBeDefined();
    expect(einde.nazorg?.start).toBe(r.beeindigdOp);

    // Assess: betaling-gemist (month 4) and the end are on the bus, with ids and counts only
    // Our own events (the creditors' inbound messages are the partner's content, validated by their ingest)
    const bus = runtime.bus.log.filter(
      (e) => e.source === TRAJECT_BRON && (e.detail as { data: { trajectId?: string } }).data.trajectId === id,
    );
    const gemistOpBus = bus.filter((e) => e['detail-type'] === 'betaling-gemist');
    expect(gemistOpBus.map((e) => (e.detail as { data: { maand: number } }).data.maand)).toEqual([4]);
    const beeindigd = bus.find((e) => e['detail-type'] === 'schuldregeling-beeindigd');
    expect((beeindigd?.detail as { data: unknown } | undefined)?.data).toMatchObject({
      maandenOntvangen: 17,
      maandenGemist: 1,
    });

    // Assess: no execution input or output, and no bus event of the case, carries a name, reference or amount
    const regelingExecuties = [...runtime.workflows.executies.values()].filter((e) => e.workflow === 'regeling');
    const zichtbaar = JSON.stringify([
      ...regelingExecuties.map((e) => [e.input, e.output ?? null, e.staatPayloads]),
      ...bus.map((e) => e.detail),
    ]);
    const geheimen = [NAAM, ...SCHULDEISERS.flatMap((s) => [s.naam, s.referentie, String(s.bedragCent)])];
    expect(geheimen.filter((g) => zichtbaar.includes(g))).toEqual([]);
    expect(/Cent"/.test(zichtbaar)).toBe(false);
  });
});
