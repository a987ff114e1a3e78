// `tsx bench/herschrijf-rapport.ts`: rewrites bench/results/latest.md and the README's bench block from
// bench/results/latest.json with the current generator, without measuring again (after a change to rapport.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/gemeen';
import { type Resultaat, rapport } from './lib/rapport';
import { metBlok, readmeBlok } from './lib/readme-blok';

const resultaten = join(ROOT, 'bench', 'results');
const md = rapport(JSON.parse(readFileSync(join(resultaten, 'latest.json'), 'utf8')) as Resultaat);
writeFileSync(join(resultaten, 'latest.md'), md);
const readme = join(ROOT, 'README.md');
writeFileSync(readme, metBlok(readFileSync(readme, 'utf8'), readmeBlok(md)));
