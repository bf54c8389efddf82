import type { Persona } from '@/domain/model';
import { issueToken, type SigningKeys } from './tokens';

// The sign-in endpoints of the server over TLS (docs/azure-tools.md), answered before the ARM
// handlers (MockApiOptions.preRoutes). Two shapes of authority, because the tools reach them
// differently:
//
// - AD FS at `/adfs`: the Azure CLI (MSAL Python) trusts an authority whose path is `/adfs` without
//   asking login.microsoftonline.com to validate it (instance discovery), so `az cloud register` with
//   `--endpoint-active-directory https://127.0.0.1:<port>/adfs` signs in offline. MSAL reads
//   `authorization_endpoint` and `token_endpoint` from `/adfs/.well-known/openid-configuration`.
// - Entra ID under `/{tenant}`: v2 (`v2.0/.well-known/openid-configuration`, `oauth2/v2.0/token`)
//   for azure-identity's ClientSecretCredential, v1 (`.well-known/openid-configuration`,
//   `oauth2/token` with `resource`) for older clients, and `/common/discovery/instance` for a client
//   told to discover here.
//
// Only the client-credentials grant is offered: `client_id` names a persona of the current world, any
// secret (or client assertion) is accepted, and the resource asked for becomes the token's `aud`.
// Besides, `/metadata/endpoints` describes this "cloud" as Azure Stack does (so `az cloud register`
// needs only `--endpoint-resource-manager`), and `/metadata/identity/oauth2/token` is a managed
// identity endpoint (IMDS's shape) for the signed-in persona.

export interface IdentityWorld {
  personas: readonly Persona[];
  /** The persona the demo has signed in (`/__demo/persona`): the managed identity's. */
  signedInPersonaId: string;
}

export interface IdentityRoutesOptions {
  /** The API's origin as this machine reaches it, for a request without a usable Host header. */
  publicOrigin: () => string;
  keys: SigningKeys;
  world: () => IdentityWorld;
}

type Flavour = 'adfs' | 'v1' | 'v2';

/** Scopes MSAL adds on its own; they name no resource. */
const RESERVED_SCOPES = new Set(['openid', 'profile', 'offline_access']);
/** Tenant names that stand for "any directory" in discovery. */
const ANY_TENANT = new Set(['common', 'organizations']);

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers });
}

/** OAuth 2's error shape (RFC 6749 §5.2), which MSAL shows to the user. */
function oauthError(status: number, error: string, description: string): Response {
  return json({ error, error_description: description }, status, NO_STORE);
}

function methodNotAllowed(allow: string): Response {
  return json(
    { error: 'invalid_request', error_description: `This endpoint answers ${allow} only.` },
    405,
    { Allow: allow },
  );
}

/** The origin the client used (its Host header), so that the endpoints it is sent to reach this server. */
function originOf(request: Request, fallback: () => string): string {
  const host = request.headers.get('host');
  if (host !== null && /^[A-Za-z0-9.\-[\]:]+$/.test(host)) {
    try {
      return new URL(`https://${host}`).origin;
    } catch {
      // A malformed Host: the server's own origin below.
    }
  }
  return fallback();
}

function tenantsOf(world: IdentityWorld): Map<string, string> {
  // Tenant by GUID (lower case) and by domain (contoso.onmicrosoft.com), as Entra ID accepts both.
  const tenants = new Map<string, string>();
  for (const persona of world.personas) {
    tenants.set(persona.tenantId.toLowerCase(), persona.tenantId);
    const domain = persona.userPrincipalName.split('@')[1];
    if (domain !== undefined) tenants.set(domain.toLowerCase(), persona.tenantId);
  }
  return tenants;
}

/** The tenant GUID a path segment names; `*` for common/organizations; undefined when unknown. */
function resolveTenant(segment: string, world: IdentityWorld): string | undefined {
  if (ANY_TENANT.has(segment.toLowerCase())) return '*';
  return tenantsOf(world).get(segment.toLowerCase());
}

function unknownTenant(segment: string): Response {
  return oauthError(
    400,
    'invalid_tenant',
    `AADSTS90002: Tenant '${segment.slice(0, 100)}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. This clone knows the tenants of its scenario's personas.`,
  );
}

