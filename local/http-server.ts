// Local runtime: the HTTP API on 127.0.0.1 with the deployed routes, API Gateway v2 event shapes and JWT checks.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { TokenVerzoek } from '../functions/contracts/api';
import { vandaagInAmsterdam } from '../functions/domain/kalender/kalender';
import { probleem, veldFoutenUit } from '../functions/handlers/http/probleem';
import { routes } from '../functions/handlers/http/routes';
import { logger } from '../functions/handlers/logger';
import type { LokaleBus } from './bus';
import type { LokaleJwt } from './jwt';
import { type LambdaHandler, lambdaContext } from './lambda-context';
import type { LokaleWorkflows } from './workflows';
import '../functions/domain/zod-meldingen';

interface RouteMatcher {
  methode: string;
  routeKey: string;
  regex: RegExp;
  parameters: string[];
  functie: string;
  publiek: boolean;
}

const matchers: RouteMatcher[] = routes.map((r) => {
  const parameters = [...r.pad.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  return {
    methode: r.methode,
    routeKey: `${r.methode} ${r.pad}`,
    regex: new RegExp(`^${r.pad.replace(/\{\w+\}/g, '([^/]+)')}$`),
    parameters,
    functie: r.functie,
    publiek: 'publiek' in r && r.publiek === true,
  };
});

/**
 * One line per request, as API Gateway's access log: who (`sub`), which case, which route, the status and the
 * request id. Ids and codes only: never a name, a contact or a body.
 */
export interface ToegangsRegel {
  requestId: string;
  methode: string;
  route: string;
  status: number;
  ms: number;
  sub?: string;
  gemeente?: string;
  trajectId?: string;
}

/** What one request left for the access log; filled while the request is handled. */
interface Spoor {
  requestId: string;
  route?: string;
  sub?: string;
  gemeente?: string;
  trajectId?: string;
}

export interface LokaleApi {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

export async function startApi(opties: {
  poort: number;
  functies: Record<string, LambdaHandler>;
  jwt: LokaleJwt;
  bus: LokaleBus;
  workflows: LokaleWorkflows;
  /** The simulated clock: `GET /_local/klok` tells a script what day it is on the server (CLOCK_SPEED). */
  klok: () => Date;
  /** Receives every access-log line; default: the structured logger. */
  toegangslog?: (regel: ToegangsRegel) => void;
}): Promise<LokaleApi> {
  const log = opties.toegangslog ?? ((regel: ToegangsRegel) => logger.info('api-toegang', { ...regel }));
  const server = createServer((req, res) => {
    const begin = Date.now();
    const spoor: Spoor = { requestId: randomUUID() };
    behandel(req, opties, spoor)
      .catch((fout: unknown) => {
        // Our own fault: logged with its cause, answered without internals.
        logger.error('lokale api: verzoek mislukt', {
          requestId: spoor.requestId,
          fout: fout instanceof Error ? fout.name : 'onbekend',
          stack: fout instanceof Error ? fout.stack : undefined,
        });
        return probleem(500, 'INTERNE_FOUT', 'er ging iets mis aan onze kant');
      })
      .then((a) => {
        schrijf(res, a);
        log({
          requestId: spoor.requestId,
          methode: req.method ?? 'GET',
          route: spoor.route ?? 'onbekend',
          status: a.statusCode ?? 200,
          ms: Date.now() - begin,
          ...(spoor.sub ? { sub: spoor.sub } : {}),
          ...(spoor.gemeente ? { gemeente: spoor.gemeente } : {}),
          ...(spoor.trajectId ? { trajectId: spoor.trajectId } : {}),
        });
      })
      .catch(() => undefined);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(opties.poort, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function schrijf(res: ServerResponse, a: APIGatewayProxyStructuredResultV2): void {
  res.writeHead(a.statusCode ?? 200, (a.headers ?? {}) as Record<string, string>);
  res.end(a.isBase64Encoded ? Buffer.from(a.body ?? '', 'base64') : (a.body ?? ''));
}

async function leesBody(req: IncomingMessage): Promise<string> {
  const delen: Buffer[] = [];
  for await (const d of req) delen.push(d as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

function decodeerVeilig(waarde: string): string | undefined {
  try {
    return decodeURIComponent(waarde);
  } catch {
    return undefined;
  }
}

function jsonAntwoord(status: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode: status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

async function behandel(
  req: IncomingMessage,
  o: Parameters<typeof startApi>[0],
  spoor: Spoor,
): Promise<APIGatewayProxyStructuredResultV2> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const methode = req.method ?? 'GET';
  const body = await leesBody(req);

  // Local-only routes: never deployed.
  if (url.pathname === '/_local/token' && methode === 'POST') {
    let invoer: unknown;
    try {
      invoer = JSON.parse(body);
    } catch {
      return probleem(400, 'ONGELDIGE_JSON', 'de body is geen geldige JSON', [
        { veld: '(body)', melding: 'verwacht JSON' },
      ]);
    }
    const claims = TokenVerzoek.safeParse(invoer);
    if (!claims.success) return probleem(400, 'ONGELDIGE_INVOER', 'ongeldig tokenverzoek', veldFoutenUit(claims.error));
    return jsonAntwoord(200, { token: await o.jwt.geefUit(claims.data) });
  }
  if (url.pathname === '/_local/klok' && methode === 'GET') {
    const nu = o.klok();
    return jsonAntwoord(200, { nu: nu.toISOString(), vandaag: vandaagInAmsterdam(nu) });
  }
  if (url.pathname === '/_local/events' && methode === 'GET') {
    return jsonAntwoord(200, { events: o.bus.log, deadLetters: o.bus.deadLetters });
  }
  // The dead-letter queue: every event a rule target could not take, with its reason (in AWS: the SQS DLQs).
  if (url.pathname === '/_local/dlq' && methode === 'GET') {
    return jsonAntwoord(200, { berichten: o.bus.deadLetters });
  }
  if (url.pathname === '/_local/dlq/redrive' && methode === 'POST') {
    let opnieuw = 0;
    for (let i = o.bus.deadLetters.length - 1; i >= 0; i--) if (await o.bus.redrive(i)) opnieuw++;
    return jsonAntwoord(200, { opnieuw });
  }
  if (url.pathname === '/_local/executions' && methode === 'GET') {
    return jsonAntwoord(
      200,
      [...o.workflows.executies.values()].map(({ naam, workflow, status, huidigeStaat, fout }) => ({
        naam,
        workflow,
        status,
        huidigeStaat,
        fout,
      })),
    );
  }

  const padMatches = matchers.filter((m) => m.regex.test(url.pathname));
  if (padMatches.length === 0) return probleem(404, 'ROUTE_ONBEKEND', `geen route ${url.pathname}`);
  const route = padMatches.find((m) => m.methode === methode);
  if (!route) return probleem(405, 'METHODE_NIET_TOEGESTAAN', `${methode} is niet toegestaan op ${url.pathname}`);

  // The JWT authorizer runs before the function, as in API Gateway.
  spoor.route = route.routeKey;
  const claims = route.publiek ? undefined : await o.jwt.controleer(req.headers.authorization);
  if (claims?.sub) spoor.sub = claims.sub.slice(0, 200);
  const gemeente = claims?.gemeente ?? claims?.['custom:gemeente'];
  if (gemeente) spoor.gemeente = gemeente.slice(0, 4);
  if (!route.publiek && !claims) return probleem(401, 'GEEN_GELDIG_TOKEN', 'een geldig bearer-token is nodig');

  const waarden = url.pathname.match(route.regex)?.slice(1) ?? [];
  // API Gateway answers a path with malformed percent-encoding (`%`, `%zz`, a cut UTF-8 sequence) with 400 before
  // any function runs; so does the local server, instead of letting decodeURIComponent throw.
  const gedecodeerd = waarden.map(decodeerVeilig);
  if (gedecodeerd.some((w) => w === undefined)) {
    return probleem(400, 'ONGELDIG_PAD', 'het pad bevat een ongeldige procentcodering', [
      { veld: route.parameters[gedecodeerd.indexOf(undefined)] ?? '(pad)', melding: 'ongeldige procentcodering' },
    ]);
  }
  const pathParameters = Object.fromEntries(route.parameters.map((p, i) => [p, gedecodeerd[i] ?? '']));
  if (pathParameters.id && route.routeKey.includes('/trajecten/{id}')) spoor.trajectId = pathParameters.id.slice(0, 64);
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(',') : (v ?? '')]),
  );
  const event = {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.fromEntries(url.searchParams),
    pathParameters,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: '127.0.0.1',
      domainPrefix: '127',
      http: {
        method: methode,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: spoor.requestId,
      routeKey: route.routeKey,
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
      ...(claims ? { authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } } } : {}),
    },
  };
  const functie = o.functies[route.functie];
  if (!functie) return probleem(500, 'INTERNE_FOUT', 'route zonder functie');
  return (await functie(event, lambdaContext(route.functie))) as APIGatewayProxyStructuredResultV2;
}
