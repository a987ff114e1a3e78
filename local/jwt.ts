// Local runtime: the JWT issuer and verifier that stand in for Cognito and the API Gateway JWT authorizer.
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export const LOKALE_ISSUER = 'https://schuldhulp-flow.local/issuer';
export const LOKALE_AUDIENCE = 'schuldhulp-flow';

export class LokaleJwt {
  private readonly sleutel = randomBytes(32);

  /** `verlooptOp` only for tests of the authorizer (an expired token); by default a token lasts 8 hours. */
  async geefUit(
    claims: { sub: string; gemeente: string; rol: string; naam?: string },
    verlooptOp?: Date,
  ): Promise<string> {
    return new SignJWT({ gemeente: claims.gemeente, rol: claims.rol, ...(claims.naam ? { name: claims.naam } : {}) })
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
