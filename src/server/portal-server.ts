import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { SHARED_WORLD_META } from '@/mocks/shared-world';
import { indexHtmlFor, isTextAsset, withBase, withSharedWorld } from './portal-html';

// The command's static server for the prebuilt portal: every file is read once at start-up (about
// 1.6 MB), written for the requested base, and served from memory. What a static host must do for the
// portal (README, "Static deployment") it does: a JavaScript MIME type for the service worker, the
// SPA fallback for deep links, assets cached for good.

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Names carry a content hash: the browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Asset {
  body: Buffer;
  type: string;
}

export interface PortalServerOptions {
  /** The built portal (pkg/portal/), made for the base placeholder. */
  dir: string;
  /** With a leading and a trailing slash. */
  base: string;
  host: string;
  port: number;
  /**
   * A shared world: the API server's origin as the page should reach it, given the host name the
   * browser used to reach the portal. Absent: each browser keeps its own world.
   */
  sharedWorldApi?: (requestHostname: string) => string;
  /** Serve HTTPS with this certificate and key (PEM), as the API with --tls. */
  tls?: { cert: string; key: string };
}

export interface PortalServer {
  port: number;
  close(): Promise<void>;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

/** The portal's files by path under the base, written for `base`. */
export function loadPortal(dir: string, base: string): Map<string, Asset> {
  if (!statSync(join(dir, 'index.html'), { throwIfNoEntry: false })?.isFile()) {
    throw new Error(
      `the built portal is missing (no ${join(dir, 'index.html')}): run npm run build:package`,
    );
  }
  const assets = new Map<string, Asset>();
  for (const path of filesUnder(dir)) {
    const raw = readFileSync(join(dir, path));
    const type = MIME_TYPES[extname(path)] ?? 'application/octet-stream';
    let body = raw;
    if (path === 'index.html') body = Buffer.from(indexHtmlFor(raw.toString('utf8'), base));
    else if (isTextAsset(path)) body = Buffer.from(withBase(raw.toString('utf8'), base));
    assets.set(path, { body, type });
  }
  return assets;
}

/** The host name the browser used (`Host` header), without the port. */
function requestHostname(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  if (host === undefined) return fallback;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return fallback;
  }
}

function sendText(res: ServerResponse, status: number, text: string, headers = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

export function createPortalHandler(
  assets: Map<string, Asset>,
  options: Pick<PortalServerOptions, 'base' | 'host' | 'sharedWorldApi'>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { base, sharedWorldApi } = options;
  const index = assets.get('index.html') as Asset;
  return (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      sendText(res, 405, `${method} is not allowed: this server serves the portal's files.\n`, {
        Allow: 'GET, HEAD',
      });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://portal.internal');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      sendText(res, 400, 'Malformed path.\n');
      return;
    }
    if (`${path}/` === base) {
      res.writeHead(301, { Location: `${base}${url.search}` }).end();
      return;
    }
    if (path.startsWith('/__demo/')) {
      // The page's mock answers these (service worker); one that reaches the server was sent before
      // the mock controlled the page, or from outside it. JSON in ARM's shape, not the page's HTML.
      res
        .writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '1' })
        .end(
          JSON.stringify({
            error: {
              code: 'MockNotAnswering',
              message:
                "/__demo/* is answered by the portal's mock in the page (its service worker), which did not answer this request. The API server answers it at its own origin.",
            },
          }),
        );
      return;
    }
    if (!path.startsWith(base)) {
      sendText(res, 404, `Not found: the portal is served under ${base}\n`);
      return;
    }
    const relative = path.slice(base.length);
    const asset = relative === '' ? undefined : assets.get(relative);
    const common = { 'X-Content-Type-Options': 'nosniff' };
    if (asset !== undefined && relative !== 'index.html') {
      res.writeHead(200, {
        ...common,
        'Content-Type': asset.type,
        'Content-Length': asset.body.length,
        'Cache-Control': relative.startsWith('assets/') ? IMMUTABLE : 'no-cache',
      });
      res.end(method === 'HEAD' ? undefined : asset.body);
      return;
    }
    // A missing build asset is an error, never the page in its place.
    if (relative.startsWith('assets/')) {
      sendText(res, 404, `Not found: ${path}\n`, common);
      return;
    }
    // The SPA fallback: any other path under the base is a client route (a deep link).
    const html = sharedWorldApi
      ? Buffer.from(
          withSharedWorld(
            index.body.toString('utf8'),
            SHARED_WORLD_META,
            sharedWorldApi(requestHostname(req, options.host)),
          ),
        )
      : index.body;
    res.writeHead(200, {
      ...common,
      'Content-Type': index.type,
      'Content-Length': html.length,
      'Cache-Control': 'no-cache',
    });
    res.end(method === 'HEAD' ? undefined : html);
  };
}

/** Serves the built portal under `base`; rejects as `listen` does (EADDRINUSE, ...). */
export async function startPortalServer(options: PortalServerOptions): Promise<PortalServer> {
  const assets = loadPortal(options.dir, options.base);
  const handler = createPortalHandler(assets, options);
  const server =
    options.tls === undefined ? createServer(handler) : createHttpsServer(options.tls, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
