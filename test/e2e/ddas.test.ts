// End to end: the DDAS/CBS export as a projection of the case histories. Cases are built through the API (every route
// that can build one on this branch), the export is read over HTTP and checked field by field, as JSON and as CSV;
// the records outlive the purge of the cases.
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DDAS_KOLOMMEN } from '../../functions/domain/ddas/ddas-csv';
import { NIET_GEVULD } from '../../functions/domain/ddas/ddas-record';
import { type Runtime, startRuntime } from '../../local/runtime';
import { met, REGELING } from '../domain/triage/antwoorden';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';
import { DRIE_SCHULDEN } from '../support/schulden';

type Record_ = Record<string, unknown> & { schuldhulptrajectId: string };
type Export = { records: Record_[]; nietGevuld: unknown[]; model: { versie: string } };

const plan = {
  doelen: ['Ik wil mijn schulden in één keer regelen.'],
  acties: [{ wat: 'Saldoverzoeken versturen', wie: 'consulent', wanneer: '2026-03-20' }],
  begeleidingsmodules: [
    { module: 'budgetcoaching', waarom: 'Overzicht houden.' },
    { module: 'training', waarom: 'Leren begroten.' },
  ],
  contactmomenten: [{ datum: '2026-03-17', vorm: 'gesprek', met: 'uw consulent' }],
  schuldenpauze: true,
};

const berekening = {
  peildatum: '2026-03-01',
  huishouden: 'alleenstaande',
  inkomenCent: 190_000,
  jaarrenteBasispunten: 0,
  schulden: DRIE_SCHULDEN,
};

const instrument = { id: 'schuldhulp-screening', versie: '2026.1' };

