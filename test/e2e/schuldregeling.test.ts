// End to end: Rust en overzicht → Plaatje compleet. A vastgestelde beschikking with a schuldregeling starts the
// plaatje-compleet workflow; the consulent's berekening completes the betaalvoorstel step; the krediet Task reads it
// from the store and records the betaalvoorstel. Only ids and counts pass through the workflow and the bus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stelBetaalvoorstelOp } from '../../functions/app/krediet';
import { legVast } from '../../functions/app/leg-vast';
import { type Runtime, startRuntime } from '../../local/runtime';
import { met, REGELING } from '../domain/triage/antwoorden';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';
import { DRIE_SCHULDEN } from '../support/schulden';

type Aandeel = { schuldeiserId: string; aanbodCent: number; percentage: number };
type Schema = { maand: number; termijnCent: number; restschuldCent: number };
type Traject = {
  fase: string;
  stap: string | null;
  deadlines: { stap: string; status: string; start: string; deadline: string }[];
  betaalvoorstel?: {
    berekening: number;
    aanbodCent: number;
    kredietCent: number;
    looptijdMaanden: number;
    voorstellen: Aandeel[];
    aflosschema: Schema[];
    normtabel: { geldigVanaf: string };
  };
  historie: { type: string }[];
};
type Berekening = {
  volgnummer: number;
  berekening: {
    saneringskrediet: {
      kredietCent: number;
      verdeling: { aanbodCent: number; aandelen: Aandeel[] };
      aflosschema: Schema[];
    };
  };
};

const plan = {
  doelen: ['Ik wil mijn schulden in één keer regelen.'],
  acties: [{ wat: 'Saldoverzoeken versturen', wie: 'consulent', wanneer: '2026-03-20' }],
  begeleidingsmodules: [{ module: 'budgetcoaching', waarom: 'Overzicht houden.' }],
  contactmomenten: [{ datum: '2026-03-17', vorm: 'gesprek', met: 'uw consulent' }],
  schuldenpauze: false,
};

const berekening = {
  peildatum: '2026-03-01',
  huishouden: 'alleenstaande',
  inkomenCent: 190_000,
  jaarrenteBasispunten: 0,
  schulden: DRIE_SCHULDEN,
};

