import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { bodyLimitBytes, HTTP_TIMEOUTS } from '@/contract/limits';
import { MOCK_ANSWER_HEADER, MOCK_ANSWER_VALUE } from '@/contract/transport';
import { armError } from './handlers/arm-response';
import { tooLargeResponse } from './handlers/body-limit';
import { createHandlers, type HandlerDeps } from './handlers/create-handlers';
import { readBoundedBody } from './http/bounded-body';
import { createOriginPolicy, type OriginPolicy } from './http/origin-policy';
import { checkRequestTarget } from './http/request-target';
import { allowedMethods } from './http/route-methods';
import { createMemoryStorage } from './store/key-value-storage';
import { createMockStore, type MockStore } from './store/mock-store';

// The same handlers over HTTP, for curl, the official Azure SDKs and CLI, and other teams' suites:
// run by `npm run mock-api` (src/server/mock-api.ts) and by the package's command (src/server/cli.ts).
// A small node:http adapter over MSW's getResponse (no Express needed). It is a server that whole CI
// fleets share, so the edge is where every input is bounded and checked (docs/contract.md §9): the
// request line, the method, the body's size, and who may write.

/** Handlers match this fixed origin; every request is rewritten onto it, whatever host or port it used. */
const HANDLER_ORIGIN = 'http://mock-api.internal';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Methods a handler may serve; anything else (TRACE, CONNECT, made-up ones) is never a route. */
const ROUTABLE_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

const CORS_BASE: Record<string, string> = {
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'authorization, content-type, x-ms-client-request-id, x-ms-useragent',
  'Access-Control-Expose-Headers':
    'Retry-After, Content-Disposition, Allow, x-ms-request-id, x-mock-answered-by',
};

export interface MockApi {
  url: string;
  port: number;
  store: MockStore;
  /** Lets the portal served on `port` by the same command write, under any host name (§9). */
  trustPortalPort(port: number): void;
  close(): Promise<void>;
}

