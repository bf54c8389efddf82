import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contosoPersonas } from '@/mocks/scenarios/personas';
import type { Persona } from '@/domain/model';
import { issueToken, signingKeysFrom } from './identity/tokens';
import { startApi, type StartedApi } from './start-api';
import { httpsCall, tokenFor } from './testing/https-client';
import { generatedTls, type TlsMaterial } from './tls';

// The API with --tls: HTTPS, the sign-in endpoints, and every ARM path taking their tokens beside
// `persona:<id>`. Without --tls, as before.

const LIST = '/subscriptions?api-version=2022-12-01';
let root: string;
let tls: TlsMaterial;
let ca: string;
let started: StartedApi;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'azsub-api-'));
  tls = await generatedTls(join(root, 'tls'));
  ca = readFileSync(tls.caPath, 'utf8');
  started = await startApi({ port: 0, host: '127.0.0.1', scenario: 'default', tls });
});
afterAll(async () => {
  await started.api.close();
  rmSync(root, { recursive: true, force: true });
});

const arm = (token: string) =>
  httpsCall(`${started.origin}${LIST}`, { ca, headers: { Authorization: `Bearer ${token}` } });

describe('API over TLS', () => {
  it('Sign-in: the API answers over HTTPS at an https origin, persona:<id> still works', async () => {
    expect(started.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const answer = await arm('persona:admin');
    expect(answer.status).toBe(200);
    expect(answer.json<{ value: unknown[] }>().value).toHaveLength(7);
  });

  it('Sign-in: a token from the AD FS authority lists the persona’s subscriptions; the reader’s is refused a cancel (403)', async () => {
    const answer = await arm(await tokenFor(started.origin, ca, 'admin'));
    expect(answer.status).toBe(200);
    expect(answer.json<{ value: unknown[] }>().value).toHaveLength(7);
    const reader = await tokenFor(started.origin, ca, 'reader');
    const list = await arm(reader);
    const first = list.json<{ value: { subscriptionId: string }[] }>().value[0];
    const cancel = await httpsCall(
      `${started.origin}/subscriptions/${first?.subscriptionId}/providers/Microsoft.Subscription/cancel?api-version=2021-10-01`,
      { ca, method: 'POST', headers: { Authorization: `Bearer ${reader}` } },
    );
    expect(cancel.status).toBe(403);
  });

  it('Sign-in: a token of the server’s key for a persona the world does not have answers 401 AuthenticationFailed', async () => {
    const keys = await signingKeysFrom(tls.signingKey as string);
    const ghost: Persona = { ...(contosoPersonas()[0] as Persona), id: 'ghost' };
    const { token } = await issueToken(keys, {
      persona: ghost,
      audience: 'https://management.azure.com',
      issuer: `${started.origin}/adfs`,
      version: '1.0',
    });
    const answer = await arm(token);
    expect(answer.status).toBe(401);
    expect(answer.json()).toEqual({
      error: {
        code: 'AuthenticationFailed',
        message:
          "Authentication failed. The access token was issued to 'ghost', which is not a persona of the current scenario.",
      },
    });
  });

  it('Sign-in: a tampered token answers 401 InvalidAuthenticationToken', async () => {
    const token = await tokenFor(started.origin, ca, 'admin');
    const answer = await arm(`${token.slice(0, -4)}AAAA`);
    expect(answer.status).toBe(401);
    expect(answer.json<{ error: { code: string } }>().error.code).toBe(
      'InvalidAuthenticationToken',
    );
  });

  it('Sign-in: the signing key is the one kept with the certificate, so tokens outlive a restart', async () => {
    const token = await tokenFor(started.origin, ca, 'owner');
    const again = await startApi({ port: 0, host: '127.0.0.1', scenario: 'default', tls });
    try {
      const answer = await httpsCall(`${again.origin}${LIST}`, {
        ca,
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(answer.status).toBe(200);
    } finally {
      await again.api.close();
    }
  });

  it('Sign-in: without --tls the API is plain HTTP and refuses a token as before', async () => {
    const token = await tokenFor(started.origin, ca, 'admin');
    const plain = await startApi({ port: 0, host: '127.0.0.1', scenario: 'default' });
    try {
      expect(plain.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const answer = await fetch(`${plain.origin}${LIST}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(answer.status).toBe(401);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe(
        'AuthenticationFailed',
      );
      expect((await fetch(`${plain.origin}/adfs/.well-known/openid-configuration`)).status).toBe(
        404,
      );
    } finally {
      await plain.api.close();
    }
  });
});
