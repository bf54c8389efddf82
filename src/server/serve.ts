import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { MockApi } from '@/mocks/http-server';
import type { ServeOptions } from './args';
import { describeListenError } from './listen-error';
import { startPortalServer, type PortalServer } from './portal-server';
import { reachableHost } from './reachable-host';
import { startApi } from './start-api';
import { loadTls, TlsError, type TlsMaterial } from './tls';

// The command's work (src/server/cli.ts is its entry): the mock ARM API and the portal, started
// together, reported ready only once both answer a request, stopped together.

/** Why the command could not start, in one line for the user. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export interface Served {
  /** The portal's URL, with the base path and a trailing slash. */
  portalUrl: string;
  /** The API's origin: ARM paths at its root, demo endpoints under /__demo/. */
  apiUrl: string;
  /** With --tls: the PEM file clients trust, printed as `CA: <path>`. */
  caPath?: string;
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;

/**
 * The status of one GET. Over HTTPS the certificate is not checked: this asks whether our own server
 * answers yet, and a certificate of the user's own may chain to an authority this process does not know.
 */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = url.startsWith('https:') ? httpsRequest : httpRequest;
    const options = { agent: false, timeout: 2_000, rejectUnauthorized: false };
    const req = request(url, options, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 2 s')));
    req.on('error', reject);
    req.end();
  });
}

/** Resolves once `url` answers (any status below 500); the servers listen already, so this is quick. */
async function answers(url: string, what: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const status = await statusOf(url);
      if (status < 500) return;
      last = `HTTP ${status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new StartupError(
    `${what} listens but did not answer ${url} within ${READY_TIMEOUT_MS / 1000} s (${last})`,
  );
}

export async function serve(options: ServeOptions, portalDir: string): Promise<Served> {
  const { host, base, scenario } = options;
  const reachable = reachableHost(host);
  let tls: TlsMaterial | undefined;
  if (options.tls) {
    try {
      tls = await loadTls({ certPath: options.cert, keyPath: options.key });
    } catch (error) {
      if (error instanceof TlsError) throw new StartupError(error.message);
      throw error;
    }
  }
  const scheme = tls === undefined ? 'http' : 'https';
  let api: MockApi;
  try {
    ({ api } = await startApi({
      port: options.apiPort,
      host,
      scenario,
      allowOrigins: options.allowOrigins,
      ...(tls !== undefined && { tls }),
    }));
  } catch (error) {
    const target = {
      what: 'the mock ARM API',
      host,
      port: options.apiPort,
      portSetting: '--api-port',
    };
    throw new StartupError(describeListenError(error, target));
  }
  const apiUrl = `${scheme}://${reachable}:${api.port}`;
  let portal: PortalServer;
  try {
    portal = await startPortalServer({
      dir: portalDir,
      base,
      host,
      port: options.port,
      ...(tls !== undefined && { tls: { cert: tls.cert, key: tls.key } }),
      ...(options.sharedWorld && {
        // The page reaches the API by the host name it reached the portal by: with --host 0.0.0.0,
        // a browser on another machine calls this machine, not its own loopback.
        sharedWorldApi: (hostname: string) =>
          `${scheme}://${reachableHost(hostname === '' ? host : hostname)}:${api.port}`,
      }),
    });
  } catch (error) {
    await api.close();
    if (error instanceof Error && !('code' in error)) throw new StartupError(error.message);
    const target = { what: 'the portal', host, port: options.port, portSetting: '--port' };
    throw new StartupError(describeListenError(error, target));
  }
  // The page of this portal may write to the API under whatever host name a browser reached it by.
  api.trustPortalPort(portal.port);
  const portalUrl = `${scheme}://${reachable}:${portal.port}${base}`;
  const close = async (): Promise<void> => {
    await Promise.all([portal.close(), api.close()]);
  };
  try {
    await Promise.all([
      answers(portalUrl, 'the portal'),
      answers(`${apiUrl}/__demo/state`, 'the mock ARM API'),
    ]);
  } catch (error) {
    await close();
    throw error;
  }
  return { portalUrl, apiUrl, ...(tls !== undefined && { caPath: tls.caPath }), close };
}
