import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalServer, type PortalServer } from './portal-server';
import { httpsCall } from './testing/https-client';
import { generatedTls } from './tls';
import { writePortalFixture, type PortalFixture } from './testing/portal-fixture';

describe('Package command: the portal server', () => {
  let fixture: PortalFixture;
  let server: PortalServer;
  let origin: string;
  beforeAll(async () => {
    fixture = writePortalFixture();
    server = await startPortalServer({
      dir: fixture.dir,
      base: '/portal/',
      host: '127.0.0.1',
      port: 0,
    });
    origin = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    fixture.remove();
  });

  it('Package: scripts (the service worker too) are JavaScript, written for the base; assets are cached for good', async () => {
    const worker = await fetch(`${origin}/portal/mock-worker.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(worker.headers.get('cache-control')).toBe('no-cache');

    const script = await fetch(`${origin}/portal/assets/index-abc123.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('var base=`/portal/`;var f=function(e){return`/portal/`+e};');

    const style = await fetch(`${origin}/portal/assets/index-abc123.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await style.text()).toBe('a{background:url(/portal/x.png)}');

    const icon = await fetch(`${origin}/portal/favicon.png`);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await icon.arrayBuffer())).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    );
  });

  it('Package: any other path under the base is index.html (deep links), never cached for good', async () => {
    for (const path of [
      '/portal/',
      '/portal/index.html',
      '/portal/subscriptions/a3f1/cancel?x=1',
    ]) {
      const page = await fetch(`${origin}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('src="/portal/assets/index-abc123.js"');
    }
  });

  it('Package: the base without its slash redirects to it; a missing asset and paths outside the base are 404', async () => {
    const bare = await fetch(`${origin}/portal?scenario=empty`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/portal/?scenario=empty');
    expect((await fetch(`${origin}/portal/assets/gone-123.js`)).status).toBe(404);
    const outside = await fetch(`${origin}/subscriptions`);
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe('Not found: the portal is served under /portal/\n');
  });

  it('Package: /__demo/* that reaches the server is an ARM-shaped 503, not the page; writes are refused', async () => {
    const demo = await fetch(`${origin}/__demo/state`);
    expect(demo.status).toBe(503);
    expect(await demo.json()).toMatchObject({ error: { code: 'MockNotAnswering' } });
    const post = await fetch(`${origin}/portal/`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('Package command: the portal server in a shared world', () => {
  it('Shared world: index.html names the API server as the browser reaches this host', async () => {
    const fixture = writePortalFixture();
    const server = await startPortalServer({
      dir: fixture.dir,
      base: '/',
      host: '127.0.0.1',
      port: 0,
      sharedWorldApi: (hostname) => `http://${hostname}:4999`,
    });
    try {
      const html = await (await fetch(`http://localhost:${server.port}/`)).text();
      expect(html).toContain(
        '<meta name="azure-subscriptions-clone:api" content="http://localhost:4999" />',
      );
      expect(html).toContain('http://localhost:4999;');
    } finally {
      await server.close();
      fixture.remove();
    }
  });

  it('TLS: with a certificate the portal is served over HTTPS', async () => {
    const fixture = writePortalFixture();
    const dir = mkdtempSync(join(tmpdir(), 'azsub-portal-tls-'));
    const tls = await generatedTls(join(dir, 'tls'));
    const secure = await startPortalServer({
      dir: fixture.dir,
      base: '/portal/',
      host: '127.0.0.1',
      port: 0,
      tls,
    });
    try {
      const page = await httpsCall(`https://127.0.0.1:${secure.port}/portal/deep/link`, {
        ca: tls.cert,
      });
      expect(page.status).toBe(200);
      expect(page.text).toContain('<title>Subscriptions - Microsoft Azure</title>');
    } finally {
      await secure.close();
      fixture.remove();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Package: a folder without a built portal is refused with what to run', async () => {
    await expect(
      startPortalServer({ dir: '/nonexistent', base: '/', host: '127.0.0.1', port: 0 }),
    ).rejects.toThrow(
      'the built portal is missing (no /nonexistent/index.html): run npm run build:package',
    );
  });
});
