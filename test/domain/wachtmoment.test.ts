// Domain: deadline waits end at a per-case moment in the night after the deadline date; the date rule is unchanged.
import { describe, expect, it } from 'vitest';
import { eindeVanDagInAmsterdam } from '../../functions/domain/kalender/kalender';
import {
  ESCALATIE_DAGEN,
  SPREIDING_SECONDEN,
  spreidingSeconden,
  volgendeHerinnering,
  wachtmomentNaDeadline,
} from '../../functions/domain/normen/wachtmoment';
import { controleerStap } from '../../functions/domain/traject/deadlines';
import type { Traject } from '../../functions/domain/traject/traject';

const ids = Array.from({ length: 2000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('wachtmoment (no midnight herd)', () => {
  it('ends every wait after the deadline date, within the window, the same moment for the same case', () => {
    // Prepare
    const middernacht = eindeVanDagInAmsterdam('2026-06-29').getTime();

    // Act
    const momenten = ids.map((id) => wachtmomentNaDeadline('2026-06-29', id, 'eerste-gesprek').getTime());

    // Assess
    for (const t of momenten) {
      expect(t).toBeGreaterThanOrEqual(middernacht);
      expect(t).toBeLessThan(middernacht + SPREIDING_SECONDEN * 1000);
    }
    expect(wachtmomentNaDeadline('2026-06-29', ids[7] as string, 'eerste-gesprek').getTime()).toBe(momenten[7]);
  });

  it('spreads 2,000 cases with one deadline date over the window: no minute holds more than 2 % of them', () => {
    // Act
    const perMinuut = new Map<number, number>();
    for (const id of ids) {
      const m = Math.floor(spreidingSeconden(id, 'beschikking') / 60);
      perMinuut.set(m, (perMinuut.get(m) ?? 0) + 1);
    }

    // Assess: 240 minutes; uniform would be ~8 per minute
    expect(perMinuut.size).toBeGreaterThan(200);
    expect(Math.max(...perMinuut.values())).toBeLessThanOrEqual(ids.length * 0.02);
  });

  it('keeps the on-time rule: at the last moment of the deadline date the step is still open', () => {
    // Prepare: an eerste gesprek from 1 June (deadline 29 June, Wgs art. 4 lid 1)
    const traject = {
      id: ids[3],
      gemeente: '0363',
      crisis: undefined,
      stappen: [{ stap: 'eerste-gesprek', start: '2026-06-01', gemeldeOverschrijdingen: [] }],
      opschortingen: [],
      verlengingen: [],
    } as unknown as Traject;
    const laatsteMoment = new Date(eindeVanDagInAmsterdam('2026-06-29').getTime() - 1);
    const wacht = wachtmomentNaDeadline('2026-06-29', ids[3] as string, 'eerste-gesprek');

    // Act
    const opDeDag = controleerStap(traject, 'eerste-gesprek', laatsteMoment, '2026-06-29');
    const daarna = controleerStap(traject, 'eerste-gesprek', wacht, '2026-06-30');

    // Assess
    expect(opDeDag).toMatchObject({ status: 'open', deadline: '2026-06-29', wachtTot: wacht });
    expect(daarna).toMatchObject({ status: 'overschreden', deadline: '2026-06-29' });
  });

  it('reminds at the case moment plus whole escalation intervals, never drifting with the check time', () => {
    // Prepare
    const eerste = wachtmomentNaDeadline('2026-06-29', ids[5] as string, 'intake').getTime();
    const week = ESCALATIE_DAGEN * 86_400_000;

    // Act
    const na1 = volgendeHerinnering('2026-06-29', ids[5] as string, 'intake', new Date(eerste + 1_234));
    const na2 = volgendeHerinnering('2026-06-29', ids[5] as string, 'intake', new Date(eerste + week + 5_000));

    // Assess
    expect(na1.getTime()).toBe(eerste + week);
    expect(na2.getTime()).toBe(eerste + 2 * week);
  });
});
