// Local runtime: the fast clock and the wait seconds it hands the local Step Functions engine.
import { describe, expect, it } from 'vitest';
import { MAX_LOKALE_WACHT_SECONDEN, versneldeKlok } from '../../local/klok';

describe('versneldeKlok', () => {
  it('runs simulated time at its speed from its start instant', async () => {
    // Prepare
    const klok = versneldeKlok(86_400, new Date('2026-01-01T00:00:00Z'));

    // Act
    await new Promise((r) => setTimeout(r, 50));

    // Assess: 50 ms wall ≈ 72 simulated minutes
    const verstreken = klok.nu().getTime() - Date.parse('2026-01-01T00:00:00Z');
    expect(verstreken).toBeGreaterThanOrEqual(50 * 86_400);
    expect(verstreken).toBeLessThan(1_000 * 86_400);
  });

  it('waits whole seconds, at least one, and never longer than a Node timer can hold', () => {
    // Prepare
    const echt = versneldeKlok(1);
    const snel = versneldeKlok(604_800);

    // Act / Assess
    expect(snel.wachtSeconden(3 * 86_400)).toBe(1);
    expect(echt.wachtSeconden(0.2)).toBe(1);
    expect(echt.wachtSeconden(28 * 86_400)).toBe(MAX_LOKALE_WACHT_SECONDEN);
    expect(MAX_LOKALE_WACHT_SECONDEN * 1000).toBeLessThan(2 ** 31 - 1);
  });
});