function jwks(keys: SigningKeys): Response {
  return json({ keys: [keys.publicJwk] });
}

/** What both authorities serve alike: client credentials, tokens signed with RS256. */
const SERVED_FLOWS = {
  response_types_supported: ['token'],
  response_modes_supported: ['query', 'fragment', 'form_post'],
  grant_types_supported: ['client_credentials'],
  subject_types_supported: ['pairwise'],
  scopes_supported: ['openid'],
  id_token_signing_alg_values_supported: ['RS256'],
};

function adfsConfiguration(origin: string): unknown {
  const adfs = `${origin}/adfs`;
  return {
    issuer: adfs,
    authorization_endpoint: `${adfs}/oauth2/authorize`,
    token_endpoint: `${adfs}/oauth2/token`,
    jwks_uri: `${adfs}/discovery/keys`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    ...SERVED_FLOWS,
    access_token_issuer: adfs,
  };
}

function entraConfiguration(origin: string, tenant: string, version: '1.0' | '2.0'): unknown {
  const v2 = version === '2.0';
  const base = `${origin}/${tenant}`;
  const issuerTenant = ANY_TENANT.has(tenant.toLowerCase()) ? '{tenantid}' : tenant;
  return {
    issuer: v2 ? `${origin}/${issuerTenant}/v2.0` : `${origin}/${issuerTenant}/`,
    authorization_endpoint: `${base}/oauth2${v2 ? '/v2.0' : ''}/authorize`,
    token_endpoint: `${base}/oauth2${v2 ? '/v2.0' : ''}/token`,
    jwks_uri: `${base}/discovery${v2 ? '/v2.0' : ''}/keys`,
    end_session_endpoint: `${base}/oauth2${v2 ? '/v2.0' : ''}/logout`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'client_secret_basic',
      'private_key_jwt',
    ],
    ...SERVED_FLOWS,
    tenant_region_scope: 'NA',
    cloud_instance_name: new URL(origin).host,
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  };
}

/**
 * MSAL's instance discovery, for a client told to discover here: the tenant's v2 configuration, and
 * this host as its own only alias.
 */
