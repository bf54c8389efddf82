import { readFileSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { createContext, runInContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineMswWorker } from './mock-worker-inline';

// Long demos keep no memory per mocked call (docs/reliability.md, "Service worker memory per mocked
// call"): the worker's copy of each answer, sent to the page for MSW's `response:*` events, carries
// no stream that nobody reads. The worker scripts run here as Chromium runs them, classic scripts in
// one global scope, with a page that answers one call.

const read = (path: string): string =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const PORTAL_WORKER = read('public/mock-worker.js');
const MSW_WORKER = read('public/mockServiceWorker.js');

const CLIENT_ID = 'page-1';
const ANSWER = '{"value":[]}';

interface Posted {
  message: { type: string; payload?: { response?: { body: unknown; status: number } } };
  transfer: unknown[];
}

const openPorts: MessagePort[] = [];
afterEach(() => {
  for (const port of openPorts.splice(0)) port.close();
});

type Listener = (event: object) => void;

/** A service worker's global scope with one page (a window client) that MSW mocks. */
function workerScope(scripts: string) {
  const listeners = new Map<string, Listener[]>();
  const posted: Posted[] = [];
  const client = {
    id: CLIENT_ID,
    frameType: 'top-level',
    visibilityState: 'visible',
    postMessage(message: Posted['message'], transfer: unknown[] = []) {
      posted.push({ message, transfer });
      const port = transfer[0] as MessagePort;
      openPorts.push(port);
      // The page's half of MSW: it answers the call, and says nothing back to the other messages.
      if (message.type === 'REQUEST') {
        port.postMessage({
          type: 'MOCK_RESPONSE',
          data: { status: 200, headers: { 'content-type': 'application/json' }, body: ANSWER },
        });
      }
    },
  };
  const scope: Record<string, unknown> = {
    addEventListener: (type: string, listener: Listener) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    clients: { get: async () => client, matchAll: async () => [client], claim: async () => {} },
    registration: { scope: 'http://127.0.0.1/', unregister: async () => true },
    location: new URL('http://127.0.0.1/mock-worker.js'),
    skipWaiting: () => {},
    MessageChannel,
    Response,
    Request,
    Headers,
    URL,
    crypto,
    setTimeout,
    fetch: () => Promise.reject(new Error('the mock answers: nothing goes to the network')),
  };
  scope.self = scope;
  const context = createContext(scope);
  // What `importScripts` does in a classic worker: the script runs in the same global scope.
  scope.importScripts = () => runInContext(MSW_WORKER, context);
  runInContext(scripts, context);

  const dispatch = (type: string, event: object) => {
    for (const listener of listeners.get(type) ?? []) listener(event);
  };
  return {
    posted,
    /** What MSW's `worker.start()` sends: from now on the worker mocks this page. */
    async activate(): Promise<void> {
      dispatch('message', {
        data: 'MOCK_ACTIVATE',
        source: client,
        stopImmediatePropagation: () => {},
        waitUntil: () => {},
      });
      await expect
        .poll(() => posted.some(({ message }) => message.type === 'MOCKING_ENABLED'))
        .toBe(true);
    },
    /** A call from the page, as the worker's `fetch` event gets it; resolves to the page's answer. */
    call(url: string): Promise<Response> {
      let answer: Promise<Response> | undefined;
      dispatch('fetch', {
        clientId: CLIENT_ID,
        request: new Request(url, { headers: { authorization: 'Bearer persona:admin' } }),
        respondWith: (response: Promise<Response>) => {
          answer = response;
        },
        stopImmediatePropagation: () => {},
      });
      if (answer === undefined) throw new Error('the worker let the call through to the network');
      return answer;
    },
  };
}

const ARM_LIST = 'https://management.azure.com/subscriptions?api-version=2022-12-01';

function responseCopies(posted: Posted[]): Posted[] {
  return posted.filter(({ message }) => message.type === 'RESPONSE');
}

describe('Long demos: the worker keeps no stream per mocked call', () => {
  it.each([
    ['as the dev server serves it (MSW’s worker imported)', PORTAL_WORKER],
    ['as the build writes it (MSW’s worker inlined)', inlineMswWorker(PORTAL_WORKER, MSW_WORKER)],
  ])(
    'sends the page its copy of each answer without a body, and the answer whole, %s',
    async (_layout, script) => {
      const worker = workerScope(script);
      await worker.activate();
      for (let n = 0; n < 3; n += 1) {
        const answer = await worker.call(ARM_LIST);
        expect(await answer.text()).toBe(ANSWER);
      }
      await expect.poll(() => responseCopies(worker.posted).length).toBe(3);
      for (const { message, transfer } of responseCopies(worker.posted)) {
        // MSW's events are still told of every answer, its status and headers.
        expect(message.payload?.response?.status).toBe(200);
        expect(message.payload?.response?.body).toBeNull();
        expect(transfer.some((item) => item instanceof ReadableStream)).toBe(false);
      }
    },
  );

  it('is needed while MSW’s own worker transfers a stream per answer (drop the wrapper when this fails)', async () => {
    const worker = workerScope(MSW_WORKER);
    await worker.activate();
    await (await worker.call(ARM_LIST)).text();
    await expect.poll(() => responseCopies(worker.posted).length).toBe(1);
    const [copy] = responseCopies(worker.posted);
    expect(copy?.message.payload?.response?.body).toBeInstanceOf(ReadableStream);
    expect(copy?.transfer).toContain(copy?.message.payload?.response?.body);
  });
});
