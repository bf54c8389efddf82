import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createHandlers } from './handlers/create-handlers';
import { createMemoryStorage } from './store/key-value-storage';
import { createMockStore, type MockStore } from './store/mock-store';

// The same handlers over plain HTTP, for curl, the official Azure SDK and other teams' suites: run by
// `npm run mock-api` (src/server/mock-api.ts) and by the package's command (src/server/cli.ts). A
// small node:http adapter over MSW's getResponse (no Express needed).

/** Handlers match this fixed origin; every request is rewritten onto it, whatever host or port it used. */
const HANDLER_ORIGIN = 'http://mock-api.internal';

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'authorization, content-type, x-ms-client-request-id, x-ms-useragent',
  'Access-Control-Expose-Headers':
    'Retry-After, Content-Disposition, x-ms-request-id, x-mock-answered-by',
};

/**
 * A preflight allows the headers it asks for: a browser page calling the API (the portal in a shared
 * world, a suite's own fetch) may add headers of its own, and the mock never decides by them.
 */
function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const asked = req.headers['access-control-request-headers'];
  if (asked === undefined || asked === '') return CORS_HEADERS;
  return {
    ...CORS_HEADERS,
    'Access-Control-Allow-Headers': asked,
    'Access-Control-Max-Age': '600',
  };
}

export interface MockApi {
  url: string;
  port: number;
  store: MockStore;
  close(): Promise<void>;
}

export interface MockApiOptions {
  port?: number;
  host?: string;
  scenario?: string;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of req as AsyncIterable<Uint8Array | string>) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  }
  const body = new Uint8Array(new ArrayBuffer(chunks.reduce((n, c) => n + c.length, 0)));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

function notFound(path: string): Response {
  return Response.json(
    {
      error: {
        code: 'NotFound',
        message: `The path '${path}' is not part of the mock's ARM API (see docs/contract.md).`,
      },
    },
    { status: 404 },
  );
}

export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const host = options.host ?? '127.0.0.1';
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
  });

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, preflightHeaders(req)).end();
        return;
      }
      const url = new URL(req.url ?? '/', HANDLER_ORIGIN);
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
      const request = new Request(url, { method, headers: toHeaders(req), body });
      const response = (await getResponse(handlers, request)) ?? notFound(url.pathname);
      // An injected "offline" fault: drop the connection, as a network failure would.
      if (response.type === 'error') {
        req.socket.destroy();
        return;
      }
      await send(res, response);
    })().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent)
        res.writeHead(500, { 'Content-Type': 'application/json', ...CORS_HEADERS });
      res.end(JSON.stringify({ error: { code: 'InternalServerError', message } }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    // An IPv6 address is bracketed in a URL.
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
