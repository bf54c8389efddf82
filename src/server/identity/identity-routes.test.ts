import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTOSO_TENANT_ID, contosoPersonas } from '@/mocks/scenarios/personas';
import { createIdentityRoutes } from './identity-routes';
import { signingKeysFrom, type SigningKeys } from './tokens';

// The sign-in endpoints as MSAL Python (the Azure CLI, azure-identity) and IMDS clients read them.

const INTERNAL = 'http://mock-api.internal';
const PUBLIC = 'https://127.0.0.1:4010';
let keys: SigningKeys;
let routes: (request: Request) => Promise<Response | undefined>;

beforeAll(async () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  keys = await signingKeysFrom(pem);
  routes = createIdentityRoutes({
    keys,
    publicOrigin: () => PUBLIC,
    world: () => ({ personas: contosoPersonas(), signedInPersonaId: 'owner' }),
  });
});

/** A request as the HTTP server hands it over: rewritten onto the internal origin, Host kept. */
async function call(
  path: string,
  init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers = new Headers({ host: '127.0.0.1:4010', ...init.headers });
  let body: string | undefined;
  if (init.form !== undefined) {
    headers.set('content-type', 'application/x-www-form-urlencoded');
    body = new URLSearchParams(init.form).toString();
  }
  const response = await routes(
    new Request(`${INTERNAL}${path}`, {
      method: init.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
    }),
  );
  if (response === undefined) throw new Error(`${path} is not a sign-in route`);
  return response;
}

const clientCredentials = (extra: Record<string, string> = {}) => ({
  grant_type: 'client_credentials',
  client_id: 'admin',
  client_secret: 'any',
  scope: 'https://management.core.windows.net//.default',
  ...extra,
});

describe('Sign-in: AD FS authority (the Azure CLI)', () => {
  it('Sign-in: /adfs/.well-known/openid-configuration gives the endpoints MSAL reads, at the origin the client used', async () => {
    const config = (await (await call('/adfs/.well-known/openid-configuration')).json()) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({
      issuer: `${PUBLIC}/adfs`,
      authorization_endpoint: `${PUBLIC}/adfs/oauth2/authorize`,
      token_endpoint: `${PUBLIC}/adfs/oauth2/token`,
      jwks_uri: `${PUBLIC}/adfs/discovery/keys`,
    });
    const viaName = (await (
      await call('/adfs/.well-known/openid-configuration', { headers: { host: 'localhost:4010' } })
    ).json()) as { token_endpoint: string };
    expect(viaName.token_endpoint).toBe('https://localhost:4010/adfs/oauth2/token');
  });

  it('Sign-in: the JWKS publishes the public signing key only', async () => {
    const { keys: published } = (await (await call('/adfs/discovery/keys')).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(published).toEqual([keys.publicJwk]);
    expect(published[0]).not.toHaveProperty('d');
  });

  it('Sign-in: client credentials with a persona id and any secret give a token whose aud is the resource asked for', async () => {
    const response = await call('/adfs/oauth2/token', { form: clientCredentials() });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      resource: 'https://management.core.windows.net/',
    });
    expect(decodeJwt(body.access_token as string)).toMatchObject({
      iss: `${PUBLIC}/adfs`,
      aud: 'https://management.core.windows.net/',
      tid: CONTOSO_TENANT_ID,
      appid: 'admin',
      persona: 'admin',
    });
    const v1 = (await (
      await call('/adfs/oauth2/token', {
        form: clientCredentials({ scope: '', resource: 'https://management.azure.com/' }),
      })
    ).json()) as { access_token: string };
    expect(decodeJwt(v1.access_token).aud).toBe('https://management.azure.com/');
  });

  it('Sign-in: an unknown client, no secret and another grant are refused in OAuth’s error shape', async () => {
    const unknown = await call('/adfs/oauth2/token', {
      form: clientCredentials({ client_id: 'mallory' }),
    });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_client' });
    const noSecret = await call('/adfs/oauth2/token', {
      form: clientCredentials({ client_secret: '' }),
    });
    expect(noSecret.status).toBe(401);
    expect(await noSecret.json()).toMatchObject({
      error: 'invalid_client',
      error_description: expect.stringMatching(/^AADSTS7000216: /) as unknown,
    });
    const password = await call('/adfs/oauth2/token', {
      form: clientCredentials({ grant_type: 'password' }),
    });
    expect(password.status).toBe(400);
    expect(await password.json()).toMatchObject({ error: 'unsupported_grant_type' });
    expect((await call('/adfs/oauth2/token')).status).toBe(405);
  });

  it('Sign-in: HTTP Basic client authentication is accepted as well', async () => {
    const basic = Buffer.from('reader:secret').toString('base64');
    const response = await call('/adfs/oauth2/token', {
      form: { grant_type: 'client_credentials', scope: 'https://management.azure.com/.default' },
      headers: { authorization: `Basic ${basic}` },
    });
    const body = (await response.json()) as { access_token: string };
    expect(decodeJwt(body.access_token)).toMatchObject({
      persona: 'reader',
      aud: 'https://management.azure.com',
    });
  });
});

