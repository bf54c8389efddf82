// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchRouteData } from '@/app/router';
import { billingColumnsQueryOptions } from '@/features/subscriptions/api/billing-columns';
import { billingQueryOptions } from '@/lib/api/get-billing-subscription';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';
import { roleAssignmentsQueryOptions } from '@/lib/api/get-role-assignments';
import { subscriptionsQueryOptions } from '@/lib/api/get-subscriptions';
import { subscriptionQueryOptions } from '@/lib/api/get-subscription';
import { setPersonaId } from '@/lib/session';

const LIST_READS = [
  subscriptionsQueryOptions().queryKey,
  roleAssignmentsQueryOptions().queryKey,
  billingColumnsQueryOptions().queryKey,
];

/** Every call stays on its way, so what was started can be seen without answering it. */
function holdEveryCall(): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(() => new Promise<Response>(() => undefined));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setPersonaId(null);
});

describe('Start-up: the landing blade reads before it renders', () => {
  it("the Subscriptions list's three reads start at once, under the keys the blade reads", async () => {
    setPersonaId('admin');
    const fetch = holdEveryCall();
    const client = new QueryClient();
    prefetchRouteData('/subscriptions', client);
    for (const key of LIST_READS) expect(client.getQueryState(key)?.fetchStatus).toBe('fetching');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(3));
    const urls = fetch.mock.calls.map(([input]) => String(input));
    expect(urls.some((url) => url.includes('/subscriptions?api-version='))).toBe(true);
    expect(urls.some((url) => url.includes('/roleAssignments?'))).toBe(true);
    expect(urls.some((url) => url.includes('/billingSubscriptions?'))).toBe(true);
  });

  it('other routes, and paths outside the portal, start nothing', () => {
    setPersonaId('admin');
    holdEveryCall();
    const client = new QueryClient();
    prefetchRouteData('/', client);
    prefetchRouteData('/support', client);
    prefetchRouteData('/no/such/blade', client);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });

  it("a subscription's blades start its billing, subscription and permission reads; a malformed id none", async () => {
    setPersonaId('admin');
    const fetch = holdEveryCall();
    const id = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';
    for (const path of [
      `/subscriptions/${id}`,
      `/subscriptions/${id}/resources`,
      `/subscriptions/${id}/cancel`,
    ]) {
      const client = new QueryClient();
      prefetchRouteData(path, client);
      for (const options of [
        billingQueryOptions(id),
        subscriptionQueryOptions(id),
        permissionsQueryOptions(id),
      ]) {
        expect(client.getQueryState(options.queryKey)?.fetchStatus).toBe('fetching');
      }
    }
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(9));
    fetch.mockClear();
    const client = new QueryClient();
    prefetchRouteData('/subscriptions/not-a-guid', client);
    prefetchRouteData('/subscriptions/not-a-guid/cancel', client);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
