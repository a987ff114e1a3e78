// Primary adapter: the middy chain every HTTP route shares. It parses the body and the claims with zod, calls one use
// case and maps every error once. Handlers stay thin: they name the schema and the use case.
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { Afhankelijkheden } from '../../app/poorten';
import { MAX_BODY_BYTES } from '../../contracts/invoer-grenzen';
import { TrajectId } from '../../contracts/traject-id';
import {
  GeenToegangFout,
  MediatypeFout,
  NietGeauthenticeerdFout,
  NietGevondenFout,
  TeGrootFout,
  ValidatieFout,
} from '../../domain/fouten';
import { type Actor, Rol } from '../../domain/traject/gebeurtenissen';
import { logger } from '../logger';
import { naarProbleem, veldFoutenUit } from './probleem';
import type { RouteRegel } from './route-regels';
import { eisSchrijfrecht } from './schrijfrechten';
import '../../domain/zod-meldingen';

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpAntwoord = APIGatewayProxyStructuredResultV2;

/** Claims as the JWT authorizer passes them: Cognito custom attributes (`custom:gemeente`) or plain claims. */
const RuweClaims = z.object({
  sub: z.string().check(z.minLength(1)),
  gemeente: z.optional(z.string().check(z.regex(/^\d{4}$/))),
  'custom:gemeente': z.optional(z.string().check(z.regex(/^\d{4}$/))),
  rol: z.optional(Rol),
  'custom:rol': z.optional(Rol),
  /** OIDC display name, for letters only. */
  name: z.optional(z.string().check(z.maxLength(200))),
});
/** The claims the chain works with: gemeente and rol from their plain or their Cognito custom name. */
function claimsUit(ruw: unknown): { sub: string; gemeente: string; rol: Rol; naam?: string } | undefined {
  const c = RuweClaims.safeParse(ruw);
  if (!c.success) return undefined;
  const gemeente = c.data.gemeente ?? c.data['custom:gemeente'];
  const rol = c.data.rol ?? c.data['custom:rol'];
  if (!gemeente || !rol) return undefined;
  return { sub: c.data.sub, gemeente, rol, ...(c.data.name ? { naam: c.data.name } : {}) };
}

export interface Gebruiker {
  sub: string;
  gemeente: string;
  rol: Rol;
  actor: Actor;
}

export interface Verzoek<B, Q = undefined> {
  body: B;
  query: Q;
  gebruiker: Gebruiker;
  pad: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  correlatieId: string;
  /** The route key (`GET /trajecten/{id}`), for the inzage log. */
  route: string;
  deps: Afhankelijkheden;
}

function gebruikerUit(event: HttpEvent, rollen: readonly Rol[]): Gebruiker {
  const ruw = event.requestContext.authorizer?.jwt?.claims;
  if (!ruw) throw new NietGeauthenticeerdFout('GEEN_TOKEN', 'een geldig bearer-token is nodig');
  const claims = claimsUit(ruw);
  if (!claims) throw new GeenToegangFout('ONVOLLEDIG_TOKEN', 'het token mist de claim gemeente of rol');
  if (!rollen.includes(claims.rol)) {
    throw new GeenToegangFout('ROL_NIET_TOEGESTAAN', `de rol ${claims.rol} mag dit niet`);
  }
  const { naam, ...gebruiker } = claims;
  return {
    ...gebruiker,
    actor: { soort: 'medewerker', sub: gebruiker.sub, rol: gebruiker.rol, ...(naam ? { naam } : {}) },
  };
}

