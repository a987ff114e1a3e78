// Local runtime: the fast clock and the wait seconds it hands the local Step Functions engine.
import { describe, expect, it } from 'vitest';
import { MAX_LOKALE_WACHT_SECONDEN, versneldeKlok } from '../../local/klok';

describe('versneldeKlok', () => {
  it('runs simulated time at its speed from its start instant', async () => {
    // Prepare: the wall time around the clock's life bounds what it may have counted (no fixed timing assumption)
    const voor = Date.now();
    const klok = versneldeKlok(86_400, new Date('2026-01-01T00:00:00Z'));
    const na = Date.now();

    // Act
    await new Promise((r) => setTimeout(r, 50));
    const leesVoor = Date.now();
    const verstreken = klok.nu().getTime() - Date.parse('2026-01-01T00:00:00Z');
    const leesNa = Date.now();

    // Assess: simulated = wall × 86 400 (50 ms wall ≈ 72 simulated minutes)
    expect(verstreken).toBeGreaterThanOrEqual((leesVoor - na) * 86_400);
    expect(verstreken).toBeLessThanOrEqual((leesNa - voor) * 86_400);
    expect(verstreken).toBeGreaterThan(0);
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