describe('GET /rapportages/ddas', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let consulent: string;
  let teamleider: string;
  const ids: Record<'regeling' | 'advies' | 'crisis' | 'elders', string> = {
    regeling: '',
    advies: '',
    crisis: '',
    elders: '',
  };
  let vtlbCent = 0;

  async function aanmelding(token: string, extra: Record<string, unknown> = {}): Promise<string> {
    const r = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Test Persoon', telefoon: '0612345678', ontvangenOp: '2026-03-02', ...extra },
    });
    expect(r.status).toBe(201);
    return r.body.id;
  }

  async function naIntake(id: string, antwoorden: Record<string, unknown>): Promise<void> {
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token: consulent, body: { datum: '2026-03-04' } });
    await api.verzoek('POST', `/trajecten/${id}/intake`, {
      token: consulent,
      body: { instrument, antwoorden, plan },
    });
  }

  const exporteer = (query: string, token = teamleider) =>
    api.verzoek<Export>('GET', `/rapportages/ddas?${query}`, { token });

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    await configureerGemeente(api, '0344');
    consulent = await api.token('0363', 'consulent', 'consulent-noord');
    teamleider = await api.token('0363', 'teamleider', 'teamleider-noord');

    // A schuldregeling: intake → beschikking vastgesteld (schuldenpauze asked) → berekening → betaalvoorstel
    ids.regeling = await aanmelding(consulent);
    await naIntake(ids.regeling, REGELING);
    await wachtTot(() =>
      runtime.workflows.executie(ids.regeling)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined,
    );
    await api.verzoek('POST', `/trajecten/${ids.regeling}/beschikking/vaststellen`, {
      token: consulent,
      body: { datum: '2026-03-09' },
    });
    await wachtTot(() =>
      runtime.workflows.executie(ids.regeling, 'plaatje-compleet')?.huidigeStaat === 'WachtOpBetaalvoorstel'
        ? true
        : undefined,
    );
    const vast = await api.verzoek<{ berekening: { vtlb: { vtlbCent: number } } }>(
      'POST',
      `/trajecten/${ids.regeling}/berekeningen`,
      { token: consulent, body: berekening },
    );
    vtlbCent = vast.body.berekening.vtlb.vtlbCent;
    await wachtTot(() =>
      runtime.workflows.executie(ids.regeling, 'plaatje-compleet')?.status === 'SUCCEEDED' ? true : undefined,
    );

    // Advies: the workflow closes the case by itself
    ids.advies = await aanmelding(consulent);
    await naIntake(ids.advies, met({ 'aantal-schuldeisers': 0, 'schuld-totaal': 'tot-1000', deurwaarder: false }));
    await wachtTot(() => (runtime.workflows.executie(ids.advies)?.status === 'SUCCEEDED' ? true : undefined));

    // A crisis aanmelding that waits for its eerste gesprek, and a case of another gemeente
    ids.crisis = await aanmelding(consulent, { crisis: 'huisuitzetting', ontvangenOp: '2026-03-05' });
    ids.elders = await aanmelding(await api.token('0599', 'consulent'));
    await runtime.bus.stil();
  });
  afterAll(async () => runtime.stop());

  it('gives every case of the gemeente in the period its DDAS record, field by field', async () => {
    // Act
    const r = await exporteer('van=2026-01-01&tot=2026-06-30');

    // Assess
    expect(r.status).toBe(200);
    expect(r.body.model.versie).toBe('1.4');
    const perId = new Map(r.body.records.map((x) => [x.schuldhulptrajectId, x]));
    expect([...perId.keys()].sort()).toEqual([ids.regeling, ids.advies, ids.crisis].sort());
    expect(perId.get(ids.regeling)).toEqual({
      schuldhulptrajectId: ids.regeling,
      gemeente: '0363',
      modelversie: '1.4',
      Schuldhulptraject: { startdatum: '2026-03-02', einddatum: null, toekenningsdatum: '2026-03-09' },
      Aanmelding: { startdatum: '2026-03-02', einddatum: '2026-03-04', crisisinterventie: false },
      Intake: {
        startdatum: '2026-03-04',
        einddatum: '2026-03-09',
        beschikkingsdatum: '2026-03-09',
        beschikkingssoort: 'Toelatingsbeschikking',
      },
      PlanVanAanpak: { datumAfronding: '2026-03-09' },
      Begeleiding: [
        { startdatum: '2026-03-09', einddatum: null, soort: 'Budgetcoaching' },
        { startdatum: '2026-03-09', einddatum: null, soort: 'Budgetbegeleiding' },
      ],
      Crisisinterventie: null,
      Moratorium: { datumAanvraag: '2026-03-09', datumGoedkeuring: null, startdatum: null, einddatum: null },
      Stabilisatie: null,
      // Ingediend with the betaalvoorstel; the creditors have not answered yet (no Schuldenknooppunt round here)
      Schuldregeling: {
        datum: '2026-03-09',
        toegekend: null,
        afgewezen: null,
        ingetrokken: null,
        dwangakkoord: false,
        datumVerzoekDwangakkoord: null,
      },
      Oplossing: { startdatum: null, einddatum: null, soort: 'Saneringskrediet', vtlb: Math.round(vtlbCent / 100) },
      Nazorg: null,
      'WSNP-traject': null,
      Uitstroom: null,
      Vroegsignaal: [],
    });
    expect(vtlbCent).toBeGreaterThan(0);
    expect(perId.get(ids.advies)).toMatchObject({
      Schuldhulptraject: { startdatum: '2026-03-02', einddatum: '2026-03-09', toekenningsdatum: null },
      Intake: { startdatum: '2026-03-04', einddatum: null, beschikkingsdatum: null, beschikkingssoort: null },
      PlanVanAanpak: null,
      Begeleiding: [],
      Oplossing: null,
      Uitstroom: {
        datum: '2026-03-09',
        reden: 'Zelf',
        omschrijving: 'Client heeft schulden zelf geregeld',
        datumBeeindigingsbeschikking: null,
      },
    });
    expect(perId.get(ids.crisis)).toMatchObject({
      Schuldhulptraject: { startdatum: '2026-03-05', einddatum: null },
      Aanmelding: { startdatum: '2026-03-05', einddatum: null, crisisinterventie: true },
      Intake: null,
      Crisisinterventie: { startdatum: '2026-03-05', einddatum: null },
      Uitstroom: null,
    });
    expect(r.body.nietGevuld).toEqual(NIET_GEVULD);
  });

  it('holds no name and no contact detail of anyone', async () => {
    // Act
    const r = await exporteer('van=2026-01-01&tot=2026-06-30');
    const csv = await exporteer('van=2026-01-01&tot=2026-06-30&formaat=csv');

    // Assess
    for (const tekst of [JSON.stringify(r.body), String(csv.body)]) {
      expect(tekst).not.toContain('Test Persoon');
      expect(tekst).not.toContain('0612345678');
      expect(tekst).not.toContain('Belastingdienst');
    }
  });

  it('keeps to the period: a case that started after it, or ended before it, is not in it', async () => {
    // Act
    const ervoor = await exporteer('van=2026-01-01&tot=2026-03-01');
    const erna = await exporteer('van=2026-03-10&tot=2026-12-31');

    // Assess
    expect(ervoor.body.records).toEqual([]);
    expect(erna.body.records.map((x) => x.schuldhulptrajectId).sort()).toEqual([ids.regeling, ids.crisis].sort());
  });

  it('answers as CSV with one column per model attribute', async () => {
    // Act
    const r = await exporteer('van=2026-01-01&tot=2026-06-30&formaat=csv');
    const [kop, ...rijen] = String(r.body).trimEnd().split('\r\n');
    const rij = rijen.map((x) => x.split(',')).find((x) => x[0] === ids.regeling) ?? [];
    const kolom = (naam: string) => rij[DDAS_KOLOMMEN.indexOf(naam)];

    // Assess
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(kop?.split(',')).toEqual([...DDAS_KOLOMMEN]);
    expect(rijen).toHaveLength(3);
    expect(kolom('Intake.beschikkingssoort')).toBe('Toelatingsbeschikking');
    expect(kolom('Begeleiding.soort')).toBe('Budgetcoaching|Budgetbegeleiding');
    expect(kolom('Oplossing.soort')).toBe('Saneringskrediet');
    expect(kolom('Oplossing.vtlb')).toBe(String(Math.round(vtlbCent / 100)));
    expect(kolom('Uitstroom.reden')).toBe('');
  });

  it('is for the teamleider only, and checks the period', async () => {
    // Act
    const alsConsulent = await exporteer('van=2026-01-01&tot=2026-06-30', consulent);
    const omgekeerd = await exporteer('van=2026-06-30&tot=2026-01-01');
    const zonderTot = await exporteer('van=2026-01-01');

    // Assess
    expect(alsConsulent.status).toBe(403);
    expect(omgekeerd.status).toBe(400);
    expect(zonderTot.status).toBe(400);
  });

  it('keeps the statistics when the closed case is purged', async () => {
    // Prepare: the retention purge removes every item of the closed advies case
    const { doc, tabel } = runtime.dynamo;
    const items = await doc.send(
      new QueryCommand({
        TableName: tabel,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `TRAJECT#${ids.advies}` },
      }),
    );
    for (const i of items.Items ?? []) {
      await doc.send(new DeleteCommand({ TableName: tabel, Key: { pk: i.pk, sk: i.sk } }));
    }
    const weg = await api.verzoek('GET', `/trajecten/${ids.advies}`, { token: consulent });

    // Act
    const r = await exporteer('van=2026-01-01&tot=2026-06-30');

    // Assess
    expect(items.Items?.length).toBeGreaterThan(0);
    expect(weg.status).toBe(404);
    expect(r.body.records.find((x) => x.schuldhulptrajectId === ids.advies)).toMatchObject({
      Uitstroom: { reden: 'Zelf', datum: '2026-03-09' },
    });
  });
});
