import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, SignJWT, UnsecuredJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { contosoPersonas } from '@/mocks/scenarios/personas';
import type { Persona } from '@/domain/model';
import {
  armUtcTime,
  createTokenVerifier,
  issueToken,
  objectIdOf,
  signingKeysFrom,
  TOKEN_LIFETIME_S,
  type SigningKeys,
} from './tokens';

// The sign-in tokens: what they claim, and how ARM paths refuse one that is not the server's, not for
// ARM, or expired, with ARM's codes and messages.

const admin = contosoPersonas()[0] as Persona;
const OWN = 'https://127.0.0.1:4010';

function pem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
}

let keys: SigningKeys;
let foreign: SigningKeys;
beforeAll(async () => {
  keys = await signingKeysFrom(pem());
  foreign = await signingKeysFrom(pem());
});

const verifier = (now?: number) =>
  createTokenVerifier({
    keys,
    isOwnAudience: (audience) => audience === OWN,
    ...(now !== undefined && { now: () => now }),
  });

const issue = (audience = 'https://management.core.windows.net/', now?: number) =>
  issueToken(keys, {
    persona: admin,
    audience,
    issuer: `${OWN}/adfs`,
    version: '1.0',
    ...(now !== undefined && { now }),
  });

describe('Sign-in tokens', () => {
  it('Sign-in: a token carries iss, aud, tid, oid, appid, persona, iat, nbf and exp one hour on, signed RS256 with the published key id', async () => {
    const { token, expiresIn } = await issue('https://management.azure.com', 1_800_000_000);
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: keys.publicJwk.kid,
    });
    expect(decodeJwt(token)).toMatchObject({
      iss: `${OWN}/adfs`,
      aud: 'https://management.azure.com',
      tid: admin.tenantId,
      oid: objectIdOf(admin),
      sub: objectIdOf(admin),
      appid: 'admin',
      persona: 'admin',
      iat: 1_800_000_000,
      nbf: 1_800_000_000,
      exp: 1_800_000_000 + TOKEN_LIFETIME_S,
    });
    expect(expiresIn).toBe(3600);
    expect(objectIdOf(admin)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys.publicJwk).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256' });
    expect(keys.publicJwk).not.toHaveProperty('d');
  });

  it('Sign-in: ARM accepts the server’s token for ARM’s resource ids and for this API’s own origin', async () => {
    for (const audience of [
      'https://management.core.windows.net/',
      'https://management.azure.com',
      OWN,
    ]) {
      const { token } = await issue(audience);
      expect(await verifier()(token)).toEqual({ ok: true, personaId: 'admin' });
    }
  });

  it('Sign-in: an expired token answers ExpiredAuthenticationToken with ARM’s message', async () => {
    const issuedAt = Date.UTC(2026, 11, 6, 9, 5, 7) / 1000;
    const { token } = await issue(undefined, issuedAt);
    const now = issuedAt + 2 * 3600;
    expect(await verifier(now)(token)).toEqual({
      ok: false,
      code: 'ExpiredAuthenticationToken',
      message:
        "The access token expiry UTC time '12/6/2026 10:05:07 AM' is earlier than current UTC time '12/6/2026 11:05:07 AM'.",
    });
    // Five minutes of clock skew, as ARM allows.
    expect((await verifier(issuedAt + 3600 + 240)(token)).ok).toBe(true);
  });

  it('Sign-in: another key’s token, an unsigned one (alg none) and a string that is no JWT answer InvalidAuthenticationToken', async () => {
    const invalid = {
      ok: false,
      code: 'InvalidAuthenticationToken',
      message: 'The access token is invalid.',
    };
    const claims = { persona: 'admin', aud: 'https://management.azure.com' };
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: keys.publicJwk.kid })
      .setExpirationTime('1h')
      .sign(foreign.privateKey);
    const unsigned = new UnsecuredJWT(claims).setExpirationTime('1h').encode();
    const { token } = await issue();
    const [header, payload] = token.split('.');
    const stripped = `${header}.${payload}.`;
    for (const bad of [forged, unsigned, stripped, 'persona-admin', 'a.b.c']) {
      expect(await verifier()(bad)).toEqual(invalid);
    }
  });

  it('Sign-in: a token for another resource answers InvalidAuthenticationTokenAudience', async () => {
    const { token } = await issue('https://graph.microsoft.com');
    expect(await verifier()(token)).toEqual({
      ok: false,
      code: 'InvalidAuthenticationTokenAudience',
      message:
        "The access token has been obtained for wrong audience or resource 'https://graph.microsoft.com'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'.",
    });
  });

  it('Sign-in: ARM’s time format is month/day/year and a 12-hour clock', () => {
    expect(armUtcTime(Date.UTC(2026, 0, 2, 0, 3, 4) / 1000)).toBe('1/2/2026 12:03:04 AM');
    expect(armUtcTime(Date.UTC(2026, 0, 2, 13, 3, 4) / 1000)).toBe('1/2/2026 1:03:04 PM');
  });
});