describe('Plaatje compleet: berekening → betaalvoorstel', () => {
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

  async function vastgesteldTraject(naam: string, antwoorden: Record<string, unknown>): Promise<string> {
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam, telefoon: '0612345678', ontvangenOp: '2026-03-02' },
    });
    await api.verzoek('POST', `/trajecten/${body.id}/eerste-gesprek`, { token, body: { datum: '2026-03-04' } });
    await api.verzoek('POST', `/trajecten/${body.id}/intake`, {
      token,
      body: { instrument: { id: 'schuldhulp-screening', versie: '2026.1' }, antwoorden, plan },
    });
    await wachtTot(() =>
      runtime.workflows.executie(body.id)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined,
    );
    await api.verzoek('POST', `/trajecten/${body.id}/beschikking/vaststellen`, { token, body: {} });
    await runtime.bus.stil();
    return body.id;
  }

  it('waits for the berekening, then records the betaalvoorstel from the store', async () => {
    // Prepare: a beschikking after a triage towards a schuldregeling
    const id = await vastgesteldTraject('Plaatje Compleet', REGELING);
    const executie = () => runtime.workflows.executie(id, 'plaatje-compleet');
    await wachtTot(() => (executie()?.huidigeStaat === 'WachtOpBetaalvoorstel' ? true : undefined));
    const wachtend = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess: the letter sent on the day of the vaststelling (2026-03-09) tells the resident when the betaalvoorstel
    // comes at the latest: the step's real deadline, six months (service norm) from the vaststelling; the
    // vaststelling and the beschikking itself are no longer in its process overview
    const beschikking = await api.verzoek<{
      json: { procesoverzicht: { stappen: { stap: string; deadline: string }[] } };
    }>('GET', `/trajecten/${id}/beschikking`, { token });
    expect(beschikking.body.json.procesoverzicht.stappen).toContainEqual(
      expect.objectContaining({ stap: 'betaalvoorstel', deadline: '2026-09-09' }),
    );
    expect(beschikking.body.json.procesoverzicht.stappen.map((s) => s.stap)).not.toContain('vaststelling');
    expect(beschikking.body.json.procesoverzicht.stappen.map((s) => s.stap)).not.toContain('beschikking');
    expect(wachtend.body.stap).toBe('betaalvoorstel');
    expect(wachtend.body.deadlines.find((d) => d.stap === 'betaalvoorstel')).toMatchObject({
      status: 'open',
      start: '2026-03-09',
      deadline: '2026-09-09',
    });

    // Act: the consulent records the berekening
    const vast = await api.verzoek<Berekening>('POST', `/trajecten/${id}/berekeningen`, { token, body: berekening });
    await wachtTot(() => (executie()?.status === 'SUCCEEDED' ? true : undefined));
    const na = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess: the workflow moved on by itself and the betaalvoorstel is the berekening's offer, to the cent
    expect(vast.status).toBe(201);
    expect(executie()?.huidigeStaat).toBe('NaarSchuldenknooppunt');
    expect(na.body).toMatchObject({ fase: 'plaatje-compleet', stap: null });
    expect(na.body.deadlines.find((d) => d.stap === 'betaalvoorstel')).toMatchObject({ status: 'voltooid' });
    const k = vast.body.berekening.saneringskrediet;
    expect(na.body.betaalvoorstel).toMatchObject({
      berekening: vast.body.volgnummer,
      aanbodCent: k.verdeling.aanbodCent,
      kredietCent: k.kredietCent,
      looptijdMaanden: 18,
      normtabel: { geldigVanaf: '2026-01-01' },
    });
    expect(na.body.betaalvoorstel?.voorstellen.map((v) => [v.schuldeiserId, v.aanbodCent, v.percentage])).toEqual(
      k.verdeling.aandelen.map((a) => [a.schuldeiserId, a.aanbodCent, a.percentage]),
    );
    expect(na.body.betaalvoorstel?.aflosschema).toEqual(k.aflosschema);
    expect(na.body.betaalvoorstel?.voorstellen.reduce((s, v) => s + v.aanbodCent, 0)).toBe(k.verdeling.aanbodCent);

    // Assess: no amount, name or contact detail in the execution or on the bus; the Task answered with counts
    const output = executie()?.output as { krediet: Record<string, unknown> };
    expect(output.krediet).toEqual({ berekening: vast.body.volgnummer, schuldeisers: 3, looptijdMaanden: 18 });
    const bedragen = [...k.verdeling.aandelen.map((a) => a.aanbodCent), k.kredietCent, 190_000].map(String);
    const uitvoer = JSON.stringify(executie()?.output);
    for (const b of bedragen) expect(uitvoer).not.toContain(b);
    expect(uitvoer).not.toMatch(/Plaatje|0612345678|Belastingdienst/);
    const events = runtime.bus.log.filter((e) => (e.detail as { data: { trajectId: string } }).data.trajectId === id);
    const voorstel = events.find((e) => e['detail-type'] === 'betaalvoorstel-opgesteld')?.detail as { data: unknown };
    expect(voorstel.data).toEqual({ trajectId: id });
  });

  it('changes nothing when the krediet Task runs again (a retry after its write)', async () => {
    // Prepare
    const id = await vastgesteldTraject('Dubbele Taak', REGELING);
    await api.verzoek('POST', `/trajecten/${id}/berekeningen`, { token, body: berekening });
    await wachtTot(() =>
      runtime.workflows.executie(id, 'plaatje-compleet')?.status === 'SUCCEEDED' ? true : undefined,
    );

    // Act
    const opnieuw = await stelBetaalvoorstelOp(runtime.deps, { trajectId: id, correlatieId: 'test' });
    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess
    expect(opnieuw.schuldeisers).toBe(3);
    expect(view.body.historie.filter((e) => e.type === 'betaalvoorstel-opgesteld')).toHaveLength(1);
  });

  it('makes the betaalvoorstel anew when the consulent corrects the berekening afterwards', async () => {
    // Prepare: a betaalvoorstel from a first berekening
    const id = await vastgesteldTraject('Gecorrigeerde Berekening', REGELING);
    await wachtTot(() =>
      runtime.workflows.executie(id, 'plaatje-compleet')?.huidigeStaat === 'WachtOpBetaalvoorstel' ? true : undefined,
    );
    await api.verzoek('POST', `/trajecten/${id}/berekeningen`, { token, body: berekening });
    await wachtTot(() =>
      runtime.workflows.executie(id, 'plaatje-compleet')?.status === 'SUCCEEDED' ? true : undefined,
    );

    // Act: the income was lower than first entered
    const tweede = await api.verzoek<Berekening>('POST', `/trajecten/${id}/berekeningen`, {
      token,
      body: { ...berekening, inkomenCent: 170_000 },
    });
    const herzien = () => runtime.workflows.executie(`${id}-${tweede.body.volgnummer}`, 'plaatje-compleet');
    await wachtTot(() => (herzien()?.status === 'SUCCEEDED' ? true : undefined));
    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess: the view shows the voorstel of the corrected berekening; the history keeps both
    expect(view.body.betaalvoorstel).toMatchObject({
      berekening: tweede.body.volgnummer,
      aanbodCent: tweede.body.berekening.saneringskrediet.verdeling.aanbodCent,
    });
    expect(view.body.historie.filter((e) => e.type === 'betaalvoorstel-opgesteld')).toHaveLength(2);
    expect(herzien()?.huidigeStaat).toBe('NaarSchuldenknooppunt');
  });

  it('refuses a betaalvoorstel from a berekening that no longer comes out as recorded', async () => {
    // Prepare: a berekening whose recorded outcome differs from what the inputs give today (as after a norm correction)
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Oude Berekening', telefoon: '0612345678' },
    });
    await api.verzoek('POST', `/trajecten/${body.id}/berekeningen`, { token, body: berekening });
    const na = await runtime.deps.opslag.laad(body.id, { recent: 1 });
    const vastgelegd = na?.recent.at(-1)?.gebeurtenis;
    if (!na || vastgelegd?.type !== 'berekening-vastgelegd') throw new Error('no berekening');
    await legVast(
      runtime.deps,
      body.id,
      na,
      {
        ...vastgelegd,
        data: { ...vastgelegd.data, samenvatting: { ...vastgelegd.data.samenvatting, vtlbCent: 1 } },
      },
      { actor: { soort: 'systeem', naam: 'test' }, gemeente: '0363', correlatieId: 'test' },
    );

    // Act
    const fout = await stelBetaalvoorstelOp(runtime.deps, { trajectId: body.id, correlatieId: 'test' }).catch(
      (e: unknown) => e,
    );
    const view = await api.verzoek<Traject>('GET', `/trajecten/${body.id}`, { token });

    // Assess: the workflow would stop (WorkflowGestopt) and nothing was recorded
    expect(fout).toMatchObject({ code: 'BEREKENING_GEWIJZIGD' });
    expect(view.body.historie.map((e) => e.type)).not.toContain('betaalvoorstel-opgesteld');
  });

  it('starts no schuldregeling phase after a beschikking for begeleiding only', async () => {
    // Prepare: debts that are manageable with guidance (route begeleiding)
    const id = await vastgesteldTraject('Alleen Begeleiding', met({ 'vaste-lasten-betaald': false }));

    // Act
    const view = await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token });

    // Assess
    expect(view.body).toMatchObject({ fase: 'rust-en-overzicht', stap: null });
    expect(view.body.deadlines.map((d) => d.stap)).not.toContain('betaalvoorstel');
    const beschikking = await api.verzoek<{ json: { procesoverzicht: { stappen: { stap: string }[] } } }>(
      'GET',
      `/trajecten/${id}/beschikking`,
      { token },
    );
    expect(beschikking.body.json.procesoverzicht.stappen.map((s) => s.stap)).not.toContain('betaalvoorstel');
    expect(runtime.workflows.executie(id, 'plaatje-compleet')).toBeUndefined();
  });
});
