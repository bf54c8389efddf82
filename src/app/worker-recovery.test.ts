import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { subscriptionOpResultSchema } from '@/contract/subscriptions';
import { MOCK_ANSWER_HEADER, MOCK_ANSWER_VALUE } from '@/contract/transport';
import { installWorkerRecovery, MOCK_NEEDED_MESSAGE } from '@/app/worker-recovery';
import { armFetch, setNetworkRecovery } from '@/lib/api-client';
import { setPersonaId } from '@/lib/session';
import { DEFAULT_IDS } from '@/mocks/scenarios/default-ids';
import { useMockServer } from '@/mocks/testing/mock-server-fixture';

const cancelPath = `/subscriptions/${DEFAULT_IDS.production}/providers/Microsoft.Subscription/cancel`;

afterEach(() => {
  setNetworkRecovery(null);
  vi.unstubAllGlobals();
});

describe('Lost worker: the tab coming back', () => {
  it('Lost worker: on visibilitychange the mock is probed and the worker restarted when it does not answer', async () => {
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const win = Object.assign(new EventTarget(), { location: { origin: 'http://localhost' } });
    vi.stubGlobal('document', doc);
    vi.stubGlobal('window', win);
    const probes: string[] = [];
    let answering = false;
    vi.stubGlobal('fetch', async (url: string) => {
      probes.push(url);
      return answering
        ? Response.json({}, { headers: { [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE } })
        : new Response(null, { status: 404 });
    });
    let restarted!: () => void;
    const done = new Promise<void>((resolve) => (restarted = resolve));
    const restart = vi.fn(async () => {
      answering = true;
      restarted();
    });
    const uninstall = installWorkerRecovery(restart);
    doc.dispatchEvent(new Event('visibilitychange'));
    await done;
    expect(probes).toEqual(['http://localhost/__demo/state']);
    expect(restart).toHaveBeenCalledTimes(1);

    // Answering again: a later return to the tab probes and leaves the worker alone.
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(probes).toHaveLength(2));
    expect(restart).toHaveBeenCalledTimes(1);
    uninstall();
  });
});

describe('Readiness: the worker asks', () => {
  it('Readiness: a held call makes the worker ask the tab, and the tab restarts its mock once however often it asks', async () => {
    const workers = new EventTarget();
    vi.stubGlobal('document', new EventTarget());
    vi.stubGlobal('window', Object.assign(new EventTarget(), { location: { origin: 'http://x' } }));
    vi.stubGlobal('navigator', { serviceWorker: workers });
    let finish!: () => void;
    const restart = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const uninstall = installWorkerRecovery(restart);
    const ask = (data: unknown) => workers.dispatchEvent(new MessageEvent('message', { data }));
    ask({ type: MOCK_NEEDED_MESSAGE });
    ask({ type: MOCK_NEEDED_MESSAGE });
    ask({ type: 'MOCKING_ENABLED' });
    ask('KEEPALIVE_RESPONSE');
    expect(restart).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => {
      ask({ type: MOCK_NEEDED_MESSAGE });
      expect(restart).toHaveBeenCalledTimes(2);
    });
    uninstall();
    finish();
    ask({ type: MOCK_NEEDED_MESSAGE });
    expect(restart).toHaveBeenCalledTimes(2);
  });
});

describe('R14: a write whose answer was lost is never applied twice', () => {
  const mock = useMockServer();
  let realFetch: typeof fetch;
  beforeEach(() => {
    // msw/node has patched fetch by now: calls still reach the mock's handlers.
    realFetch = globalThis.fetch;
    setPersonaId('admin');
  });
  afterEach(() => setPersonaId(null));

  it('R14: the cancel whose answer is lost is repeated, answered 200 from the mock’s record, and recorded once', async () => {
    let lose = true;
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      const response = await realFetch(url, init);
      if (lose) {
        lose = false;
        // The mock applied the cancel; its answer never reached the page (the worker stopped).
        throw new TypeError('Failed to fetch');
      }
      return response;
    });
    setNetworkRecovery(async () => undefined);
    const result = await armFetch({
      method: 'POST',
      path: cancelPath,
      apiVersion: API_VERSIONS.subscriptionOps,
      body: { confirmation: 'Contoso Production', reason: 'too-expensive' },
      schema: subscriptionOpResultSchema,
    });
    expect(result).toEqual({ subscriptionId: DEFAULT_IDS.production });
    const sub = mock()
      .store.world()
      .subscriptions.find((s) => s.subscriptionId === DEFAULT_IDS.production);
    expect(sub?.cancellations).toHaveLength(1);
  });

  it('R14: a new call (a new request id) after the lost answer still gets 409, as the user’s own retry would', async () => {
    const send = () =>
      armFetch({
        method: 'POST',
        path: cancelPath,
        apiVersion: API_VERSIONS.subscriptionOps,
        schema: subscriptionOpResultSchema,
      });
    await send();
    const second = await send().catch((error: unknown) => error);
    expect(second).toMatchObject({ status: 409, code: 'SubscriptionAlreadyCanceled' });
  });
});
