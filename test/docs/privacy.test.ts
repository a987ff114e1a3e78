// docs/privacy/ stays true: the generated parts are what the code says, and the papers a privacy officer files exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../infra/repo-root';
import { privacyDocumenten, veldenPerRoute } from '../../scripts/privacy-documenten';

const lees = (bestand: string) => readFileSync(join(repoRoot, bestand), 'utf8');

describe('docs/privacy', () => {
  it.each(Object.entries(privacyDocumenten()))(
    '%s equals the generator output (npx tsx scripts/privacy-documenten.ts)',
    (bestand, inhoud) => {
      expect(lees(bestand)).toBe(inhoud);
    },
  );

  it('names every field of every request body, so a new field cannot go unregistered', () => {
    // Prepare
    const categorieen = lees('docs/privacy/gegevenscategorieen.md');

    // Act
    const ontbrekend = [...veldenPerRoute().keys()].filter((veld) => !categorieen.includes(`\`${veld}\``));

    // Assess
    expect(veldenPerRoute().size).toBeGreaterThan(20);
    expect(ontbrekend).toEqual([]);
    expect(categorieen).toMatch(/\| Identificatie \| persoonsgegeven \| [^|]*`naam`/);
  });

  it('has the register entry, the data flows for a DPIA and the BIO mapping, each linking the generated tables', () => {
    for (const bestand of ['verwerkingsregister.md', 'gegevensstromen.md', 'bio-maatregelen.md']) {
      expect(existsSync(join(repoRoot, 'docs/privacy', bestand))).toBe(true);
    }
    const register = lees('docs/privacy/verwerkingsregister.md');
    expect(register).toContain('(gegevenscategorieen.md)');
    expect(register).toContain('(bewaartermijnen.md)');
  });
});
