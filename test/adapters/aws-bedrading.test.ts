// Adapter: every Lambda wires the ports its code uses, and only ports its grants allow. The ports a handler uses are
// read from its bundle as esbuild builds it (the property accesses on the dependencies in the application and handler
// code that the tree shaking keeps), the ports it wires from its call of awsAfhankelijkheden.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { AWS_POORTEN, type AwsPoort } from '../../functions/adapters/aws-bedrading';
import { routes } from '../../functions/handlers/http/routes';
import { schrijfregelVan } from '../../functions/handlers/http/schrijfrechten';
import { BUNDEL_OPTIES } from '../../infra/constructs/bundel-opties';
import { functieCatalogus } from '../../infra/functie-catalogus';

const ROOT = join(__dirname, '..', '..');
const HANDLERS = join(ROOT, 'functions', 'handlers');

/** The grant of infra/functie-catalogus.ts each port's adapter needs. */
const GRANT: Record<AwsPoort, 'tabel' | 'bus' | 'workflow' | 'pseudoniem' | 'documenten'> = {
  opslag: 'tabel',
  lijsten: 'tabel',
  outbox: 'tabel',
  consulent: 'tabel',
  inzage: 'tabel',
  configuratie: 'tabel',
  bewaring: 'tabel',
  signalen: 'tabel',
  events: 'bus',
  koppelingen: 'bus',
  schuldenknooppunt: 'bus',
  workflow: 'workflow',
  pseudoniem: 'pseudoniem',
  documenten: 'documenten',
};

/**
 * Ports a bundle keeps that the function never calls, so it is not granted their resources: the shared
 * schrijfOpTraject (functions/app/consulent/schrijf-op-traject.ts) wakes the waiting workflows only with
 * `herbereken`, which only corrigeer-feit passes. They stay wired, as they were: the adapter is never made.
 */
const DODE_PADEN: Record<string, readonly AwsPoort[]> = {
  'functions/handlers/http/draag-begeleiding-over.ts': ['workflow'],
  'functions/handlers/http/leg-contactmoment-vast.ts': ['workflow'],
  'functions/handlers/http/leg-notitie-vast.ts': ['workflow'],
  'functions/handlers/http/voeg-document-toe.ts': ['workflow'],
  'functions/handlers/http/wijzig-persoon.ts': ['workflow'],
};

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    return statSync(pad).isDirectory() ? bestanden(pad) : pad.endsWith('.ts') ? [pad] : [];
  });
}

const ingangen = bestanden(HANDLERS)
  .filter((pad) => /^export\s+const\s+handler\b/m.test(readFileSync(pad, 'utf8')))
  .sort();

/** The ports a handler wires: those it names in `awsBedrading({ ... })`, or all with `awsAfhankelijkheden`. */
function bedraad(bron: string): { poorten: AwsPoort[]; alle: boolean } {
  if (/maakHandler\(awsAfhankelijkheden\)/.test(bron)) return { poorten: [...AWS_POORTEN], alle: true };
  const m = bron.match(/awsBedrading\(\{([^}]*)\}\)/);
  const namen = (m?.[1] ?? '').split(',').map((p) => p.trim().split(':')[0]?.trim() ?? '');
  return { poorten: AWS_POORTEN.filter((p) => namen.includes(p)), alle: false };
}

/**
 * The ports the kept application and handler code of a bundle reads: the use cases take the dependencies as `deps`
 * (esbuild may rename it `deps2`), a handler as `deps()`. The HTTP chain reads `opslag` for the write permission of a `begeleider`
 * route only (from the route's rule), and the bus adapters build on `events`.
 */
function gebruikt(bundel: string, bestand: string): AwsPoort[] {
  const delen = bundel.split(/^\/\/ (functions\/\S+)$/m);
  const code = delen.filter((_, i) => {
    const bron = delen[i - 1] ?? '';
    return (
      i % 2 === 0 && /^functions\/(app|handlers)\//.test(bron) && !/\/(http-handler|schrijfrechten)\.ts$/.test(bron)
    );
  });
  const tekst = code.join('\n');
  const poorten = new Set(AWS_POORTEN.filter((p) => new RegExp(`\\bdeps\\d*(\\(\\))?\\.${p}\\b`).test(tekst)));
  const route = routes.find((r) => `functions/handlers/http/${r.functie}.ts` === bestand);
  if (route && schrijfregelVan(route) === 'begeleider') poorten.add('opslag');
  if (poorten.has('koppelingen') || poorten.has('schuldenknooppunt')) poorten.add('events');
  return AWS_POORTEN.filter((p) => poorten.has(p));
}

describe('the Lambda wiring', () => {
  const perFunctie = new Map<string, { bedraad: { poorten: AwsPoort[]; alle: boolean }; gebruikt: AwsPoort[] }>();

  beforeAll(async () => {
    const { outputFiles } = await build({
      entryPoints: ingangen,
      outdir: '/uit',
      outbase: HANDLERS,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      mainFields: ['module', 'main'],
      external: [...BUNDEL_OPTIES.externals],
      logLevel: 'silent',
    });
    for (const ingang of ingangen) {
      const naam = relative(HANDLERS, ingang).replace(/\.ts$/, '').split(sep).join('/');
      const uit = outputFiles.find((f) => f.path === `/uit/${naam}.js`);
      if (!uit) throw new Error(`no bundle for ${naam}`);
      const bestand = relative(ROOT, ingang).split(sep).join('/');
      perFunctie.set(bestand, {
        bedraad: bedraad(readFileSync(ingang, 'utf8')),
        gebruikt: gebruikt(uit.text, bestand),
      });
    }
  }, 120_000);

  it('wires every port a handler bundle uses', () => {
    // Act
    const ontbrekend = [...perFunctie].flatMap(([bestand, { bedraad, gebruikt }]) =>
      gebruikt.filter((p) => !bedraad.poorten.includes(p)).map((p) => `${bestand}: ${p}`),
    );

    // Assess
    expect(ontbrekend).toEqual([]);
  });

  it('wires only ports whose AWS resources the function is granted', () => {
    // Act
    // With every adapter (awsAfhankelijkheden) the unused ones are never made: what it uses must be granted.
    const zonderGrant = [...perFunctie].flatMap(([bestand, { bedraad, gebruikt }]) => {
      const f = functieCatalogus.find((d) => d.bestand === bestand);
      return (bedraad.alle ? gebruikt : bedraad.poorten)
        .filter((p) => !f?.[GRANT[p]] && !DODE_PADEN[bestand]?.includes(p))
        .map((p) => `${bestand}: ${p} without ${GRANT[p]}`);
    });

    // Assess
    expect(zonderGrant).toEqual([]);
  });

  it('wires no port the handler does not use', () => {
    // Act
    const overbodig = [...perFunctie].flatMap(([bestand, { bedraad, gebruikt }]) =>
      bedraad.alle ? [] : bedraad.poorten.filter((p) => !gebruikt.includes(p)).map((p) => `${bestand}: ${p}`),
    );

    // Assess: an unused adapter only costs bundle size, but it shows a wiring that no longer matches the code
    expect(overbodig).toEqual([]);
  });
});