/** `application/json` or any `+json` type (RFC 6839), with or without parameters such as `charset`. */
const JSON_MEDIATYPE = /^application\/([a-z0-9.!#$&^_-]+\+)?json\s*(;.*)?$/i;

function bodyUit<B>(event: HttpEvent, schema: z.ZodMiniType<B> | undefined): B {
  if (!schema) return undefined as B;
  const mediatype = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  if (!mediatype || !JSON_MEDIATYPE.test(mediatype.trim())) {
    throw new MediatypeFout('GEEN_JSON', 'de body moet JSON zijn: Content-Type application/json', [
      { veld: '(body)', melding: 'verwacht Content-Type application/json' },
    ]);
  }
  const tekst = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  if (Buffer.byteLength(tekst, 'utf8') > MAX_BODY_BYTES) {
    throw new TeGrootFout('BODY_TE_GROOT', `de body is groter dan ${MAX_BODY_BYTES / 1024} KB`, [
      { veld: '(body)', melding: `hoogstens ${MAX_BODY_BYTES} bytes` },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    throw new ValidatieFout('ONGELDIGE_JSON', 'de body is geen geldige JSON', [
      { veld: '(body)', melding: 'verwacht een JSON-object' },
    ]);
  }
  const resultaat = schema.safeParse(json);
  if (!resultaat.success) {
    throw new ValidatieFout(
      'ONGELDIGE_INVOER',
      'het verzoek voldoet niet aan het schema',
      veldFoutenUit(resultaat.error),
    );
  }
  return resultaat.data;
}

/** A malformed id names no case: 404, like a case of another gemeente. */
export function trajectIdUit(pad: Record<string, string | undefined>): string {
  const id = TrajectId.safeParse(pad.id);
  if (!id.success) throw new NietGevondenFout('TRAJECT_NIET_GEVONDEN', 'er is geen traject met dit nummer');
  return id.data;
}

/** The id of a period (opschorting, verlenging) in a path: a malformed one names no period (404). */
export function periodeIdUit(pad: Record<string, string | undefined>, naam: string): string {
  const waarde = pad[naam];
  if (waarde === undefined || !/^[A-Za-z0-9-]{1,64}$/.test(waarde)) {
    throw new NietGevondenFout('PERIODE_NIET_GEVONDEN', 'er is geen periode met dit nummer');
  }
  return waarde;
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpAntwoord {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

function queryUit<Q>(event: HttpEvent, schema: z.ZodMiniType<Q> | undefined): Q {
  if (!schema) return undefined as Q;
  const resultaat = schema.safeParse(event.queryStringParameters ?? {});
  if (!resultaat.success) {
    throw new ValidatieFout(
      'ONGELDIGE_QUERY',
      'de queryparameters voldoen niet aan het schema',
      veldFoutenUit(resultaat.error),
    );
  }
  return resultaat.data;
}

export function httpHandler<B, Q = undefined>(
  deps: () => Afhankelijkheden,
  route: { body?: z.ZodMiniType<B>; query?: z.ZodMiniType<Q>; regel: RouteRegel },
  voerUit: (verzoek: Verzoek<B, Q>) => Promise<HttpAntwoord>,
) {
  return middy<HttpEvent, HttpAntwoord>()
    .before((request) => {
      logger.addContext(request.context);
      logger.appendKeys({ route: request.event.routeKey, requestId: request.event.requestContext.requestId });
    })
    .handler(async (event) => {
      try {
        const { regel } = route;
        const gebruiker = gebruikerUit(event, regel.rollen);
        // The permission matrix, once for every route, from the route's own rule (route-regels.ts) when the event
        // came in on that route (API Gateway's route key; a function serves one route).
        if (`${regel.methode} ${regel.pad}` === event.routeKey) {
          await eisSchrijfrecht(regel, gebruiker, event.pathParameters?.id, deps);
        }
        const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
        return await voerUit({
          body: bodyUit(event, route.body),
          query: queryUit(event, route.query),
          gebruiker,
          pad: event.pathParameters ?? {},
          headers,
          correlatieId: event.requestContext.requestId,
          route: event.routeKey,
          deps: deps(),
        });
      } catch (fout) {
        const { antwoord, intern } = naarProbleem(fout, event.rawPath);
        if (intern)
          logger.error('verzoek mislukt', {
            fout: fout instanceof Error ? fout.name : 'onbekend',
            // The cause by name only (an SDK error such as ProvisionedThroughputExceededException): never its text.
            oorzaak: fout instanceof Error && fout.cause instanceof Error ? fout.cause.name : undefined,
            stack: fout instanceof Error ? fout.stack : undefined,
          });
        else
          logger.info('verzoek geweigerd', {
            status: antwoord.statusCode,
            code: fout instanceof Error && 'code' in fout ? String(fout.code) : undefined,
          });
        return antwoord;
      }
    });
}
