import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { createMemoryStorage } from '../store/key-value-storage';
import { createMockStore } from '../store/mock-store';
import { createHandlers } from './create-handlers';
import type { TokenCheck } from './handler-deps';

// Who is calling (docs/contract.md §1): `Bearer persona:<id>` everywhere, and on the HTTP server over
// TLS also a signed token, checked by the server's verifier (src/server/identity/). The verifier here
// is a stand-in: what the ARM paths do with its verdict is under test.

const BASE = 'https://arm.test';
const LIST = `${BASE}/subscriptions?api-version=${API_VERSIONS.subscriptions}`;

function handlersWith(verifyToken?: (token: string) => Promise<TokenCheck>) {
  const store = createMockStore({
    storage: createMemoryStorage(),
    scenario: 'default',
    fresh: true,
  });
  return createHandlers({
    armBaseUrl: BASE,
    demoBaseUrl: BASE,
    store,
    ...(verifyToken && { verifyToken }),
  });
}

const verdicts: Record<string, TokenCheck> = {
  'token-admin': { ok: true, personaId: 'admin' },
  'token-ghost': { ok: true, personaId: 'ghost' },
  'token-old': { ok: false, code: 'ExpiredAuthenticationToken', message: 'expired' },
};
const fakeVerifier = (token: string): Promise<TokenCheck> =>
  Promise.resolve(
    verdicts[token] ?? {
      ok: false,
      code: 'InvalidAuthenticationToken',
      message: 'The access token is invalid.',
    },
  );

async function list(authorization: string, verifyToken?: typeof fakeVerifier) {
  const response = await getResponse(
    handlersWith(verifyToken),
    new Request(LIST, { headers: { authorization } }),
  );
  if (response === undefined) throw new Error('no handler answered');
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}

describe('Who is calling: persona or signed token', () => {
  it('Sign-in: a token the verifier accepts is the persona it names, on every ARM path', async () => {
    expect((await list('Bearer token-admin', fakeVerifier)).status).toBe(200);
    expect((await list('Bearer persona:admin', fakeVerifier)).status).toBe(200);
  });

  it('Sign-in: the verifier’s refusal is a 401 with its code and message', async () => {
    expect(await list('Bearer token-old', fakeVerifier)).toEqual({
      status: 401,
      body: { error: { code: 'ExpiredAuthenticationToken', message: 'expired' } },
    });
    expect((await list('Bearer junk', fakeVerifier)).body.error?.code).toBe(
      'InvalidAuthenticationToken',
    );
  });

  it('Sign-in: a valid token for a persona the world does not have is 401 AuthenticationFailed', async () => {
    expect(await list('Bearer token-ghost', fakeVerifier)).toEqual({
      status: 401,
      body: {
        error: {
          code: 'AuthenticationFailed',
          message:
            "Authentication failed. The access token was issued to 'ghost', which is not a persona of the current scenario.",
        },
      },
    });
  });

  it('Sign-in: without a verifier (the browser) a token is refused as any non-persona header is', async () => {
    const answer = await list('Bearer token-admin');
    expect(answer.status).toBe(401);
    expect(answer.body.error?.code).toBe('AuthenticationFailed');
  });
});
