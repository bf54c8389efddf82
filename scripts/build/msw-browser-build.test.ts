import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MSW_BROWSER_MODULE,
  NO_FALLBACK_MESSAGE,
  serviceWorkerSourceOnly,
  startWithoutWaitingForIntegrity,
} from './msw-browser-build';

const mswRoot = dirname(createRequire(import.meta.url).resolve('msw/package.json'));
const browserModule = join(mswRoot, 'lib', 'browser', 'index.mjs');

describe('MSW handshake in one round trip: the mock answers sooner on every load', () => {
  it('finds the installed MSW’s browser build by its path', () => {
    expect(MSW_BROWSER_MODULE.test(browserModule)).toBe(true);
    expect(MSW_BROWSER_MODULE.test(join(mswRoot, 'lib', 'node', 'index.mjs'))).toBe(false);
  });

  it('sends the integrity check without waiting for it; activation still follows it', () => {
    const patched = startWithoutWaitingForIntegrity(readFileSync(browserModule, 'utf8'));
    expect(patched).not.toContain('await this.#checkWorkerIntegrity()');
    expect(patched).toContain('void this.#checkWorkerIntegrity().catch(');
    // The check is posted inside `#startWorker`, which `enable()` awaits before posting
    // MOCK_ACTIVATE: same channel, same order, one wait instead of two.
    const startWorker = patched.indexOf('async #startWorker()');
    const check = patched.indexOf('void this.#checkWorkerIntegrity()');
    expect(startWorker).toBeGreaterThan(-1);
    expect(check).toBeGreaterThan(startWorker);
    expect(patched).toContain('await this.#startWorker()');
    expect(patched.indexOf('postMessage("MOCK_ACTIVATE")')).toBeGreaterThan(-1);
  });

  it('stops the build when MSW’s code no longer matches, instead of silently keeping two waits', () => {
    expect(() => startWithoutWaitingForIntegrity('await this.#somethingElse();')).toThrow(
      /MSW’s browser code has changed/,
    );
    const twice =
      'await this.#checkWorkerIntegrity().catch(a);await this.#checkWorkerIntegrity().catch(b);';
    expect(() => startWithoutWaitingForIntegrity(twice)).toThrow(/has changed/);
  });
});

describe('MSW with its service-worker source alone: the fallback and WebSocket interceptors leave the first load', () => {
  const original = readFileSync(browserModule, 'utf8');
  const patched = serviceWorkerSourceOnly(original);

  it('starts the service-worker source as before, and no fallback or WebSocket source', () => {
    expect(original).toContain('new FallbackHttpSource(');
    expect(original).toContain('interceptors: [new WebSocketInterceptor()]');
    expect(patched).toContain('await ServiceWorkerSource.from(');
    expect(patched).not.toContain('new FallbackHttpSource(');
    expect(patched).not.toContain('new WebSocketInterceptor(');
    // Without a service worker MSW now stops with a clear error instead of patching fetch.
    expect(patched).toContain(JSON.stringify(NO_FALLBACK_MESSAGE));
  });

  it('sets the interceptors’ symbols as static fields, which the bundler may drop with the class', () => {
    expect(patched).not.toMatch(/static \{\s*this\.symbol =/);
    for (const name of ['fetch', 'xhr', 'websocket']) {
      expect(patched).toContain(
        `static symbol = /* @__PURE__ */ Symbol.for("${name}-interceptor");`,
      );
    }
  });

  it('stops the build when MSW’s code no longer matches, instead of silently shipping the fallback', () => {
    expect(() => serviceWorkerSourceOnly('export {}')).toThrow(/MSW’s browser code has changed/);
    const withoutWebSocket = original.replace('[new WebSocketInterceptor()]', '[]');
    expect(() => serviceWorkerSourceOnly(withoutWebSocket)).toThrow(/WebSocket source/);
  });
});
