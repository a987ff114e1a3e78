// Local runtime: the JWT issuer and verifier that stand in for Cognito and the API Gateway JWT authorizer. The token
// carries the claims a Cognito ID token of this stack carries (infra/constructs/aanmelden.ts): `custom:gemeente` and
// `custom:rol` (set by the voor-token trigger for federated users), `token_use: id`, `cognito:username`, `name`.
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export const LOKALE_ISSUER = 'https://schuldhulp-flow.local/issuer';
export const LOKALE_AUDIENCE = 'schuldhulp-flow';

export interface LokaleClaims {
  sub: string;
  gemeente: string;
  rol: string;
  name?: string;
}

export class LokaleJwt {
  private readonly sleutel = randomBytes(32);

  /** `verlooptOp` only for tests of the authorizer (an expired token); by default a token lasts 8 hours. */
  async geefUit(claims: LokaleClaims, verlooptOp?: Date): Promise<string> {
    return new SignJWT({
      'custom:gemeente': claims.gemeente,
      'custom:rol': claims.rol,
      'cognito:username': claims.sub,
      token_use: 'id',
      ...(claims.name ? { name: claims.name } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer(LOKALE_ISSUER)
      .setAudience(LOKALE_AUDIENCE)
      .setIssuedAt(verlooptOp ? Math.floor(verlooptOp.getTime() / 1000) - 3600 : undefined)
      .setExpirationTime(verlooptOp ? Math.floor(verlooptOp.getTime() / 1000) : '8h')
      .sign(this.sleutel);
  }

  /** The claims of a valid token, or undefined (the authorizer then answers 401, as API Gateway does). */
  async controleer(autorisatie: string | undefined): Promise<Record<string, string> | undefined> {
    const token = autorisatie?.match(/^Bearer (.+)$/i)?.[1];
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.sleutel, { issuer: LOKALE_ISSUER, audience: LOKALE_AUDIENCE });
      return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, String(v)]));
    } catch {
      return undefined;
    }
  }
}
