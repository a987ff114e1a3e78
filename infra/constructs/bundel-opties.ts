// Infrastructure: the esbuild options every Lambda is bundled with, in one place for the function construct
// (schuldhulp-function.ts) and the benchmark (bench/lib/bundels.ts), so the bench measures what is deployed.

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