export interface MockApiOptions {
  port?: number;
  host?: string;
  scenario?: string;
  /** Origins besides loopback ones whose pages may write (`--allow-origin`). */
  allowOrigins?: readonly string[];
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: string; key: string };
  /** Answered before the ARM and demo handlers (the sign-in endpoints); undefined = not theirs. */
  preRoutes?: (request: Request) => Promise<Response | undefined>;
  /** Checks a bearer token that is not `persona:<id>`; handed to the handlers. */
  verifyToken?: HandlerDeps['verifyToken'];
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** CORS for a request: the allowed requesting origin by name (never `*`), nothing for others. */
function corsHeaders(req: IncomingMessage, policy: OriginPolicy): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined || !policy.allows(origin, req.headers.host)) return {};
  return { ...CORS_BASE, 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

/**
 * A preflight allows the headers it asks for: a browser page calling the API (the portal in a shared
 * world, a suite's own fetch) may add headers of its own, and the mock never decides by them.
 */
function preflightHeaders(req: IncomingMessage, policy: OriginPolicy): Record<string, string> {
  const cors = corsHeaders(req, policy);
  const asked = req.headers['access-control-request-headers'];
  if (Object.keys(cors).length === 0 || asked === undefined || asked === '') return cors;
  return { ...cors, 'Access-Control-Allow-Headers': asked, 'Access-Control-Max-Age': '600' };
}

async function send(
  res: ServerResponse,
  response: Response,
  extra: Record<string, string>,
  withBody: boolean,
): Promise<void> {
  const headers: Record<string, string> = { ...extra };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Every answer is the mock's, even one no handler made (docs/contract.md §9).
  headers[MOCK_ANSWER_HEADER] = MOCK_ANSWER_VALUE;
  const body = Buffer.from(await response.arrayBuffer());
  if (!withBody) {
    // HEAD: the headers GET would send, its length among them, and no body.
    headers['content-length'] = String(body.length);
    res.writeHead(response.status, headers).end();
    return;
  }
  res.writeHead(response.status, headers);
  res.end(body);
}

function notFound(path: string): Response {
  return armError(
    404,
    'NotFound',
    `The path '${path.slice(0, 200)}' is not part of the mock's ARM API (see docs/contract.md).`,
  );
}

function methodNotAllowed(method: string, path: string, allow: readonly string[]): Response {
  return armError(
    405,
    'MethodNotAllowed',
    `The method '${method.slice(0, 20)}' is not allowed on '${path.slice(0, 200)}'. Allowed: ${allow.join(', ')}.`,
    { Allow: allow.join(', ') },
  );
}

function crossSiteRefused(origin: string): Response {
  return armError(
    403,
    'CrossOriginRequestRefused',
    `Writes from the web page at '${origin.slice(0, 200)}' are refused: only the portal served with this API, loopback pages (localhost, 127.0.0.0/8, [::1]) and origins added with --allow-origin may write. Nothing was changed.`,
  );
}

export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const host = options.host ?? '127.0.0.1';
  const policy = createOriginPolicy(options.allowOrigins);
  const store = createMockStore({
    storage: createMemoryStorage(),
    scenario: options.scenario ?? 'default',
    fresh: true,
  });
  const handlers = createHandlers({
    armBaseUrl: HANDLER_ORIGIN,
    demoBaseUrl: HANDLER_ORIGIN,
    store,
    latency: 'none',
    ...(options.verifyToken && { verifyToken: options.verifyToken }),
  });

  /** One request to one answer; `null` when the connection is to be dropped (an offline fault). */
  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{ response: Response; close?: boolean } | null> {
    const method = (req.method ?? 'GET').toUpperCase();
    const target = checkRequestTarget(req.url ?? '/');
    if (!target.ok) return { response: armError(400, 'InvalidRequestUri', target.reason) };
    const url = new URL(`${HANDLER_ORIGIN}${target.pathname}${target.search}`);
    const path = target.pathname;

    if (!ROUTABLE_METHODS.has(method)) {
      const allow = allowedMethods(handlers, url);
      return {
        response: allow.length > 0 ? methodNotAllowed(method, path, allow) : notFound(path),
      };
    }
    const origin = req.headers.origin;
    // The Origin decides when there is one: a loopback page on localhost calling 127.0.0.1 is
    // "cross-site" to the browser but allowed here. Without one, the browser's own mark decides.
    const crossSite =
      origin !== undefined
        ? !policy.allows(origin, req.headers.host)
        : req.headers['sec-fetch-site'] === 'cross-site';
    if (WRITE_METHODS.has(method) && crossSite) {
      // The body is never read, and the connection closes, so the page cannot stream into it.
      return { response: crossSiteRefused(origin ?? 'another site'), close: true };
    }

    let body: Uint8Array<ArrayBuffer> | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readBoundedBody(req, bodyLimitBytes(path));
      if (!read.ok) {
        if (read.reason === 'aborted') return null;
        return { response: tooLargeResponse(path), close: true };
      }
      body = read.body;
    }
    const headers = toHeaders(req);
    const request = new Request(url, { method, headers, body });
    const early = options.preRoutes === undefined ? undefined : await options.preRoutes(request);
    if (early !== undefined) return { response: early };

    let response = await getResponse(handlers, request);
    if (response === undefined && method === 'HEAD') {
      // HEAD answers as GET without a body, wherever no route of its own serves it.
      response = await getResponse(handlers, new Request(url, { method: 'GET', headers }));
    }
    if (response === undefined) {
      const allow = allowedMethods(handlers, url);
      response = allow.length > 0 ? methodNotAllowed(method, path, allow) : notFound(path);
    }
    // An injected "offline" fault: drop the connection, as a network failure would.
    if (response.type === 'error') {
      res.destroy();
      return null;
    }
    return { response };
  }

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      if (req.method === 'OPTIONS') {
        const cors = preflightHeaders(req, policy);
        res.writeHead(204, { ...cors, [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE }).end();
        return;
      }
      const result = await answer(req, res);
      if (result === null) {
        if (!res.destroyed) res.destroy();
        return;
      }
      const extra = corsHeaders(req, policy);
      if (result.close === true) {
        // The rest of the body is not read: tell the client, and end the connection once answered.
        extra.Connection = 'close';
        res.once('finish', () => req.destroy());
      }
      await send(res, result.response, extra, req.method !== 'HEAD');
    })().catch((error: unknown) => {
      // A bug, not the client's input: still ARM's shape and the mock's mark, so a client can tell.
      const message = error instanceof Error ? error.message : String(error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, {
        'Content-Type': 'application/json',
        [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE,
        ...corsHeaders(req, policy),
      });
      res.end(JSON.stringify({ error: { code: 'InternalServerError', message } }));
    });
  };

  const serverOptions = {
    headersTimeout: HTTP_TIMEOUTS.headersMs,
    requestTimeout: HTTP_TIMEOUTS.requestMs,
    keepAliveTimeout: HTTP_TIMEOUTS.keepAliveMs,
  };
  const server: Server =
    options.tls === undefined
      ? createHttpServer(serverOptions, listener)
      : createHttpsServer({ ...serverOptions, ...options.tls }, listener);
  // A malformed request line or header: Node answers 400 itself, with the mock's mark.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 408
          : 400;
    const reason =
      status === 431
        ? 'Request Header Fields Too Large'
        : status === 408
          ? 'Request Timeout'
          : 'Bad Request';
    const body = JSON.stringify({
      error: {
        code: status === 408 ? 'RequestTimeout' : 'BadRequest',
        message: `The request could not be read: ${reason}.`,
      },
    });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${MOCK_ANSWER_HEADER}: ${MOCK_ANSWER_VALUE}\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls === undefined ? 'http' : 'https';
  return {
    // An IPv6 address is bracketed in a URL.
    url: `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    store,
    trustPortalPort: (portalPort) => policy.trustPortalPort(portalPort),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
