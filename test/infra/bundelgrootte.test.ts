// Infrastructure: every Lambda bundle, built with the construct's own esbuild options (infra/constructs/
// bundel-opties.ts), stays within the 150 kB of minified JavaScript the national-scale goal sets (issue 11). A size,
// not a timing: the same source gives the same bytes on every machine. The bench reports the same figure with init
// times beside it (`npm run bench`, bench/lib/bundels.ts).
import { relative, sep } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lambdaIngangen } from '../../bench/lib/bundels';
import { BUNDEL_GRENS_BYTES, esbuildOpties } from '../../infra/constructs/bundel-opties';

const HANDLERS = `${process.cwd()}/functions/handlers`;

describe('the Lambda bundles', () => {
  it('are each at most 150 kB of minified JavaScript, as deployed', async () => {
    // Act
    const ingangen = lambdaIngangen();
    const { outputFiles } = await build({
      entryPoints: ingangen,
      outdir: '/uit',
      outbase: HANDLERS,
      outExtension: { '.js': '.mjs' },
      ...esbuildOpties(),
      write: false,
      logLevel: 'silent',
    });
    const bundels = outputFiles.filter((f) => f.path.endsWith('.mjs'));
    const teGroot = bundels
      .filter((f) => f.contents.byteLength > BUNDEL_GRENS_BYTES)
      .map((f) => `${relative('/uit', f.path).split(sep).join('/')}: ${(f.contents.byteLength / 1000).toFixed(1)} kB`);

    // Assess
    expect(bundels).toHaveLength(ingangen.length);
    expect(teGroot).toEqual([]);
  }, 120_000);
});
