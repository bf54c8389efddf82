import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTROL_WAIT_MS, holdMockCallsUntilControlled, isMockCall } from './ready-gate';

const ARM = 'https://management.azure.com';
const PAGE = 'http://127.0.0.1:4173';

/** A page's `navigator.serviceWorker` whose controller arrives when the test says. */
function container(controlled: boolean) {
  const target = new EventTarget() as EventTarget & { controller: object | null };
  target.controller = controlled ? {} : null;
  return {
    workers: target as unknown as ServiceWorkerContainer,
    takeControl: () => {
      target.controller = {};
      target.dispatchEvent(new Event('controllerchange'));
    },
  };
}

function page() {
  const sent: string[] = [];
  const target = {
    fetch: vi.fn(async (input: RequestInfo | URL) => {
      sent.push(String(input instanceof Request ? input.url : input));
      return new Response('{}');
    }) as unknown as typeof fetch,
    location: { origin: PAGE, href: `${PAGE}/subscriptions` },
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    clearTimeout: (id: never) => clearTimeout(id),
  };
  return { target, sent };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Readiness: calls to the mock before the worker controls the page', () => {
  it('Readiness: ARM and /__demo/* calls wait for the worker to take control, then go out as they were', async () => {
    const { target, sent } = page();
    const { workers, takeControl } = container(false);
    holdMockCallsUntilControlled(target, workers, ARM);
    const arm = target.fetch(`${ARM}/subscriptions?api-version=2022-12-01`);
    const demo = target.fetch('/__demo/health');
    const request = target.fetch(new Request(`${PAGE}/__demo/state`));
    await Promise.resolve();
    expect(sent).toEqual([]);
    takeControl();
    await Promise.all([arm, demo, request]);
    expect(sent).toEqual([
      `${ARM}/subscriptions?api-version=2022-12-01`,
      '/__demo/health',
      `${PAGE}/__demo/state`,
    ]);
    // Once controlled, calls go straight out.
    await target.fetch('/__demo/state');
    expect(sent).toHaveLength(4);
  });

  it('Readiness: other calls (the app’s own files, other hosts) are never held', async () => {
    const { target, sent } = page();
    holdMockCallsUntilControlled(target, container(false).workers, ARM);
    await target.fetch('/assets/index.js');
    await target.fetch('https://example.com/__demo/state');
    expect(sent).toEqual(['/assets/index.js', 'https://example.com/__demo/state']);
  });

  it('Readiness: a page already controlled keeps its own fetch; without service workers nothing changes', () => {
    const controlled = page();
    const original = controlled.target.fetch;
    holdMockCallsUntilControlled(controlled.target, container(true).workers, ARM);
    expect(controlled.target.fetch).toBe(original);
    const none = page();
    const before = none.target.fetch;
    holdMockCallsUntilControlled(none.target, undefined, ARM);
    expect(none.target.fetch).toBe(before);
  });

  it('Readiness: when no worker ever takes control, a held call goes out after the wait, as before', async () => {
    vi.useFakeTimers();
    const { target, sent } = page();
    holdMockCallsUntilControlled(target, container(false).workers, ARM);
    const call = target.fetch('/__demo/state');
    await vi.advanceTimersByTimeAsync(CONTROL_WAIT_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await call;
    expect(sent).toEqual(['/__demo/state']);
  });

  it('Readiness: a mock call is the ARM origin or /__demo/ on the page’s origin', () => {
    expect(isMockCall(new URL(`${ARM}/tenants`), ARM, PAGE)).toBe(true);
    expect(isMockCall(new URL(`${PAGE}/__demo/clock`), ARM, PAGE)).toBe(true);
    expect(isMockCall(new URL(`${PAGE}/portal/__demo/clock`), ARM, PAGE)).toBe(false);
    expect(isMockCall(new URL(`${PAGE}/subscriptions`), ARM, PAGE)).toBe(false);
  });
});
