import { describe, expect, it } from 'vitest';
import { isAnswerForRepeats, mayBeRepeat, repeatIdentity, type RepeatableCall } from './replay';

const call: RepeatableCall = {
  worldLoadedAt: 1,
  personaId: 'admin',
  method: 'POST',
  url: 'https://management.azure.com/subscriptions/s/providers/Microsoft.Subscription/cancel',
  requestId: 'id-1',
  body: '{"reason":"too-expensive"}',
};

describe('R14: which calls are repeats', () => {
  it('R14: a write with a client request id may be a repeat', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(mayBeRepeat(method, 'id-1')).toBe(true);
  });

  it('R14: a read, or a write without an id, is always applied', () => {
    expect(mayBeRepeat('GET', 'id-1')).toBe(false);
    expect(mayBeRepeat('HEAD', 'id-1')).toBe(false);
    expect(mayBeRepeat('POST', null)).toBe(false);
    expect(mayBeRepeat('POST', '')).toBe(false);
  });

  it('R14: the same id with the same caller, method, URL and body in the same world is the same request', () => {
    expect(repeatIdentity({ ...call })).toEqual(repeatIdentity(call));
  });

  it('R14: the same id with anything else changed is a new request', () => {
    const changes: Partial<RepeatableCall>[] = [
      { worldLoadedAt: 2 },
      { personaId: 'owner' },
      { method: 'PUT' },
      { url: `${call.url}?x=1` },
      { requestId: 'id-2' },
      { body: '{"reason":"other"}' },
    ];
    for (const change of changes)
      expect(repeatIdentity({ ...call, ...change })).not.toEqual(repeatIdentity(call));
  });
});

describe('R14: which answers a repeat gets again', () => {
  it('R14: an accepted write (2xx) is answered again, never applied twice', () => {
    for (const status of [200, 201, 202, 204]) expect(isAnswerForRepeats(status)).toBe(true);
  });

  it('R14: a refused write changed nothing, so its retry is applied', () => {
    for (const status of [400, 403, 409, 413, 429, 500, 503])
      expect(isAnswerForRepeats(status)).toBe(false);
  });
});
