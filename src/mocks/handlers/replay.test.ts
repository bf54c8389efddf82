import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { CANCEL_COMMENT_MAX_LENGTH } from '@/contract/cancel';
import { REPLAY_LIMITS } from '@/contract/limits';
import {
  CLIENT_REQUEST_ID_HEADER,
  MOCK_ANSWER_HEADER,
  MOCK_ANSWER_VALUE,
} from '@/contract/transport';
import { TEST_ARM_BASE_URL } from '../node';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { replayRecordSize } from './replay';
import { arm, demo, useMockServer } from '../testing/mock-server-fixture';

const PROD = DEFAULT_IDS.production;
const OPS = API_VERSIONS.subscriptionOps;

function send(
  path: string,
  options: {
    method?: string;
    requestId?: string;
    persona?: string;
    body?: unknown;
    version: string;
  },
): Promise<Response> {
  const url = new URL(`${TEST_ARM_BASE_URL}${path}`);
  url.searchParams.set('api-version', options.version);
  const headers: Record<string, string> = {
    Authorization: `Bearer persona:${options.persona ?? 'admin'}`,
    'Content-Type': 'application/json',
  };
  if (options.requestId !== undefined) headers[CLIENT_REQUEST_ID_HEADER] = options.requestId;
  return fetch(url, {
    method: options.method ?? 'POST',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

const cancel = (requestId?: string, persona?: string): Promise<Response> =>
  send(`/subscriptions/${PROD}/providers/Microsoft.Subscription/cancel`, {
    version: OPS,
    body: { confirmation: 'Contoso Production', reason: 'too-expensive' },
    ...(requestId === undefined ? {} : { requestId }),
    ...(persona === undefined ? {} : { persona }),
  });

describe('R14: a repeated write (same x-ms-client-request-id) is answered, not applied again', () => {
  let systemNow = Date.parse('2026-03-15T09:00:00Z');
  const mock = useMockServer({ systemNow: () => systemNow });
  const cancellations = (): number =>
    mock()
      .store.world()
      .subscriptions.find((s) => s.subscriptionId === PROD)?.cancellations.length ?? 0;

  it('R14: the same cancel sent twice with one request id gets the first answer (200) and is recorded once', async () => {
    const first = await cancel('3f0c1e52-0000-4000-8000-000000000001');
    const again = await cancel('3f0c1e52-0000-4000-8000-000000000001');
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(await again.json()).toEqual(await first.json());
    expect(cancellations()).toBe(1);
    // A new request id is a new request: R14's 409.
    expect((await cancel('3f0c1e52-0000-4000-8000-000000000002')).status).toBe(409);
  });

  it('R14: a support ticket PUT repeated with its request id answers 201 again and files one ticket', async () => {
    const path = `/subscriptions/${PROD}/providers/Microsoft.Support/supportTickets/t-replay`;
    const body = { properties: { title: 'T', description: 'D', problemType: 'billing' } };
    const options = { method: 'PUT', version: API_VERSIONS.support, body, requestId: 'r-1' };
    expect((await send(path, options)).status).toBe(201);
    expect((await send(path, options)).status).toBe(201);
    expect(
      mock()
        .store.world()
        .tickets.filter((t) => t.name === 't-replay'),
    ).toHaveLength(1);
  });

  it('R14: the same request id from another persona, or with another body, is not a repeat', async () => {
    expect((await cancel('shared-id', 'owner')).status).toBe(403);
    // The owner's 403 is not replayed to the admin, whose call runs.
    expect((await cancel('shared-id', 'admin')).status).toBe(200);
    const rename = (name: string) =>
      send(`/subscriptions/${DEFAULT_IDS.devTest}/providers/Microsoft.Subscription/rename`, {
        version: OPS,
        requestId: 'rename-id',
        body: { subscriptionName: name },
      });
    expect((await rename('First')).status).toBe(200);
    expect((await rename('Second')).status).toBe(200);
    const devTest = mock()
      .store.world()
      .subscriptions.find((s) => s.subscriptionId === DEFAULT_IDS.devTest);
    expect(devTest?.displayName).toBe('Second');
  });

  it('Faults: a request failed by an injected fault is not recorded, so its repeat is applied', async () => {
    await demo('faults', { rules: [{ operation: 'cancel', status: 503, times: 1 }] });
    expect((await cancel('after-fault')).status).toBe(503);
    expect(cancellations()).toBe(0);
    expect((await cancel('after-fault')).status).toBe(200);
    expect(cancellations()).toBe(1);
  });

  it('R14: a demo clock move repeated with its request id moves the clock once', async () => {
    const move = () =>
      fetch('http://localhost/__demo/clock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [CLIENT_REQUEST_ID_HEADER]: 'clock-1' },
        body: JSON.stringify({ advanceMs: 60_000 }),
      });
    expect((await move()).status).toBe(200);
    expect((await move()).status).toBe(200);
    expect(mock().store.settings().clockOffsetMs).toBe(60_000);
  });

  it('R14: a demo reset forgets the recorded answers', async () => {
    expect((await cancel('before-reset')).status).toBe(200);
    systemNow += 1_000;
    await demo('reset', { scenario: 'default' });
    // The fresh scenario has no cancellation: the same id runs against it instead of replaying.
    expect((await cancel('before-reset')).status).toBe(200);
    expect(cancellations()).toBe(1);
  });
});

describe('R14 record: bounded, accepted writes only, no bodies (docs/contract.md §9)', () => {
  const mock = useMockServer();

  it('R14 record: a refused write is not kept, however large its body', async () => {
    const refused = await send(`/subscriptions/${PROD}/providers/Microsoft.Subscription/cancel`, {
      version: OPS,
      requestId: 'refused-1',
      body: { confirmation: 'not the name', reason: 'other', comment: 'x'.repeat(100_000) },
    });
    expect(refused.status).toBe(400);
    expect(replayRecordSize(mock().store)).toEqual({ answers: 0, bytes: 0 });
  });

  it('R14 record: an accepted write keeps its answer, not its request body', async () => {
    const comment = 'y'.repeat(CANCEL_COMMENT_MAX_LENGTH);
    const accepted = await send(`/subscriptions/${PROD}/providers/Microsoft.Subscription/cancel`, {
      version: OPS,
      requestId: 'accepted-1',
      body: { confirmation: 'Contoso Production', reason: 'other', comment },
    });
    expect(accepted.status).toBe(200);
    const size = replayRecordSize(mock().store);
    expect(size.answers).toBe(1);
    expect(size.bytes).toBeLessThan(comment.length);
  });

  it('R14 record: it holds at most the documented number of answers, oldest forgotten first', async () => {
    for (let i = 0; i < REPLAY_LIMITS.maxAnswers + 20; i++) {
      const moved = await fetch('http://localhost/__demo/clock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [CLIENT_REQUEST_ID_HEADER]: `clock-${i}` },
        body: JSON.stringify({ advanceMs: 1 }),
      });
      expect(moved.status).toBe(200);
    }
    const size = replayRecordSize(mock().store);
    expect(size.answers).toBe(REPLAY_LIMITS.maxAnswers);
    expect(size.bytes).toBeLessThanOrEqual(REPLAY_LIMITS.maxBytes);
  });
});

describe('Lost worker: every answer of the mock carries its mark', () => {
  useMockServer();

  it('Lost worker: ARM answers, errors, 401, injected faults and demo answers are all marked', async () => {
    await demo('faults', { rules: [{ operation: 'billing', status: 500, times: 1 }] });
    const answers = [
      await arm('/subscriptions', { apiVersion: API_VERSIONS.subscriptions }),
      await arm(`/subscriptions/${PROD}`, { apiVersion: '1999-01-01' }),
      await arm('/subscriptions', { apiVersion: API_VERSIONS.subscriptions, persona: null }),
      await arm(`/subscriptions/${PROD}/providers/Microsoft.Billing/billingSubscriptions/default`, {
        apiVersion: API_VERSIONS.billing,
      }),
      await demo('state'),
      await demo('persona', { id: 'nobody' }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 400, 401, 500, 200, 400]);
    for (const answer of answers)
      expect(answer.headers.get(MOCK_ANSWER_HEADER)).toBe(MOCK_ANSWER_VALUE);
  });
});
