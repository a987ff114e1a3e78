// Test support: the CDK app without bundling (`aws:cdk:bundling-stacks: []`), plus lookups into the templates.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { bouwApp, type SchuldhulpApp } from '../../infra/bouw-app';

export const TEST_ENV = { account: '123456789012', region: 'eu-west-1' };

export interface TestApp extends SchuldhulpApp {
  app: App;
  outdir: string;
}

export function bouwTestApp(): TestApp {
  const outdir = mkdtempSync(path.join(tmpdir(), 'schuldhulp-cdk-'));
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  return { app, outdir, ...bouwApp(app, TEST_ENV) };
}

type Resource = { Type: string; Properties?: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource: unknown };

/** The IAM actions in every policy attached to the role with this logical id. */
/**
 * The actions of a role. The inzage log's statements (Sid `InzageLog…`: PutItem only on `INZAGE#` keys) are left
 * out unless `inzage` is asked for: they are checked on their own, so "writes the case store" keeps its meaning.
 */
export function actiesVanRol(template: Template, rolLogicalId: string, opties: { inzage?: boolean } = {}): Set<string> {
  const acties = new Set<string>();
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy')) as Resource[]) {
    const rollen = (policy.Properties?.Roles ?? []) as unknown[];
    if (!rollen.some((r) => JSON.stringify(r) === JSON.stringify({ Ref: rolLogicalId }))) continue;
    const document = policy.Properties?.PolicyDocument as { Statement: (Statement & { Sid?: string })[] };
    for (const statement of document.Statement) {
      const inzage = statement.Sid?.startsWith('InzageLog') === true;
      if (inzage !== (opties.inzage === true)) continue;
      for (const actie of [statement.Action].flat()) acties.add(actie);
    }
  }
  return acties;
}
