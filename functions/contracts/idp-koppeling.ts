// Contracts: how a gemeente's own identity provider (Entra ID, ADFS, any OIDC or SAML IdP) is tied to the user pool:
// which gemeente its users belong to and which of its groups gives which role. The infrastructure reads the full
// configuration (infra/gemeenten.ts); the pre-token-generation trigger gets only the part without secrets or URLs.
import * as z from 'zod/mini';
import { Rol } from '../domain/traject/gebeurtenissen';

/** Cognito's identity provider name: 1–32 characters of `[\w.-]` (we use `Gemeente<code>` in the example). */
const ProviderNaam = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,32}$/, { error: 'Cognito provider name' })))();
const Gemeentecode = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^\d{4}$/, { error: 'CBS-gemeentecode van 4 cijfers' })))();

/** One IdP group and the role it gives; the first listed group a user holds decides (order is precedence). */
export const GroepRol = /* @__PURE__ */ (() =>
  z.strictObject({ groep: z.string().check(z.minLength(1), z.maxLength(256)), rol: Rol }))();

const Gemeenschappelijk = /* @__PURE__ */ (() => ({
  gemeente: Gemeentecode,
  naam: ProviderNaam,
  /** The IdP attribute that carries the user's groups (Entra ID: `groups`; ADFS: the Group claim URI). */
  groepAttribuut: z.string().check(z.minLength(1), z.maxLength(256)),
  groepen: z.array(GroepRol).check(z.minLength(1), z.maxLength(20)),
}))();

export const IdpKoppeling = /* @__PURE__ */ (() =>
  z.discriminatedUnion('soort', [
    z.strictObject({
      soort: z.literal('oidc'),
      ...Gemeenschappelijk,
      issuer: z.url({ protocol: /^https$/ }),
      clientId: z.string().check(z.minLength(1), z.maxLength(256)),
      /** Name of the Secrets Manager secret that holds the OIDC client secret: never the secret itself. */
      clientSecretNaam: z.string().check(z.minLength(1), z.maxLength(512)),
    }),
    z.strictObject({
      soort: z.literal('saml'),
      ...Gemeenschappelijk,
      metadataUrl: z.url({ protocol: /^https$/ }),
    }),
  ]))();
export type IdpKoppeling = z.infer<typeof IdpKoppeling>;

export const Aanmeldconfiguratie = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Prefix of the Cognito domain (`<prefix>.auth.<region>.amazoncognito.com`), unique per region. */
    domeinPrefix: z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/)),
    /** Where the counsellor UI receives the authorisation code, and where sign-out returns. */
    callbackUrls: z.array(z.url()).check(z.minLength(1), z.maxLength(20)),
    logoutUrls: z.array(z.url()).check(z.minLength(1), z.maxLength(20)),
    /** Also allow administrator-created users in the pool (gemeenten without an IdP of their own). */
    lokaleGebruikers: z.boolean(),
    idps: z.array(IdpKoppeling).check(
      z.maxLength(100),
      z.refine((idps) => new Set(idps.map((i) => i.naam)).size === idps.length, 'provider names must be unique'),
    ),
  }))();
export type Aanmeldconfiguratie = z.infer<typeof Aanmeldconfiguratie>;

/** What the trigger needs per provider: the gemeente and the group → role list, no secrets, no URLs. */
export const TriggerKoppelingen = /* @__PURE__ */ (() =>
  z.record(ProviderNaam, z.strictObject({ gemeente: Gemeentecode, groepen: z.array(GroepRol) })))();
export type TriggerKoppelingen = z.infer<typeof TriggerKoppelingen>;

export const TRIGGER_KOPPELINGEN_ENV = 'IDP_KOPPELINGEN';

export function triggerKoppelingen(configuratie: Aanmeldconfiguratie): TriggerKoppelingen {
  return Object.fromEntries(configuratie.idps.map((i) => [i.naam, { gemeente: i.gemeente, groepen: i.groepen }]));
}

/** The user pool attribute the IdP's groups are mapped into; the trigger reads it, nobody else. */
export const GROEPEN_ATTRIBUUT = 'idp_groepen';