function instanceDiscovery(url: URL, origin: string): Response {
  const authorize = url.searchParams.get('authorization_endpoint') ?? '';
  let tenant = 'common';
  try {
    tenant = new URL(authorize).pathname.split('/')[1] || 'common';
  } catch {
    // No or a malformed authorization_endpoint: common.
  }
  const host = new URL(origin).host;
  return json({
    tenant_discovery_endpoint: `${origin}/${tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}

/** `https://management.azure.com/.default` → `https://management.azure.com` (what Entra ID puts in `aud`). */
function audienceOfScope(scope: string): string | undefined {
  const resource = scope
    .split(/\s+/)
    .find((s) => s !== '' && !RESERVED_SCOPES.has(s.toLowerCase()));
  if (resource === undefined) return undefined;
  return resource.endsWith('/.default') ? resource.slice(0, -'/.default'.length) : resource;
}

/** client_id and secret from the body or from HTTP Basic (client_secret_basic). */
function clientOf(form: URLSearchParams, request: Request): { id?: string; proof: boolean } {
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (basic !== undefined) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      return {
        id: decodeURIComponent(decoded.slice(0, colon)),
        proof: decoded.length > colon + 1,
      };
    }
  }
  const id = form.get('client_id') ?? undefined;
  const proof =
    (form.get('client_secret') ?? '') !== '' || (form.get('client_assertion') ?? '') !== '';
  return { ...(id !== undefined && { id }), proof };
}

interface TokenContext {
  flavour: Flavour;
  /** The tenant GUID of the path (`*` for common/organizations); none for AD FS. */
  tenant?: string;
  origin: string;
}

async function tokenEndpoint(
  request: Request,
  context: TokenContext,
  options: IdentityRoutesOptions,
): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  const grant = form.get('grant_type');
  if (grant === null || grant === '') {
    return oauthError(
      400,
      'invalid_request',
      "AADSTS900144: The request body must contain the following parameter: 'grant_type'.",
    );
  }
  if (grant !== 'client_credentials') {
    return oauthError(
      400,
      'unsupported_grant_type',
      `AADSTS70003: The app requested an unsupported grant type '${grant.slice(0, 50)}'. This clone signs in service principals only: grant_type=client_credentials, client_id = a persona id, any client_secret.`,
    );
  }
  const client = clientOf(form, request);
  if (client.id === undefined || client.id === '') {
    return oauthError(
      400,
      'invalid_request',
      "AADSTS900144: The request body must contain the following parameter: 'client_id'.",
    );
  }
  if (!client.proof) {
    return oauthError(
      401,
      'invalid_client',
      "AADSTS7000216: 'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
    );
  }
  const world = options.world();
  const persona = world.personas.find((p) => p.id === client.id);
  const tenant = context.tenant;
  if (
    persona === undefined ||
    (tenant !== undefined &&
      tenant !== '*' &&
      tenant.toLowerCase() !== persona.tenantId.toLowerCase())
  ) {
    const known = world.personas.map((p) => p.id).join(', ');
    return context.flavour === 'adfs'
      ? oauthError(
          401,
          'invalid_client',
          `MSIS9607: The 'client_id' parameter in the request is invalid. No registered client is found with this identifier. The clients of this clone are its personas: ${known}.`,
        )
      : oauthError(
          400,
          'unauthorized_client',
          `AADSTS700016: Application with identifier '${client.id.slice(0, 100)}' was not found in the directory '${(tenant ?? '').slice(0, 100)}'. The applications of this clone are its personas: ${known}.`,
        );
  }
  const resource = form.get('resource');
  const audience =
    resource !== null && resource !== '' ? resource : audienceOfScope(form.get('scope') ?? '');
  if (audience === undefined) {
    return oauthError(
      400,
      'invalid_request',
      "AADSTS900144: The request body must contain the following parameter: 'scope'.",
    );
  }
  const issuer =
    context.flavour === 'adfs'
      ? `${context.origin}/adfs`
      : context.flavour === 'v2'
        ? `${context.origin}/${persona.tenantId}/v2.0`
        : `${context.origin}/${persona.tenantId}/`;
  const issued = await issueToken(options.keys, {
    persona,
    audience,
    issuer,
    version: context.flavour === 'v2' ? '2.0' : '1.0',
  });
  return json(
    {
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      ext_expires_in: issued.expiresIn,
      access_token: issued.token,
      // v1 and AD FS clients read these as strings, as Entra ID's v1 endpoint sends them.
      ...(context.flavour !== 'v2' && {
        expires_on: String(issued.expiresOn),
        not_before: String(issued.notBefore),
        resource: audience,
      }),
    },
    200,
    NO_STORE,
  );
}

/** IMDS's token endpoint, for the persona signed in to the demo (or the one named by `client_id`). */
async function managedIdentity(
  request: Request,
  url: URL,
  origin: string,
  options: IdentityRoutesOptions,
): Promise<Response> {
  if ((request.headers.get('metadata') ?? '').toLowerCase() !== 'true') {
    return oauthError(400, 'invalid_request', 'Required metadata header not specified');
  }
  const resource = url.searchParams.get('resource');
  if (resource === null || resource === '') {
    return oauthError(400, 'invalid_request', 'Required audience parameter not specified');
  }
  const world = options.world();
  const wanted = url.searchParams.get('client_id') ?? world.signedInPersonaId;
  const persona = world.personas.find((p) => p.id === wanted);
  if (persona === undefined) {
    return oauthError(
      400,
      'invalid_request',
      `Identity not found: '${wanted.slice(0, 100)}' is not a persona of the current scenario.`,
    );
  }
  const issued = await issueToken(options.keys, {
    persona,
    audience: resource,
    issuer: `${origin}/${persona.tenantId}/`,
    version: '1.0',
  });
  return json(
    {
      access_token: issued.token,
      client_id: persona.id,
      expires_in: String(issued.expiresIn),
      expires_on: String(issued.expiresOn),
      ext_expires_in: String(issued.expiresIn),
      not_before: String(issued.notBefore),
      resource,
      token_type: 'Bearer',
    },
    200,
    NO_STORE,
  );
}

