import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CLIENT_REQUEST_ID_HEADER,
  MOCK_ANSWER_HEADER,
  MOCK_ANSWER_VALUE,
} from '@/contract/transport';
import { z } from '@/contract/zod';
import {
  armFetch,
  ensureMockAnswering,
  fetchWithRecovery,
  newRequestId,
  setNetworkRecovery,
} from '@/lib/api-client';
import { ArmError, parseRetryAfter } from '@/lib/api-error';
import { setPersonaId } from '@/lib/session';
import { setStartupGate } from '@/lib/startup';

const MOCKED = { [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE };

/** What a request that reached the real ARM would get for a persona token: no mock mark. */
const realArmAnswer = (): Response =>
  Response.json({ error: { code: 'InvalidAuthenticationToken', message: 'x' } }, { status: 401 });

afterEach(() => {
  setNetworkRecovery(null);
  vi.unstubAllGlobals();
});

describe('Lost worker: the API client recovers', () => {
  it('Lost worker: an answer from the real network restarts the worker once and repeats the call with the same request id', async () => {
    const ids: (string | null)[] = [];
    let restarted = false;
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      ids.push(new Headers(init?.headers).get(CLIENT_REQUEST_ID_HEADER));
      return restarted ? Response.json({ ok: true }, { headers: MOCKED }) : realArmAnswer();
    });
    vi.stubGlobal('fetch', fetchMock);
    const restart = vi.fn(async () => {
      restarted = true;
    });
    setNetworkRecovery(restart);
    const response = await fetchWithRecovery('https://management.azure.com/subscriptions');
    expect(response.status).toBe(200);
    expect(restart).toHaveBeenCalledTimes(1);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
  });

  it('Lost worker: TypeError "Failed to fetch" restarts and repeats; many calls share one restart', async () => {
    let restarted = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        if (!restarted) throw new TypeError('Failed to fetch');
        return Response.json({}, { headers: MOCKED });
      }),
    );
    const restart = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          setTimeout(() => {
            restarted = true;
            resolve();
          }, 5);
        }),
    );
    setNetworkRecovery(restart);
    const answers = await Promise.all([1, 2, 3].map(() => fetchWithRecovery('https://x.test/a')));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(restart).toHaveBeenCalledTimes(1);
  });

  it('Lost worker: still unreachable after the restart is a NetworkError (status 0), shown with Retry', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    setNetworkRecovery(async () => undefined);
    const failure = await fetchWithRecovery('https://x.test/a').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ArmError);
    expect((failure as ArmError).status).toBe(0);
    expect((failure as ArmError).retryable).toBe(true);
  });

  it('Lost worker: a tab coming back probes the mock and restarts only when it does not answer', async () => {
    let marked = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => (marked ? Response.json({}, { headers: MOCKED }) : new Response('<html>'))),
    );
    const restart = vi.fn(async () => undefined);
    setNetworkRecovery(restart);
    await ensureMockAnswering('http://localhost/__demo/state');
    expect(restart).not.toHaveBeenCalled();
    marked = false;
    await ensureMockAnswering('http://localhost/__demo/state');
    expect(restart).toHaveBeenCalledTimes(1);
  });

  it('request ids are v4 UUIDs, fresh for every call', () => {
    const a = newRequestId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newRequestId()).not.toBe(a);
  });
});

describe('Retry-After', () => {
  it('Faults: Retry-After is read as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-15T09:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3);
    expect(parseRetryAfter('Sun, 15 Mar 2026 09:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('0', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('Start-up: calls wait for the mock', () => {
  afterEach(() => setStartupGate(null));

  it('Start-up: a call made while the mock starts goes out only once it answers, with the token known then', async () => {
    let open: () => void = () => undefined;
    setStartupGate(new Promise<void>((resolve) => (open = resolve)));
    setPersonaId('stale');
    const sent: (string | null)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => {
        sent.push(new Headers(init?.headers).get('Authorization'));
        return Response.json({ value: [] }, { headers: MOCKED });
      }),
    );
    const call = armFetch({
      path: '/subscriptions',
      apiVersion: '2022-12-01',
      schema: z.unknown(),
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([]);
    // The address signed in someone else while the mock started.
    setPersonaId('owner');
    open();
    await call;
    expect(sent).toEqual(['Bearer persona:owner']);
    setPersonaId(null);
  });

  it('Start-up: a failed start fails the waiting calls with its error; start-up calls do not wait', async () => {
    const failed = Promise.reject(new Error('no service worker'));
    failed.catch(() => undefined);
    setStartupGate(failed);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({}, { headers: MOCKED })),
    );
    await expect(fetchWithRecovery('https://management.azure.com/x')).rejects.toThrow(
      'no service worker',
    );
    const early = await fetchWithRecovery(
      'https://example.test/__demo/reset',
      {},
      {
        beforeStartup: true,
      },
    );
    expect(early.status).toBe(200);
  });
});
