// Infrastructure: the esbuild options every Lambda is bundled with, in one place for the function construct
// (schuldhulp-function.ts), the benchmark (bench/lib/bundels.ts) and the size test, so they measure what is deployed.

import type { BuildOptions } from 'esbuild';

/** Matches the `createRequire` shim ESM bundles need for the CommonJS dependencies that call `require`. */
export const ESM_BANNER =
  "import { createRequire as __createRequireVoorEsm } from 'module'; const require = __createRequireVoorEsm(import.meta.url);";

/** The national-scale goal for every bundle's minified JavaScript (issue 11): the bench reports it, a test holds it. */
export const BUNDEL_GRENS_BYTES = 150_000;

export const BUNDEL_OPTIES = {
  format: 'esm',
  target: 'node22',
  platform: 'node',
  // ESM builds first: they tree-shake (Powertools, middy, zod ship both).
  mainFields: ['module', 'main'],
  banner: ESM_BANNER,
  minify: true,
  /** Deployed beside the bundle (index.mjs.map) and used with NODE_OPTIONS=--enable-source-maps. */
  sourceMap: true,
  /** The map holds the mappings, not a copy of the sources: smaller, and no source code in the deployment. */
  sourcesContent: false,
  /** No function imports the SDK (functions/adapters/aws-verzoek.ts calls AWS); the local runtime and tests do. */
  externals: ['@aws-sdk/*'],
  /** The Lambda runtime's Node options: stack traces through the source maps. */
  nodeOptions: '--enable-source-maps',
} as const;

/**
 * The same options as esbuild's own build options, for the builds outside CDK that must equal the deployed one: the
 * bench (bench/lib/bundels.ts) and the size test (test/infra/bundelgrootte.test.ts).
 */
export function esbuildOpties(): Pick<
  BuildOptions,
  | 'bundle'
  | 'minify'
  | 'platform'
  | 'target'
  | 'format'
  | 'mainFields'
  | 'external'
  | 'banner'
  | 'sourcemap'
  | 'sourcesContent'
> {
  return {
    bundle: true,
    minify: BUNDEL_OPTIES.minify,
    platform: BUNDEL_OPTIES.platform,
    target: BUNDEL_OPTIES.target,
    format: BUNDEL_OPTIES.format,
    mainFields: [...BUNDEL_OPTIES.mainFields],
    external: [...BUNDEL_OPTIES.externals],
    banner: { js: BUNDEL_OPTIES.banner },
    sourcemap: BUNDEL_OPTIES.sourceMap,
    sourcesContent: BUNDEL_OPTIES.sourcesContent,
  };
}
