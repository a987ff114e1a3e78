// Primary adapter: Cognito pre-token-generation trigger (V1_0, ID token). For a user who signed in through a
// gemeente's own IdP it sets `custom:gemeente` from the configuration of that IdP and `custom:rol` from the first
// configured group the user holds: the tenant and the role never come from the user or from the IdP's own claims.
// No role, no token. Users an administrator created in the pool keep the attributes the administrator set.
import middy from '@middy/core';
import type { PreTokenGenerationTriggerEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import {
  GROEPEN_ATTRIBUUT,
  TRIGGER_KOPPELINGEN_ENV,
  type TriggerKoppelingen,
  TriggerKoppelingen as TriggerKoppelingenSchema,
} from '../../contracts/idp-koppeling';
import type { Rol } from '../../domain/traject/gebeurtenissen';
import { logger } from '../logger';
import '../../domain/zod-meldingen';

const Identiteiten = z.array(z.object({ providerName: z.string() }));

/** Cognito passes a multi-valued IdP attribute as `[a, b]` (OIDC arrays) or `a,b` (SAML): both become a list. */
export function groepenUit(waarde: string | undefined): string[] {
  if (!waarde) return [];
  return waarde
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(',')
    .map((g) => g.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
}

export function claimsVoor(
  koppelingen: TriggerKoppelingen,
  attributen: Record<string, string | undefined>,
): { provider?: string; claims?: { 'custom:gemeente': string; 'custom:rol': Rol } } {
  if (!attributen.identities) return {};
  const identiteiten = Identiteiten.safeParse(JSON.parse(attributen.identities));
  const provider = identiteiten.success ? identiteiten.data[0]?.providerName : undefined;
  const koppeling = provider ? koppelingen[provider] : undefined;
  if (!provider || !koppeling) throw new Error('aanmelding via een identity provider zonder configuratie');
  const groepen = new Set(groepenUit(attributen[`custom:${GROEPEN_ATTRIBUUT}`]));
  const rol = koppeling.groepen.find((g) => groepen.has(g.groep))?.rol;
  if (!rol) throw new Error('geen van de groepen van deze gebruiker geeft een rol');
  return { provider, claims: { 'custom:gemeente': koppeling.gemeente, 'custom:rol': rol } };
}

let koppelingen: TriggerKoppelingen | undefined;
const geconfigureerd = () => {
  koppelingen ??= TriggerKoppelingenSchema.parse(JSON.parse(process.env[TRIGGER_KOPPELINGEN_ENV] ?? '{}'));
  return koppelingen;
};

export const maakHandler = (configuratie: () => TriggerKoppelingen = geconfigureerd) =>
  middy<PreTokenGenerationTriggerEvent, PreTokenGenerationTriggerEvent>().handler(async (event) => {
    const { provider, claims } = claimsVoor(configuratie(), event.request.userAttributes);
    if (claims) {
      event.response.claimsOverrideDetails = {
        claimsToAddOrOverride: claims,
        // Plain claims would win over the custom ones in the API's claim parser; the groups stay out of the token.
        claimsToSuppress: ['gemeente', 'rol', `custom:${GROEPEN_ATTRIBUUT}`],
      };
      logger.info('token voor federatieve gebruiker', {
        provider,
        gemeente: claims['custom:gemeente'],
        rol: claims['custom:rol'],
      });
    }
    return event;
  });

export const handler = maakHandler();
