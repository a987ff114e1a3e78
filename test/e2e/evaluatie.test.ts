// End to end: the evaluation of the plan with the intake's measurement instrument. The case view shows the change per
// life domain since the intake and since the previous evaluation; `bijstellen` gives the plan a new version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from '../../local/runtime';
import { REGELING } from '../domain/triage/antwoorden';
import { apiClient } from '../support/api';
import { configureerGemeente } from '../support/gemeente';

type Verandering = {
  domein: string;
  intake: number | null;
  vorige: number | null;
  nu: number;
  sindsIntake: number | null;
  sindsVorige: number | null;
};
const plan = {
  doelen: ['Ik wil weer overzicht over mijn geld.'],
  acties: [{ wat: 'Budgetplan maken', wie: 'consulent', wanneer: '2026-03-20' }],
  contactmomenten: [{ datum: '2026-03-17', vorm: 'gesprek', met: 'uw consulent' }],
};

describe('Evaluatie met het meetinstrument', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  let id: string;
  const instrument = { id: 'schuldhulp-screening', versie: '2026.1' };

  beforeAll(async () => {
    runtime = await startRuntime({ klokStart: new Date('2026-03-09T10:00:00+01:00') });
    api = apiClient(runtime.url);
    await configureerGemeente(api, '0363');
    token = await api.token('0363', 'consulent', 'consulent-noord');
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Evi Evaluatie', telefoon: '0611122233', ontvangenOp: '2026-03-02' },
    });
    id = body.id;
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token, body: { datum: '2026-03-04' } });
    const intake = await api.verzoek('POST', `/trajecten/${id}/intake`, {
      token,
      body: { instrument, antwoorden: REGELING, plan, datum: '2026-03-05' },
    });
    expect(intake.status).toBe(200);
  });
  afterAll(async () => runtime.stop());

  it('shows the change against the intake, then against the previous evaluation, and versions the plan', async () => {
    // Act
    const eerste = await api.verzoek<{ planVersie: number | null; veranderingen: Verandering[] }>(
      'POST',
      `/trajecten/${id}/evaluaties`,
      {
        token,
        body: {
          id: 'evaluatie-1',
          instrument,
          scores: { 'zrm-financien': 4, 'zrm-huisvesting': 3 },
          besluit: 'voortzetten',
        },
      },
    );
    const replay = await api.verzoek('POST', `/trajecten/${id}/evaluaties`, {
      token,
      body: {
        id: 'evaluatie-1',
        instrument,
        scores: { 'zrm-huisvesting': 3, 'zrm-financien': 4 },
        besluit: 'voortzetten',
      },
    });
    const anders = await api.verzoek('POST', `/trajecten/${id}/evaluaties`, {
      token,
      body: { id: 'evaluatie-1', instrument, scores: { 'zrm-financien': 2 }, besluit: 'voortzetten' },
    });
    const tweede = await api.verzoek<{ planVersie: number | null; veranderingen: Verandering[] }>(
      'POST',
      `/trajecten/${id}/evaluaties`,
      {
        token,
        body: {
          id: 'evaluatie-2',
          instrument,
          scores: { 'zrm-financien': 5, 'zrm-geestelijke-gezondheid': 2 },
          besluit: 'bijstellen',
          plan: { ...plan, doelen: ['Ik wil zelf mijn rekeningen betalen.'] },
        },
      },
    );
    const onbekendDomein = await api.verzoek('POST', `/trajecten/${id}/evaluaties`, {
      token,
      body: { id: 'evaluatie-3', instrument, scores: { 'motivatie-wil': 4 }, besluit: 'voortzetten' },
    });
    const view = await api.verzoek<{
      evaluaties: { id: string; planVersie?: number; veranderingen: Verandering[] }[];
      historie: { type: string }[];
    }>('GET', `/trajecten/${id}`, { token });

    // Assess
    expect(eerste.status).toBe(201);
    expect(eerste.body.veranderingen).toContainEqual({
      domein: 'zrm-financien',
      intake: 3,
      vorige: null,
      nu: 4,
      sindsIntake: 1,
      sindsVorige: null,
    });
    expect(replay.status).toBe(201);
    expect(anders.status).toBe(409);
    expect(tweede.body.planVersie).toBe(2);
    expect(tweede.body.veranderingen).toContainEqual({
      domein: 'zrm-financien',
      intake: 3,
      vorige: 4,
      nu: 5,
      sindsIntake: 2,
      sindsVorige: 1,
    });
    expect(tweede.body.veranderingen).toContainEqual(
      expect.objectContaining({ domein: 'zrm-geestelijke-gezondheid', intake: 3, nu: 2, sindsIntake: -1 }),
    );
    expect(onbekendDomein.status).toBe(400);
    expect(view.body.evaluaties.map((e) => e.id)).toEqual(['evaluatie-1', 'evaluatie-2']);
    expect(view.body.evaluaties[1]?.planVersie).toBe(2);
    expect(view.body.historie.filter((h) => h.type === 'evaluatie-vastgelegd')).toHaveLength(2);
  });
});