/** Azure Stack's cloud description, which `az cloud register --endpoint-resource-manager` reads. */
function cloudMetadata(origin: string): Response {
  return json({
    galleryEndpoint: `${origin}/`,
    graphEndpoint: 'https://graph.windows.net/',
    portalEndpoint: `${origin}/`,
    authentication: {
      loginEndpoint: `${origin}/adfs`,
      audiences: ['https://management.core.windows.net/'],
    },
  });
}

function interactiveRefused(): Response {
  return oauthError(
    400,
    'unsupported_response_type',
    'This clone offers no interactive sign-in: sign in as a service principal (client credentials), client_id = a persona id, any secret.',
  );
}

/**
 * MockApiOptions.preRoutes: the sign-in endpoints' answer to `request`, or undefined when the path is
 * not one of them (the ARM and demo handlers answer it).
 */
export function createIdentityRoutes(
  options: IdentityRoutesOptions,
): (request: Request) => Promise<Response | undefined> {
  return async (request) => {
    const url = new URL(request.url);
    const segments = url.pathname.replace(/\/+$/, '').split('/').slice(1);
    const path = segments.map((s) => s.toLowerCase());
    const method = request.method.toUpperCase();
    const origin = (): string => originOf(request, options.publicOrigin);
    const only = (allowed: string, answer: () => Response | Promise<Response>) =>
      allowed.split(', ').includes(method) ? answer() : methodNotAllowed(allowed);

    const [first, ...rest] = path;
    const tail = rest.join('/');
    if (first === undefined || first === '') return undefined;

    if (first === 'metadata') {
      if (tail === 'endpoints') return only('GET, HEAD', () => cloudMetadata(origin()));
      if (tail === 'identity/oauth2/token') {
        return only('GET', () => managedIdentity(request, url, origin(), options));
      }
      return undefined;
    }
    if (first === 'adfs') {
      switch (tail) {
        case '.well-known/openid-configuration':
          return only('GET, HEAD', () => json(adfsConfiguration(origin())));
        case 'discovery/keys':
          return only('GET, HEAD', () => jwks(options.keys));
        case 'oauth2/token':
          return only('POST', () =>
            tokenEndpoint(request, { flavour: 'adfs', origin: origin() }, options),
          );
        case 'oauth2/authorize':
          return interactiveRefused();
        default:
          return undefined;
      }
    }
    if (first === 'common' && tail === 'discovery/instance') {
      return only('GET, HEAD', () => instanceDiscovery(url, origin()));
    }

    const v2 = [
      'v2.0/.well-known/openid-configuration',
      'oauth2/v2.0/token',
      'discovery/v2.0/keys',
    ];
    const v1 = ['.well-known/openid-configuration', 'oauth2/token', 'discovery/keys'];
    const authorize = ['oauth2/v2.0/authorize', 'oauth2/authorize'];
    if (![...v2, ...v1, ...authorize].includes(tail)) return undefined;
    const segment = segments[0] as string;
    const tenant = resolveTenant(segment, options.world());
    if (tenant === undefined) return unknownTenant(segment);
    // Endpoints name the tenant as the client did, so that its later calls match its authority.
    const named = tenant === '*' ? segment : tenant;
    switch (tail) {
      case 'v2.0/.well-known/openid-configuration':
        return only('GET, HEAD', () => json(entraConfiguration(origin(), named, '2.0')));
      case '.well-known/openid-configuration':
        return only('GET, HEAD', () => json(entraConfiguration(origin(), named, '1.0')));
      case 'discovery/v2.0/keys':
      case 'discovery/keys':
        return only('GET, HEAD', () => jwks(options.keys));
      case 'oauth2/v2.0/token':
      case 'oauth2/token':
        return only('POST', () =>
          tokenEndpoint(
            request,
            { flavour: tail === 'oauth2/token' ? 'v1' : 'v2', tenant, origin: origin() },
            options,
          ),
        );
      default:
        return interactiveRefused();
    }
  };
}
