// Infrastructure: one Lambda layer with the Powertools tracer, bundled by esbuild at synth (no Docker, like the
// functions), so no function bundle carries its 127 kB and no init pays its import (functions/adapters/getraceerd.ts).
import path from 'node:path';
import { DockerImage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { buildSync } from 'esbuild';
import { TRACER_LAAG_PAD } from '../../functions/adapters/getraceerd';
import { repoRoot } from '../repo-root';

export const TRACER_LAAG_INGANG = 'functions/adapters/tracer-laag.ts';

/** Builds the layer's one file into `uitMap` as Lambda mounts it (`/opt/<path>`); used by the asset and the tests. */
export function bouwTracerLaag(uitMap: string): string {
  const bestand = path.join(uitMap, path.relative('/opt', TRACER_LAAG_PAD));
  buildSync({
    entryPoints: [path.join(repoRoot, TRACER_LAAG_INGANG)],
    outfile: bestand,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: ['@aws-sdk/*'],
    banner: {
      js: "import { createRequire as __createRequireVoorEsm } from 'module'; const require = __createRequireVoorEsm(import.meta.url);",
    },
    logLevel: 'error',
  });
  return bestand;
}

export class TracerLaag extends Construct {
  readonly laag: lambda.LayerVersion;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.laag = new lambda.LayerVersion(this, 'Laag', {
      description: 'schuldhulp-flow: Powertools tracer for the AWS SDK clients (X-Ray subsegments)',
      compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
      compatibleArchitectures: [lambda.Architecture.ARM_64],
      code: lambda.Code.fromAsset(path.join(repoRoot, 'functions/adapters'), {
        bundling: {
          // Never used: local bundling always succeeds where esbuild is installed (a devDependency).
          image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
          local: {
            tryBundle(uitMap: string) {
              bouwTracerLaag(uitMap);
              return true;
            },
          },
        },
      }),
    });
  }
}
