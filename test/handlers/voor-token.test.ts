import type { PreTokenGenerationTriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { TriggerKoppelingen } from '../../functions/contracts/idp-koppeling';
import { groepenUit, maakHandler } from '../../functions/handlers/cognito/voor-token';
import { lambdaContext } from '../../local/lambda-context';

const koppelingen: TriggerKoppelingen = {
  Gemeente0363: {
    gemeente: '0363',
    groepen: [
      { groep: 'tl', rol: 'teamleider' },
      { groep: 'shv', rol: 'consulent' },
    ],
  },
  Gemeente0599: { gemeente: '0599', groepen: [{ groep: 'SHV-Consulenten', rol: 'consulent' }] },
};

function event(userAttributes: Record<string, string>): PreTokenGenerationTriggerEvent {
  return {
    version: '1',
    triggerSource: 'TokenGeneration_HostedAuth',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_test',
    userName: 'Gemeente0363_abc',
    callerContext: { awsSdkVersion: '1', clientId: 'ui' },
    request: { userAttributes, groupConfiguration: { groupsToOverride: [], iamRolesToAssume: [] } },
    response: { claimsOverrideDetails: {} },
  } as PreTokenGenerationTriggerEvent;
}
const federatief = (provider: string, extra: Record<string, string>) => ({
  sub: 'u-1',
  identities: JSON.stringify([{ providerName: provider, providerType: 'OIDC', userId: 'x' }]),
  ...extra,
});
const handler = maakHandler(() => koppelingen);
const roep = (e: PreTokenGenerationTriggerEvent) => handler(e, lambdaContext('voor-token'));

describe('voor-token (pre-token-generation trigger)', () => {
  it('sets the gemeente of the IdP and the role of the first configured group, overriding what the IdP sent', async () => {
    // Prepare: the IdP claims another gemeente and role; the user holds both configured groups.
    const e = event(
      federatief('Gemeente0363', {
        'custom:idp_groepen': '[shv, tl]',
        'custom:gemeente': '0599',
        'custom:rol': 'teamleider',
      }),
    );

    // Act
    const uit = await roep(e);

    // Assess: precedence is the configuration's order (tl before shv), not the IdP's.
    expect(uit.response.claimsOverrideDetails.claimsToAddOrOverride).toEqual({
      'custom:gemeente': '0363',
      'custom:rol': 'teamleider',
    });
    expect(uit.response.claimsOverrideDetails.claimsToSuppress).toEqual(['gemeente', 'rol', 'custom:idp_groepen']);
  });

  it('refuses a token when none of the groups gives a role, or the IdP is not configured', async () => {
    // Prepare, Act, Assess
    await expect(roep(event(federatief('Gemeente0599', { 'custom:idp_groepen': 'Iedereen' })))).rejects.toThrow(
      /geen van de groepen/,
    );
    await expect(roep(event(federatief('Gemeente9999', { 'custom:idp_groepen': 'shv' })))).rejects.toThrow(
      /zonder configuratie/,
    );
  });

  it('leaves an administrator-created user as the administrator set it', async () => {
    // Prepare
    const e = event({ sub: 'u-2', 'custom:gemeente': '0363', 'custom:rol': 'consulent' });

    // Act
    const uit = await roep(e);

    // Assess
    expect(uit.response.claimsOverrideDetails).toEqual({});
  });

  it('reads the groups of OIDC arrays and SAML lists alike', () => {
    // Prepare, Act, Assess
    expect(groepenUit('["a", "b"]')).toEqual(['a', 'b']);
    expect(groepenUit('[a, b]')).toEqual(['a', 'b']);
    expect(groepenUit('SHV-Consulenten,SHV-Teamleiders')).toEqual(['SHV-Consulenten', 'SHV-Teamleiders']);
    expect(groepenUit(undefined)).toEqual([]);
  });
});
