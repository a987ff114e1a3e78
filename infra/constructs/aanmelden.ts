// Infrastructure: sign-in. A Cognito user pool federated to each gemeente's own identity provider (OIDC or SAML, from
// infra/gemeenten.ts), a pre-token-generation trigger that sets the gemeente and the role from that configuration, and
// one client-credentials app client per machine partner with the scope of the event source it delivers.
import { Duration, RemovalPolicy, SecretValue, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import {
  type Aanmeldconfiguratie,
  GROEPEN_ATTRIBUUT,
  type IdpKoppeling,
  TRIGGER_KOPPELINGEN_ENV,
  triggerKoppelingen,
} from '../../functions/contracts/idp-koppeling';
import { type MachinePartner, machinePartners, RESOURCE_SERVER } from '../../functions/contracts/machine-clients';

/**
 * The plan follows the features used. Federation (OIDC, SAML), the V1_0 pre-token trigger that customises the ID
 * token, TOTP MFA and client-credentials clients are in every plan, so Lite suffices when every counsellor signs in at
 * the gemeente's IdP (whose own MFA and conditional access apply). Administrator-created users sign in with a password
 * at Cognito itself; for them threat protection (compromised credentials, adaptive authentication) is worth Plus.
 * Essentials adds managed login, passwordless and access-token customisation, none of which this stack uses.
 * Prices: infra/kosten.ts.
 */
export function cognitoPlan(configuratie: Pick<Aanmeldconfiguratie, 'lokaleGebruikers'>): cognito.FeaturePlan {
  return configuratie.lokaleGebruikers ? cognito.FeaturePlan.PLUS : cognito.FeaturePlan.LITE;
}

/** Lambda's limit is 4 KB for all environment variables together; the rest of the function's variables need room. */
const MAX_KOPPELINGEN_BYTES = 3_000;

export interface AanmeldenProps {
  configuratie: Aanmeldconfiguratie;
  /** The catalogue's `voor-token` function. */
  voorToken: lambda.Function;
}

export class Aanmelden extends Construct {
  readonly gebruikers: cognito.UserPool;
  readonly uiClient: cognito.UserPoolClient;
  readonly machineClients: ReadonlyMap<MachinePartner, cognito.UserPoolClient>;
  readonly idps: readonly cognito.IUserPoolIdentityProvider[];

  constructor(scope: Construct, id: string, props: AanmeldenProps) {
    super(scope, id);
    const { configuratie } = props;
    const plan = cognitoPlan(configuratie);

    // The tenant and role are custom attributes only an administrator (local users) or the trigger (federated users)
    // sets; the IdP's groups land in `idp_groepen`, which only the trigger reads.
    this.gebruikers = new cognito.UserPool(this, 'Gebruikers', {
      userPoolName: 'schuldhulp-flow',
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      customAttributes: {
        gemeente: new cognito.StringAttribute({ minLen: 4, maxLen: 4, mutable: true }),
        rol: new cognito.StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        [GROEPEN_ATTRIBUUT]: new cognito.StringAttribute({ minLen: 0, maxLen: 2048, mutable: true }),
      },
      featurePlan: plan,
      ...(plan === cognito.FeaturePlan.PLUS
        ? { standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION }
        : {}),
      lambdaTriggers: { preTokenGeneration: props.voorToken },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (plan !== cognito.FeaturePlan.PLUS) {
      Validations.of(this.gebruikers).acknowledge({
        id: 'AwsSolutions-COG8',
        reason:
          'Lite plan on purpose: every counsellor signs in at the gemeente IdP (its MFA and conditional access apply) and threat protection does not cover federated sign-ins; with lokaleGebruikers the pool moves to Plus with threat protection enforced.',
      });
    }

    const koppelingen = JSON.stringify(triggerKoppelingen(configuratie));
    if (Buffer.byteLength(koppelingen) > MAX_KOPPELINGEN_BYTES) {
      throw new Error(
        `the group → role mapping of ${configuratie.idps.length} IdPs is ${Buffer.byteLength(koppelingen)} bytes; Lambda environment variables hold 4 KB in all (keep groups short, or move the mapping to the table)`,
      );
    }
    props.voorToken.addEnvironment(TRIGGER_KOPPELINGEN_ENV, koppelingen);

    this.idps = configuratie.idps.map((idp) => this.idp(idp));

    this.gebruikers.addDomain('Domein', { cognitoDomain: { domainPrefix: configuratie.domeinPrefix } });

    this.uiClient = this.gebruikers.addClient('Ui', {
      authFlows: { userSrp: configuratie.lokaleGebruikers },
      generateSecret: false,
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        // Not aws.cognito.signin.user.admin: with it a user could rewrite their own mapped attributes.
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: configuratie.callbackUrls,
        logoutUrls: configuratie.logoutUrls,
      },
      supportedIdentityProviders: [
        ...(configuratie.lokaleGebruikers ? [cognito.UserPoolClientIdentityProvider.COGNITO] : []),
        ...configuratie.idps.map((idp) => cognito.UserPoolClientIdentityProvider.custom(idp.naam)),
      ],
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(10),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('gemeente', 'rol'),
      // Federation writes the mapped attributes through the client, so it may write those three; never
      // `custom:gemeente` or `custom:rol`: a user must not move themselves to another tenant or role.
      writeAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, fullname: true })
        .withCustomAttributes(GROEPEN_ATTRIBUUT),
    });
    for (const idp of this.idps) this.uiClient.node.addDependency(idp);

    const server = this.gebruikers.addResourceServer('Api', {
      identifier: RESOURCE_SERVER,
      userPoolResourceServerName: 'schuldhulp-flow',
      scopes: Object.values(machinePartners).map(
        (p) => new cognito.ResourceServerScope({ scopeName: p.scope, scopeDescription: p.omschrijving }),
      ),
    });
    const machines = new Map<MachinePartner, cognito.UserPoolClient>();
    for (const [partner, def] of Object.entries(machinePartners) as [
      MachinePartner,
      (typeof machinePartners)[MachinePartner],
    ][]) {
      const scope = new cognito.ResourceServerScope({ scopeName: def.scope, scopeDescription: def.omschrijving });
      machines.set(
        partner,
        this.gebruikers.addClient(`Machine${partner[0]?.toUpperCase()}${partner.slice(1)}`, {
          userPoolClientName: `schuldhulp-flow-${partner}`,
          generateSecret: true,
          authFlows: {},
          oAuth: {
            flows: { clientCredentials: true },
            scopes: [cognito.OAuthScope.resourceServer(server, scope)],
          },
          accessTokenValidity: Duration.hours(1),
          preventUserExistenceErrors: true,
        }),
      );
    }
    this.machineClients = machines;
  }

  private idp(idp: IdpKoppeling): cognito.IUserPoolIdentityProvider {
    const attributeMapping: cognito.AttributeMapping = {
      email: cognito.ProviderAttribute.other(
        idp.soort === 'oidc' ? 'email' : 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      ),
      fullname: cognito.ProviderAttribute.other(
        idp.soort === 'oidc' ? 'name' : 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      ),
      // CDK passes these keys through as they are, and Cognito names a custom attribute with its prefix.
      custom: { [`custom:${GROEPEN_ATTRIBUUT}`]: cognito.ProviderAttribute.other(idp.groepAttribuut) },
    };
    if (idp.soort === 'oidc') {
      return new cognito.UserPoolIdentityProviderOidc(this, idp.naam, {
        userPool: this.gebruikers,
        name: idp.naam,
        issuerUrl: idp.issuer,
        clientId: idp.clientId,
        // A dynamic reference resolved by CloudFormation at deploy: the secret is never in the template or the repo.
        clientSecret: SecretValue.secretsManager(idp.clientSecretNaam).unsafeUnwrap(),
        scopes: ['openid', 'email', 'profile'],
        attributeRequestMethod: cognito.OidcAttributeRequestMethod.GET,
        attributeMapping,
      });
    }
    return new cognito.UserPoolIdentityProviderSaml(this, idp.naam, {
      userPool: this.gebruikers,
      name: idp.naam,
      metadata: cognito.UserPoolIdentityProviderSamlMetadata.url(idp.metadataUrl),
      idpSignout: true,
      attributeMapping,
    });
  }
}