describe('Sign-in: Entra ID shape under /{tenant} (azure-identity, MSAL)', () => {
  it('Sign-in: the v2 configuration of the tenant, by GUID or by domain, names its v2 token endpoint', async () => {
    for (const tenant of [CONTOSO_TENANT_ID, 'contoso.onmicrosoft.com']) {
      const config = (await (
        await call(`/${tenant}/v2.0/.well-known/openid-configuration`)
      ).json()) as Record<string, string>;
      expect(config).toMatchObject({
        issuer: `${PUBLIC}/${CONTOSO_TENANT_ID}/v2.0`,
        token_endpoint: `${PUBLIC}/${CONTOSO_TENANT_ID}/oauth2/v2.0/token`,
        authorization_endpoint: `${PUBLIC}/${CONTOSO_TENANT_ID}/oauth2/v2.0/authorize`,
        jwks_uri: `${PUBLIC}/${CONTOSO_TENANT_ID}/discovery/v2.0/keys`,
      });
    }
    const v1 = (await (
      await call(`/${CONTOSO_TENANT_ID}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(v1.token_endpoint).toBe(`${PUBLIC}/${CONTOSO_TENANT_ID}/oauth2/token`);
  });

  it('Sign-in: an unknown tenant answers AADSTS90002', async () => {
    const response = await call(
      '/00000000-0000-0000-0000-000000000000/v2.0/.well-known/openid-configuration',
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_tenant' });
  });

  it('Sign-in: the v2 token endpoint gives a v2 token for the tenant’s persona; another tenant’s path refuses it', async () => {
    const response = await call(`/${CONTOSO_TENANT_ID}/oauth2/v2.0/token`, {
      form: clientCredentials({ scope: 'https://management.azure.com/.default' }),
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('resource');
    expect(decodeJwt(body.access_token as string)).toMatchObject({
      iss: `${PUBLIC}/${CONTOSO_TENANT_ID}/v2.0`,
      aud: 'https://management.azure.com',
      ver: '2.0',
    });
    const common = await call('/organizations/oauth2/v2.0/token', { form: clientCredentials() });
    expect(common.status).toBe(200);
  });

  it('Sign-in: instance discovery points MSAL at the tenant’s configuration on this host', async () => {
    const authorize = `${PUBLIC}/${CONTOSO_TENANT_ID}/oauth2/v2.0/authorize`;
    const response = await call(
      `/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(authorize)}`,
    );
    expect(await response.json()).toEqual({
      tenant_discovery_endpoint: `${PUBLIC}/${CONTOSO_TENANT_ID}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [
        {
          preferred_network: '127.0.0.1:4010',
          preferred_cache: '127.0.0.1:4010',
          aliases: ['127.0.0.1:4010'],
        },
      ],
    });
  });

  it('Sign-in: interactive sign-in is not offered, and says so', async () => {
    const response = await call(`/${CONTOSO_TENANT_ID}/oauth2/v2.0/authorize`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_response_type' });
  });
});

describe('Sign-in: cloud metadata and managed identity', () => {
  it('Sign-in: /metadata/endpoints describes this cloud as Azure Stack does, with the AD FS login endpoint', async () => {
    expect(await (await call('/metadata/endpoints?api-version=2015-01-01')).json()).toMatchObject({
      authentication: {
        loginEndpoint: `${PUBLIC}/adfs`,
        audiences: ['https://management.core.windows.net/'],
      },
    });
  });

  it('Sign-in: IMDS needs the Metadata header and gives the signed-in persona’s token for the resource', async () => {
    const path =
      '/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/';
    const refused = await call(path);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      error: 'invalid_request',
      error_description: 'Required metadata header not specified',
    });
    const body = (await (await call(path, { headers: { metadata: 'true' } })).json()) as Record<
      string,
      string
    >;
    expect(body).toMatchObject({
      client_id: 'owner',
      resource: 'https://management.azure.com/',
      token_type: 'Bearer',
      expires_in: '3600',
    });
    expect(decodeJwt(body.access_token as string)).toMatchObject({
      persona: 'owner',
      aud: 'https://management.azure.com/',
    });
  });

  it('Sign-in: ARM and demo paths are not the sign-in routes’ to answer', async () => {
    for (const path of [
      '/subscriptions?api-version=2022-12-01',
      '/__demo/state',
      '/tenants',
      '/metadata/other',
    ]) {
      expect(await routes(new Request(`${INTERNAL}${path}`))).toBeUndefined();
    }
  });
});
