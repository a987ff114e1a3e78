// The README stays true: its norm table is the catalogue, and it lists every route.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Resultaat, rapport } from '../../bench/lib/rapport';
import { README_BEGIN, README_EINDE, readmeBlok } from '../../bench/lib/readme-blok';
import { routes } from '../../functions/handlers/http/routes';
import { normenTabel } from '../../scripts/normen-tabel';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('shows the norm catalogue as it is in code', () => {
    const blok = readme.split('<!-- normen:start -->')[1]?.split('<!-- normen:end -->')[0]?.trim();
    expect(blok).toBe(normenTabel());
  });

  it('shows the summary of the latest benchmark run (bench/results/latest.md)', () => {
    const latest = readFileSync(join(import.meta.dirname, '..', '..', 'bench', 'results', 'latest.md'), 'utf8');
    expect(readme).toContain(`${README_BEGIN}\n${readmeBlok(latest)}\n${README_EINDE}`);
  });

  it('has the benchmark tables the generator makes from the latest result (latest.json → latest.md)', () => {
    const resultaten = join(import.meta.dirname, '..', '..', 'bench', 'results');
    const json = JSON.parse(readFileSync(join(resultaten, 'latest.json'), 'utf8')) as Resultaat;
    expect(readFileSync(join(resultaten, 'latest.md'), 'utf8')).toBe(rapport(json));
  });

  it('lists every route of the API', () => {
    for (const r of routes) expect(readme).toContain(`\`${r.methode} ${r.pad}`);
  });
});
