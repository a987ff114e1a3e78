import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterEach, describe, expect, it } from 'vitest';
import { bouwApp } from '../../infra/bouw-app';
import { omgeving, REGIO_ENV, regioVan, STANDAARD_REGIO } from '../../infra/regio';

describe('region pinning', () => {
  const mappen: string[] = [];
  const nieuweApp = (context: Record<string, unknown> = {}) => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'schuldhulp-regio-'));
    mappen.push(outdir);
    return new App({ outdir, context: { 'aws:cdk:bundling-stacks': [], ...context } });
  };
  afterEach(() => {
    for (const map of mappen.splice(0)) rmSync(map, { recursive: true, force: true });
  });

  // A whole synth: slow on a loaded machine.
  it('synthesizes eu-west-1 templates when the CLI passes its us-east-1 fallback and nothing else is set', {
    timeout: 120_000,
  }, () => {
    // Prepare: what `cdk synth` without any AWS configuration puts in the environment.
    const env = { CDK_DEFAULT_REGION: 'us-east-1' };
    const app = nieuweApp();

    // Act
    const { stateful, service } = bouwApp(app, omgeving(app, env));

    // Assess: both stacks and the region-bearing names in the template.
    expect(STANDAARD_REGIO).toBe('eu-west-1');
    expect([stateful.region, service.region]).toEqual(['eu-west-1', 'eu-west-1']);
    const buckets = Template.fromStack(stateful).findResources('AWS::S3::Bucket');
    const namen = Object.values(buckets).map(
      (b) => (b as { Properties?: { BucketName?: string } }).Properties?.BucketName,
    );
    expect(namen.filter(Boolean).every((n) => n?.endsWith('-eu-west-1'))).toBe(true);
  });

  it('takes another EEA region from the context or from the environment, the context first', () => {
    // Prepare, Act, Assess
    expect(regioVan(nieuweApp({ regio: 'eu-central-1' }), {})).toBe('eu-central-1');
    expect(regioVan(nieuweApp(), { [REGIO_ENV]: 'eu-north-1' })).toBe('eu-north-1');
    expect(regioVan(nieuweApp({ regio: 'eu-west-3' }), { [REGIO_ENV]: 'eu-north-1' })).toBe('eu-west-3');
  });

  it('refuses a region outside the EEA, wherever it comes from', () => {
    // Prepare, Act, Assess
    expect(() => regioVan(nieuweApp({ regio: 'us-east-1' }), {})).toThrow(/outside the EEA/);
    expect(() => regioVan(nieuweApp(), { [REGIO_ENV]: 'eu-west-2' })).toThrow(/outside the EEA/);
  });
});
