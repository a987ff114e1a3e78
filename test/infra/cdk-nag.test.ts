import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bouwTestApp } from './test-app';

interface ValidatieRapport {
  pluginReports: {
    pluginName: string;
    violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
}

/** Synthesizes with the AwsSolutions checks bouwApp registers; returns every unacknowledged finding. */
function bevindingen(): string[] {
  const { app, outdir } = bouwTestApp();
  let fout: unknown;
  try {
    app.synth();
  } catch (e) {
    fout = e;
  }
  const rapport = JSON.parse(readFileSync(path.join(outdir, 'validation-report.json'), 'utf8')) as ValidatieRapport;
  rmSync(outdir, { recursive: true, force: true });
  const gevonden = rapport.pluginReports.flatMap((p) =>
    p.violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} ${c.constructPath}`)),
  );
  if (fout && gevonden.length === 0) throw fout;
  return gevonden;
}

describe('cdk-nag AwsSolutions', () => {
  let gevonden: string[];

  beforeAll(() => {
    gevonden = bevindingen();
  });

  it('leaves no unacknowledged finding', () => {
    expect(gevonden).toEqual([]);
  });

  it('does report findings once their acknowledgements are gone (the check is live)', () => {
    const acknowledge = Validations.prototype.acknowledge;
    Validations.prototype.acknowledge = () => {};
    try {
      const zonder = bevindingen();
      expect(zonder).toEqual(expect.arrayContaining([expect.stringMatching(/^AwsSolutions-L1 /)]));
      expect(zonder).toEqual(expect.arrayContaining([expect.stringMatching(/^AwsSolutions-SF1 /)]));
    } finally {
      Validations.prototype.acknowledge = acknowledge;
    }
  });
});
