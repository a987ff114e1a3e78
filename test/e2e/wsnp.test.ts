// End to end: the WSNP begeleiding phase on the local runtime with a fast clock. A hand-over to the WSNP opens the
// phase for the 18-month term (Fw art. 349a), the begeleider stays, and at the end of the term the case is handed
// over to nazorg, whose workflow starts from that date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legVast } from '../../functions/app/leg-vast';
import { plusMaanden, vandaagInAmsterdam } from '../../functions/domain/kalender/kalender';
import { type Runtime, startRuntime } from '../../local/runtime';
import { apiClient, wachtTot } from '../support/api';

type Traject = {
  fase: string;
  stap: string | null;
  begeleider?: string;
  deadlines: { stap: string; status: string; deadline: string }[];
  nazorg?: { start: string; einde: string };
  historie: { type: string }[];
};

describe('WSNP begeleiding', () => {
  let runtime: Runtime;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  let id: string;
  let start: string;

  beforeAll(async () => {
    runtime = await startRuntime({ klokSnelheid: 15 * 86_400, klokStart: new Date('2026-03-02T09:00:00+01:00') });
    api = apiClient(runtime.url);
    token = await api.token('0363', 'consulent', 'consulent-zuid');
    const vandaag = vandaagInAmsterdam(runtime.klok.nu());
    const { body } = await api.verzoek<{ id: string }>('POST', '/aanmeldingen', {
      token,
      body: { naam: 'Willem Wsnp', telefoon: '0622233344', ontvangenOp: vandaag },
    });
    id = body.id;
    await api.verzoek('POST', `/trajecten/${id}/eerste-gesprek`, { token, body: { datum: vandaag } });
    runtime.workflows.executie(id)?.abort();
    // The court's ruling lies 17 months back (the earlier phases are not under test): one month of the term is left.
    start = plusMaanden(vandaag, -17);
    await legVast(
      runtime.deps,
      id,
      await runtime.deps.opslag.laad(id),
      { type: 'fase-overgedragen', data: { naar: 'wsnp', datum: start, aanleiding: 'schuldsanering uitgesproken' } },
      { actor: { soort: 'systeem', naam: 'test' }, gemeente: '0363', correlatieId: 'test' },
    );
  });
  afterAll(async () => runtime.stop());

  it('runs the 18-month term with the begeleider, then hands over to nazorg from the term’s last day', async () => {
    // Act
    const tijdens = await wachtTot(async () => {
      const t = (await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token })).body;
      return t.stap === 'wsnp' ? t : undefined;
    });
    const daarna = await wachtTot(async () => {
      const t = (await api.verzoek<Traject>('GET', `/trajecten/${id}`, { token })).body;
      return t.nazorg ? t : undefined;
    }, 20_000);

    // Assess
    const einde = plusMaanden(start, 18);
    expect(tijdens.fase).toBe('met-vertrouwen-verder');
    expect(tijdens.begeleider).toBe('consulent-zuid');
    expect(tijdens.deadlines.find((d) => d.stap === 'wsnp')).toMatchObject({ status: 'open', deadline: einde });
    expect(daarna.deadlines.find((d) => d.stap === 'wsnp')?.status).toBe('voltooid');
    expect(daarna.nazorg?.start).toBe(einde);
    expect(daarna.nazorg?.einde).toBe(plusMaanden(einde, 6));
    expect(daarna.stap).toBe('nazorg');
    expect(daarna.historie.map((h) => h.type)).toEqual(
      expect.arrayContaining(['wsnp-gestart', 'wsnp-afgerond', 'fase-overgedragen', 'nazorg-gestart']),
    );
    expect(runtime.workflows.executie(id, 'wsnp')?.status).toBe('SUCCEEDED');
  });
});
