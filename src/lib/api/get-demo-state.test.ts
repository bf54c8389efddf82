import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOCK_ANSWER_HEADER, MOCK_ANSWER_VALUE } from '@/contract/transport';
import type { DemoState } from '@/contract/demo';
import { demoStateQueryOptions } from '@/lib/api/get-demo-state';
import { queryKeys } from '@/lib/api/keys';
import { getPersonaId, setPersonaId } from '@/lib/session';

const admin = { id: 'admin', displayName: 'Avery Howard', userPrincipalName: 'avery@contoso.test' };
const state: DemoState = {
  scenario: 'default',
  scenarios: ['default'],
  now: '2026-03-15T09:00:00.000Z',
  offsetMs: 0,
  persona: admin,
  personas: [{ ...admin, roles: {} }],
  faults: [],
  latencyMs: 0,
  latencyOverrideMs: null,
  storeVersion: 1,
};

function answerDemoState(): void {
  vi.stubGlobal('window', { location: { origin: 'http://localhost' } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      Response.json(state, { headers: { [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE } }),
    ),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  setPersonaId(null);
});

describe('Demo state names the signed-in persona (R1: each persona sees what its roles allow)', () => {
  it('R1: a token kept from before a reload that names someone else is replaced, and what was read with it is dropped', async () => {
    answerDemoState();
    const client = new QueryClient();
    // The tab kept "owner"; meanwhile the mock signed in "admin" (another tab, or a test).
    setPersonaId('owner');
    client.setQueryData(queryKeys.subscriptions(), { value: ['read as owner'] });
    const answer = await client.fetchQuery(demoStateQueryOptions());
    expect(answer.persona.id).toBe('admin');
    expect(getPersonaId()).toBe('admin');
    await vi.waitFor(() => expect(client.getQueryData(queryKeys.subscriptions())).toBeUndefined());
  });

  it('R1: the same persona keeps what was read', async () => {
    answerDemoState();
    const client = new QueryClient();
    setPersonaId('admin');
    client.setQueryData(queryKeys.subscriptions(), { value: [] });
    await client.fetchQuery(demoStateQueryOptions());
    expect(client.getQueryData(queryKeys.subscriptions())).toEqual({ value: [] });
  });
});
