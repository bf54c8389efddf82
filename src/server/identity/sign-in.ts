import { generateKeyPairSync } from 'node:crypto';
import type { TokenCheck } from '@/mocks/handlers/handler-deps';
import type { MockStore } from '@/mocks/store/mock-store';
import { createIdentityRoutes } from './identity-routes';
import { createTokenVerifier, signingKeysFrom } from './tokens';

// What the HTTP server over TLS needs for sign-in, made before it listens: the routes of the
// authorities and the token check that ARM paths use. Both need what only the started server knows
// (its store, its port), so they are bound to it once it listens.

export interface ServedApi {
  port: number;
  store: MockStore;
}

export interface SignIn {
  preRoutes: (request: Request) => Promise<Response | undefined>;
  verifyToken: (token: string) => Promise<TokenCheck>;
  /** Called once the server listens, before it reads a request (the same turn of the event loop). */
  bind(api: ServedApi, publicOrigin: string): void;
}

/** Sign-in with the tokens signed by `signingKeyPem` (PKCS#8), or by a key made for this process. */
export async function createSignIn(signingKeyPem?: string): Promise<SignIn> {
  const pem =
    signingKeyPem ??
    (generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string);
  const keys = await signingKeysFrom(pem);
  let bound: { api: ServedApi; origin: string } | undefined;
  const routes = createIdentityRoutes({
    keys,
    publicOrigin: () => bound?.origin ?? '',
    world: () => {
      if (bound === undefined) throw new Error('sign-in is not bound to a server');
      const { store } = bound.api;
      return { personas: store.world().personas, signedInPersonaId: store.settings().personaId };
    },
  });
  const verifyToken = createTokenVerifier({
    keys,
    // The JavaScript SDK asks for `<endpoint>/.default`: this API's origin, by whichever host name.
    isOwnAudience: (audience) => {
      if (bound === undefined) return false;
      try {
        const url = new URL(audience);
        return (
          url.protocol === 'https:' &&
          url.port === String(bound.api.port) &&
          (url.pathname === '/' || url.pathname === '')
        );
      } catch {
        return false;
      }
    },
  });
  return {
    preRoutes: (request) => (bound === undefined ? Promise.resolve(undefined) : routes(request)),
    verifyToken,
    bind: (api, origin) => {
      bound = { api, origin };
    },
  };
}
