// End to end: the personal-data scan. A whole trajectory (aanmelding, referral, eerste gesprek, intake with a plan
// in the person's own words, beschikking, vaststelling, a berekening with the household's amounts, the
// betaalvoorstel, reads and refused requests) and then every execution input, output and state payload, every bus
// event and dead letter, every log line and access-log line is searched for what the test put in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logger } from '../../functions/handlers/logger';
import type { ToegangsRegel } from '../../local/http-server';
import { type Runtime, startRuntime } from '../../local/runtime';
import { REGELING } from '../domain/triage/antwoorden';
import { apiClient, wachtTot } from '../support/api';
import { configureerGemeente } from '../support/gemeente';
import { logVanger, verzamel, zoekPersoonsgegevens } from '../support/persoonsgegevens';

const NAAM = 'Wilhelmina Zeldzaamheid';
const TELEFOON = '0687654321';
const EMAIL = 'w.zeldzaamheid@example.org';
const ADRES = 'Keizersgracht 1717';
const DOEL = 'Ik wil mijn schuld bij Zilverbank kwijt';
const INKOMEN_CENT = 183_417;
const SCHULDEN = [
  {
    schuldeiserId: 'zilverbank',
    naam: 'Zilverbank',
    bedragCent: 1_234_567,
    soort: 'concurrent',
    lokaleOverheid: false,
  },
  {
    schuldeiserId: 'belasting',
    naam: 'Belastingdienst',
    bedragCent: 376_543,
    soort: 'preferent',
    lokaleOverheid: false,
  },
];

describe('no personal data outside the authorised API', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  const log = logVanger();
  const toegang: ToegangsRegel[] = [];

  beforeAll(async () => {
    logger.setLogLevel('DEBUG');
    log.start();
    runtime = await startRuntime({
      klokStart: new Date('2026-03-09T10:00:00+01:00'),
      toegangslog: (r) => toegang.push(r),
    });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    await configureerGemeente(api, '0599');
  });
  afterAll(async () => {
    await runtime.stop();
    log.stop();
    logger.setLogLevel((process.env.LOG_LEVEL ?? 'INFO') as 'INFO');
  });

  it('finds none of the planted names, contacts, address, goals or amounts in executions, events or logs', async () => {
    // Prepare: a whole trajectory with the planted data, plus refused requests that carry it
    const consulent = await api.token('0363', 'consulent', 'consulent-scan');
    const verwijzer = await api.token('0363', 'verwijzer', 'wijkteam-scan');
    const loket = await api.token('0363', 'loket', 'loket-scan');
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token: consulent,
      body: { naam: NAAM, telefoon: TELEFOON, email: EMAIL, ontvangenOp: '2026-03-02' },
    });
    const id = body.id;
    await api.verzoek('POST', '/verwijzingen', {
      token: verwijzer,
      body: {
        naam: NAAM,
        telefoon: TELEFOON,
        organisatie: 'Wijkteam',
        soort: 'wijkteam',
        toestemming: { gegeven: true, datum: '2026-03-09' },
      },
    });
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token: consulent, body: { datum: '2026-03-04' } });
    await api.verzoek('POST', `/trajecten/${id}/intake`, {
      token: consulent,
      body: {
        instrument: { id: 'schuldhulp-screening', versie: '2026.1' },
        antwoorden: REGELING,
        plan: {
          doelen: [DOEL],
          acties: [{ wat: `Langsgaan op ${ADRES}`, wie: 'u', wanneer: '2026-03-16' }],
          contactmomenten: [{ datum: '2026-03-17', vorm: 'huisbezoek', met: NAAM }],
        },
      },
    });
    await wachtTot(() => (runtime.workflows.executie(id)?.huidigeStaat === 'WachtOpVaststelling' ? true : undefined));
    await api.verzoek('POST', `/trajecten/${id}/beschikking/vaststellen`, { token: consulent, body: {} });
    const plaatje = () => runtime.workflows.executie(id, 'plaatje-compleet');
    await wachtTot(() => (plaatje()?.huidigeStaat === 'WachtOpBetaalvoorstel' ? true : undefined));
    const berekening = await api.verzoek('POST', `/trajecten/${id}/berekeningen`, {
      token: consulent,
      body: {
        peildatum: '2026-03-01',
        huishouden: 'alleenstaande',
        inkomenCent: INKOMEN_CENT,
        schulden: SCHULDEN,
        jaarrenteBasispunten: 0,
      },
    });
    expect(berekening.status).toBe(201);
    await wachtTot(() => (plaatje()?.status === 'SUCCEEDED' ? true : undefined));
    await api.verzoek('GET', `/trajecten/${id}`, { token: loket });
    await api.verzoek('GET', `/trajecten/${id}/beschikking`, { token: loket });
    // Refused requests that carry the data: a wrong e-mail, an unknown key, a bad date, another gemeente's read
    await api.verzoek('POST', '/aanmeldingen', {
      token: consulent,
      body: { naam: NAAM, email: `${NAAM}@`, adres: ADRES },
    });
    await api.verzoek('POST', `/trajecten/${id}/opschortingen`, {
      token: consulent,
      body: { start: '0001-01-01', verwachtEinde: '2026-04-01', reden: `${NAAM} ${TELEFOON}` },
    });
    const ander = await api.token('0599', 'consulent', 'consulent-elders');
    await api.verzoek('GET', `/trajecten/${id}`, { token: ander });
    await runtime.bus.stil();

    // Act
    const bronnen = verzamel(runtime, log.regels, toegang);
    const treffers = zoekPersoonsgegevens(bronnen, {
      teksten: [NAAM, TELEFOON, EMAIL, ADRES, DOEL, 'Zilverbank'],
      bedragenCent: [INKOMEN_CENT, ...SCHULDEN.map((s) => s.bedragCent)],
    });

    // Assess: the scan looked at something of every kind, and found nothing
    expect(treffers).toEqual([]);
    expect(bronnen.filter((b) => b.waar.startsWith('executie')).length).toBeGreaterThan(20);
    expect(bronnen.filter((b) => b.waar.startsWith('bus')).length).toBeGreaterThan(5);
    expect(bronnen.filter((b) => b.waar === 'log').length).toBeGreaterThan(5);
    expect(bronnen.filter((b) => b.waar === 'toegangslog').length).toBeGreaterThan(10);
  }, 60_000);

  it('would find planted data: the scanner is not blind', () => {
    // Act
    const treffers = zoekPersoonsgegevens([{ waar: 'log', tekst: `{"bedrag":"12.345,67","wie":"${NAAM}"}` }], {
      teksten: [NAAM],
      bedragenCent: [1_234_567],
    });

    // Assess
    expect(treffers).toEqual([`log: ${NAAM}`, 'log: 12.345,67']);
  });
});
