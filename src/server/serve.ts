import { startMockApi, type MockApi } from '@/mocks/http-server';
import type { ServeOptions } from './args';
import { describeListenError } from './listen-error';
import { startPortalServer, type PortalServer } from './portal-server';

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
  close(): Promise<void>;
}

/** How a client on this machine reaches `host`: a wildcard address is reached through loopback. */
export function reachableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '[::1]';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

const READY_TIMEOUT_MS = 10_000;

/** Resolves once `url` answers (any status below 500); the servers listen already, so this is quick. */
async function answers(url: string, what: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
      last = `HTTP ${response.status}`;
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
  let api: MockApi;
  try {
    api = await startMockApi({
      port: options.apiPort,
      host,
      scenario,
      allowOrigins: options.allowOrigins,
    });
  } catch (error) {
    const target = {
      what: 'the mock ARM API',
      host,
      port: options.apiPort,
      portSetting: '--api-port',
    };
    throw new StartupError(describeListenError(error, target));
  }
  const apiUrl = `http://${reachable}:${api.port}`;
  let portal: PortalServer;
  try {
    portal = await startPortalServer({
      dir: portalDir,
      base,
      host,
      port: options.port,
      ...(options.sharedWorld && {
        // The page reaches the API by the host name it reached the portal by: with --host 0.0.0.0,
        // a browser on another machine calls this machine, not its own loopback.
        sharedWorldApi: (hostname: string) =>
          `http://${reachableHost(hostname === '' ? host : hostname)}:${api.port}`,
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
  const portalUrl = `http://${reachable}:${portal.port}${base}`;
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
  return { portalUrl, apiUrl, close };
}
