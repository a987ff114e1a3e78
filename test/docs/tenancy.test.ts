// The README's tenancy section stays true: its cost table is the generator's output, and what it cites exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sleutels } from '../../functions/adapters/tabel-ontwerp';
import { repoRoot } from '../../infra/repo-root';
import { kostenPerScenario, scenarios, TENANCY_BEGIN, TENANCY_EINDE, tenancyBlok } from '../../scripts/tenancy-kosten';

const lees = (bestand: string) => readFileSync(join(repoRoot, bestand), 'utf8');

describe('tenancy models in the README', () => {
  it('shows the cost table as scripts/tenancy-kosten.ts computes it from the price models', () => {
    expect(lees('README.md')).toContain(`${TENANCY_BEGIN}\n${tenancyBlok()}\n${TENANCY_EINDE}`);
  });

  it('makes a shared deployment cheaper per gemeente than one deployment each, at the same variable cost', () => {
    // Prepare
    const [eigen, gedeeld] = [scenarios[2], scenarios[3]].map((s) => s && kostenPerScenario(s, 0.001));

    // Act, Assess
    expect(eigen?.variabelEur).toBeCloseTo(gedeeld?.variabelEur ?? 0, 10);
    expect(gedeeld?.perGemeenteEur).toBeLessThan((eigen?.perGemeenteEur ?? 0) / 5);
  });

  it('cites index keys that are per gemeente and tests that exist', () => {
    // Prepare, Act, Assess
    expect(sleutels.werkvoorraad('0363')).toContain('0363');
    expect(sleutels.doorlooptijdAggregaat('0363')).toContain('0363');
    expect(sleutels.persoonIndex('0363', 'h')).toContain('0363');
    expect(lees('test/e2e/eerste-slice.test.ts')).toContain(
      'keeps cases apart per gemeente and refuses requests without a valid token',
    );
    expect(lees('test/e2e/deadlines.test.ts')).toContain(
      'lists the open steps of the own gemeente by deadline, per status',
    );
  });
});
