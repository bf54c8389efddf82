import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULTS, type ServeOptions } from './args';
import { reachableHost } from './reachable-host';
import { serve, StartupError, type Served } from './serve';
import { httpsCall, tokenFor } from './testing/https-client';
import { writePortalFixture, type PortalFixture } from './testing/portal-fixture';
import { TLS_DIR_ENV } from './tls';

const FREE_PORTS: ServeOptions = { ...DEFAULTS, port: 0, apiPort: 0 };

/** A port some other program holds. */
async function occupiedPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { port: address.port, server };
}

describe('Package command: start-up', () => {
  let fixture: PortalFixture | undefined;
  let served: Served | undefined;
  let other: Server | undefined;
  afterEach(async () => {
    await served?.close();
    other?.close();
    fixture?.remove();
    served = undefined;
    other = undefined;
  });

  it('Package: port 0 gives free ports, and both printed URLs answer', async () => {
    fixture = writePortalFixture();
    served = await serve({ ...FREE_PORTS, base: '/portal/' }, fixture.dir);
    expect(served.portalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/portal\/$/);
    expect(served.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new URL(served.portalUrl).port).not.toBe(new URL(served.apiUrl).port);
    expect((await fetch(served.portalUrl)).status).toBe(200);
    const subscriptions = await fetch(`${served.apiUrl}/subscriptions?api-version=2022-12-01`, {
      headers: { Authorization: 'Bearer persona:admin' },
    });
    expect(subscriptions.status).toBe(200);
  });

  it('Package: the API port in use is one clear line, and nothing is left listening', async () => {
    fixture = writePortalFixture();
    const taken = await occupiedPort();
    other = taken.server;
    const start = serve({ ...FREE_PORTS, apiPort: taken.port }, fixture.dir);
    await expect(start).rejects.toThrow(StartupError);
    await expect(start).rejects.toThrow(
      `port ${taken.port} on 127.0.0.1 is already in use, so the mock ARM API cannot start: stop what uses it, or choose another port with --api-port (0 = a free port)`,
    );
  });

  it('Package: the portal port in use is one clear line, and the API it had started is closed again', async () => {
    fixture = writePortalFixture();
    const taken = await occupiedPort();
    other = taken.server;
    const api = await occupiedPort();
    api.server.close();
    // The API gets a port that was just free; after the failure it must be free again.
    const start = serve({ ...FREE_PORTS, port: taken.port, apiPort: api.port }, fixture.dir);
    await expect(start).rejects.toThrow(
      `port ${taken.port} on 127.0.0.1 is already in use, so the portal cannot start: stop what uses it, or choose another port with --port (0 = a free port)`,
    );
    const again = createServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(api.port, '127.0.0.1', resolve);
    });
    again.close();
  });

  it('TLS: --tls serves both over HTTPS, names the CA file, and the shared world’s page calls the API by https', async () => {
    fixture = writePortalFixture();
    const dir = mkdtempSync(join(tmpdir(), 'azsub-serve-tls-'));
    vi.stubEnv(TLS_DIR_ENV, join(dir, 'tls'));
    try {
      served = await serve({ ...FREE_PORTS, tls: true, sharedWorld: true }, fixture.dir);
      expect(served.portalUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      expect(served.apiUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(served.caPath).toBe(join(dir, 'tls', 'cert.pem'));
      const ca = readFileSync(served.caPath as string, 'utf8');
      const page = await httpsCall(served.portalUrl, { ca });
      expect(page.text).toContain(`content="${served.apiUrl}"`);
      const token = await tokenFor(served.apiUrl, ca, 'admin');
      const list = await httpsCall(`${served.apiUrl}/subscriptions?api-version=2022-12-01`, {
        ca,
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(list.status).toBe(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('TLS: a --cert that cannot be read is one clear line, and nothing is left listening', async () => {
    fixture = writePortalFixture();
    const start = serve(
      { ...FREE_PORTS, tls: true, cert: '/nonexistent/cert.pem', key: '/nonexistent/key.pem' },
      fixture.dir,
    );
    await expect(start).rejects.toThrow(StartupError);
    await expect(start).rejects.toThrow(
      '--cert /nonexistent/cert.pem cannot be read (no such file)',
    );
  });

  it('Package: a wildcard --host is printed as the loopback address a browser here can open', () => {
    expect(reachableHost('0.0.0.0')).toBe('127.0.0.1');
    expect(reachableHost('::')).toBe('[::1]');
    expect(reachableHost('::1')).toBe('[::1]');
    expect(reachableHost('localhost')).toBe('localhost');
  });
});
