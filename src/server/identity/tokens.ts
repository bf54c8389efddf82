import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, errors, jwtVerify, SignJWT, type JWK } from 'jose';
import type { TokenCheck } from '@/mocks/handlers/handler-deps';
import type { Persona } from '@/domain/model';

// The sign-in tokens of the server over TLS (docs/azure-tools.md): JWTs signed RS256 by the server's
// own key, which every ARM path accepts beside `persona:<id>`. Their lifetime is real time, not the
// demo clock: a demo that moves the clock a month ahead must not expire the CLI's cached token, which
// the CLI renews by the machine's clock.

/** How long a token lives, as Entra ID's default. */
export const TOKEN_LIFETIME_S = 3600;
/** ARM accepts tokens up to five minutes past their expiry (clock skew). */
const CLOCK_SKEW_S = 300;

/** The audiences ARM accepts: its resource ids, with and without the trailing slash. */
export const ARM_AUDIENCES: readonly string[] = [
  'https://management.core.windows.net/',
  'https://management.core.windows.net',
  'https://management.azure.com/',
  'https://management.azure.com',
];

export interface SigningKeys {
  privateKey: KeyObject;
  /** The public key as the JWKS endpoints publish it, with `kid`, `use` and `alg`. */
  publicJwk: JWK & { kid: string };
  publicKey: KeyObject;
}

/** The keys from a PKCS#8 PEM private key (RSA). */
export async function signingKeysFrom(pem: string): Promise<SigningKeys> {
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, publicKey, publicJwk: { ...jwk, kid, use: 'sig', alg: 'RS256' } };
}

/** A stable object id for a persona in its tenant, shaped as a GUID as Entra ID's are. */
export function objectIdOf(persona: Pick<Persona, 'id' | 'tenantId'>): string {
  const hex = createHash('sha256').update(`${persona.tenantId}/${persona.id}`).digest('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

export interface IssueRequest {
  persona: Persona;
  audience: string;
  issuer: string;
  /** `1.0` for the v1 and AD FS endpoints and managed identity, `2.0` for the v2 endpoint. */
  version: '1.0' | '2.0';
  /** Seconds since the epoch; the machine's clock by default. */
  now?: number;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
  expiresOn: number;
  notBefore: number;
}

/** A token for `persona`, claims as Entra ID's app tokens carry them, plus `persona`. */
export async function issueToken(keys: SigningKeys, request: IssueRequest): Promise<IssuedToken> {
  const now = request.now ?? Math.floor(Date.now() / 1000);
  const oid = objectIdOf(request.persona);
  const token = await new SignJWT({
    tid: request.persona.tenantId,
    oid,
    appid: request.persona.id,
    azp: request.persona.id,
    idtyp: 'app',
    ver: request.version,
    persona: request.persona.id,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: keys.publicJwk.kid })
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setSubject(oid)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + TOKEN_LIFETIME_S)
    .sign(keys.privateKey);
  return {
    token,
    expiresIn: TOKEN_LIFETIME_S,
    expiresOn: now + TOKEN_LIFETIME_S,
    notBefore: now,
  };
}

/** ARM's way of writing a UTC time in its expiry message: `12/6/2026 9:05:07 AM`. */
export function armUtcTime(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  const hours = date.getUTCHours();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hours % 12 || 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
}

const INVALID: TokenCheck = {
  ok: false,
  code: 'InvalidAuthenticationToken',
  message: 'The access token is invalid.',
};

export interface VerifierOptions {
  keys: SigningKeys;
  /** Whether `audience` names this API besides ARM's own ids (the JavaScript SDK asks for `<endpoint>/.default`). */
  isOwnAudience: (audience: string) => boolean;
  /** Seconds since the epoch; the machine's clock by default. */
  now?: () => number;
}

/**
 * HandlerDeps.verifyToken: a token signed by this server's key, for ARM, within its lifetime, naming
 * a persona. Expired → `ExpiredAuthenticationToken`; any other fault (another key, no signature,
 * `alg: none`, not a JWT) → `InvalidAuthenticationToken`; for another resource →
 * `InvalidAuthenticationTokenAudience`; all with ARM's messages. Whether the persona exists in the
 * current world is the caller's check.
 */
export function createTokenVerifier(
  options: VerifierOptions,
): (token: string) => Promise<TokenCheck> {
  const now = options.now ?? ((): number => Math.floor(Date.now() / 1000));
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, options.keys.publicKey, {
        algorithms: ['RS256'],
        clockTolerance: CLOCK_SKEW_S,
        currentDate: new Date(now() * 1000),
        requiredClaims: ['exp', 'aud'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired && typeof error.payload.exp === 'number') {
        return {
          ok: false,
          code: 'ExpiredAuthenticationToken',
          message: `The access token expiry UTC time '${armUtcTime(error.payload.exp)}' is earlier than current UTC time '${armUtcTime(now())}'.`,
        };
      }
      return INVALID;
    }
    const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
    if (!audiences.some((aud) => ARM_AUDIENCES.includes(aud) || options.isOwnAudience(aud))) {
      return {
        ok: false,
        code: 'InvalidAuthenticationTokenAudience',
        message: `The access token has been obtained for wrong audience or resource '${audiences.join(', ').slice(0, 200)}'. It should exactly match with one of the allowed audiences ${ARM_AUDIENCES.map((a) => `'${a}'`).join(',')}.`,
      };
    }
    const persona = payload.persona;
    if (typeof persona !== 'string' || persona === '') return INVALID;
    return { ok: true, personaId: persona };
  };
}
