import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { FeaturePlan } from 'aws-cdk-lib/aws-cognito';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Aanmeldconfiguratie, TRIGGER_KOPPELINGEN_ENV } from '../../functions/contracts/idp-koppeling';
import { machinePartners, RESOURCE_SERVER, volledigeScope } from '../../functions/contracts/machine-clients';
import { cognitoPlan } from '../../infra/constructs/aanmelden';
import { VOORBEELD_BESTAND } from '../../infra/gemeenten';
import { repoRoot } from '../../infra/repo-root';
import { bouwTestApp, type TestApp } from './test-app';

const voorbeeld = Aanmeldconfiguratie.parse(JSON.parse(readFileSync(path.join(repoRoot, VOORBEELD_BESTAND), 'utf8')));

describe('sign-in (Cognito federated to the gemeenten)', () => {
  let app: TestApp;
  let template: Template;

  beforeAll(() => {
    app = bouwTestApp();
    template = Template.fromStack(app.service);
  });

  afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

  it('federates to every configured IdP, OIDC and SAML, mapping the groups into idp_groepen and nothing into the tenant or role', () => {
    // Prepare
    const idps = template.findResources('AWS::Cognito::UserPoolIdentityProvider');

    // Act
    const perNaam = Object.fromEntries(
      Object.values(idps).map((r) => [r.Properties.ProviderName, r.Properties as Record<string, unknown>]),
    );

    // Assess
    expect(Object.keys(perNaam).sort()).toEqual(voorbeeld.idps.map((i) => i.naam).sort());
    for (const idp of voorbeeld.idps) {
      const p = perNaam[idp.naam] as { ProviderType: string; AttributeMapping: Record<string, string> };
      expect(p.ProviderType).toBe(idp.soort === 'oidc' ? 'OIDC' : 'SAML');
      expect(p.AttributeMapping['custom:idp_groepen']).toBe(idp.groepAttribuut);
      expect(Object.keys(p.AttributeMapping)).not.toContain('custom:gemeente');
      expect(Object.keys(p.AttributeMapping)).not.toContain('custom:rol');
    }
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderType: 'OIDC',
      ProviderDetails: Match.objectLike({
        oidc_issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000363/v2.0',
        client_secret: '{{resolve:secretsmanager:schuldhulp-flow/idp/0363:SecretString:::}}',
      }),
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderType: 'SAML',
      ProviderDetails: Match.objectLike({ MetadataURL: Match.stringLikeRegexp('^https://adfs\\.') }),
    });
  });

  it('runs the voor-token trigger before every token, with the gemeente and group mapping of the configuration', () => {
    // Prepare
    const trigger = app.service.functies.get('voor-token');

    // Act
    const env = Object.values(
      template.findResources('AWS::Lambda::Function', { Properties: { FunctionName: 'schuldhulp-flow-voor-token' } }),
    )[0]?.Properties?.Environment?.Variables as Record<string, string>;

    // Assess
    expect(trigger).toBeDefined();
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PreTokenGeneration: app.service.resolve(trigger?.functionArn) },
      UserPoolTier: 'LITE',
    });
    expect(JSON.parse(env[TRIGGER_KOPPELINGEN_ENV] ?? '{}')).toEqual({
      Gemeente0363: { gemeente: '0363', groepen: voorbeeld.idps[0]?.groepen },
      Gemeente0599: { gemeente: '0599', groepen: voorbeeld.idps[1]?.groepen },
    });
  });

  it('offers the counsellor UI the federated IdPs only, without a scope that lets a user rewrite its own attributes', () => {
    // Prepare, Act
    const ui = Object.values(template.findResources('AWS::Cognito::UserPoolClient')).find((c) =>
      (c.Properties.AllowedOAuthFlows as string[] | undefined)?.includes('code'),
    )?.Properties as Record<string, string[]>;

    // Assess
    expect(ui.SupportedIdentityProviders?.sort()).toEqual(['Gemeente0363', 'Gemeente0599']);
    expect(ui.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
    expect(ui.WriteAttributes).not.toContain('custom:gemeente');
    expect(ui.WriteAttributes).not.toContain('custom:rol');
    expect(ui.ReadAttributes).toEqual(expect.arrayContaining(['custom:gemeente', 'custom:rol', 'name']));
  });

  it('has one client-credentials client per machine partner with a secret and only its own scope', () => {
    // Prepare
    const machines = Object.values(template.findResources('AWS::Cognito::UserPoolClient')).filter((c) =>
      (c.Properties.AllowedOAuthFlows as string[] | undefined)?.includes('client_credentials'),
    );

    // Act
    const scopes = machines.map((c) => c.Properties.AllowedOAuthScopes as unknown[]);

    // Assess
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: RESOURCE_SERVER,
      Scopes: Object.values(machinePartners).map((p) => ({ ScopeName: p.scope, ScopeDescription: p.omschrijving })),
    });
    expect(machines).toHaveLength(Object.keys(machinePartners).length);
    for (const c of machines) {
      expect(c.Properties).toMatchObject({ GenerateSecret: true, AllowedOAuthFlows: ['client_credentials'] });
    }
    const namen = machines.map((c) => c.Properties.ClientName);
    expect(namen.sort()).toEqual(['schuldhulp-flow-schuldenknooppunt', 'schuldhulp-flow-vroegsignalering']);
    // Each scope resolves to `<resource server>/<scope>`; one per client, none shared.
    const opgelost = JSON.stringify(scopes);
    for (const partner of Object.keys(machinePartners) as (keyof typeof machinePartners)[]) {
      expect(opgelost).toContain(`/${machinePartners[partner].scope}`);
      expect(volledigeScope(partner)).toBe(`${RESOURCE_SERVER}/${machinePartners[partner].scope}`);
    }
    expect(scopes.every((s) => s.length === 1)).toBe(true);
  });

  it('lets the API authorizer accept the UI client and the machine clients', () => {
    // Prepare, Act
    const authorizer = Object.values(template.findResources('AWS::ApiGatewayV2::Authorizer'))[0]?.Properties as {
      JwtConfiguration: { Audience: unknown[] };
    };

    // Assess
    expect(authorizer.JwtConfiguration.Audience).toHaveLength(1 + Object.keys(machinePartners).length);
  });

  it('chooses the Cognito plan on the features used: Lite when all sign in at their IdP, Plus with local users', () => {
    // Prepare, Act, Assess
    expect(cognitoPlan({ lokaleGebruikers: false })).toBe(FeaturePlan.LITE);
    expect(cognitoPlan({ lokaleGebruikers: true })).toBe(FeaturePlan.PLUS);
  });
});
