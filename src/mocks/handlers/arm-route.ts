import { delay, http, type HttpHandler } from 'msw';
import { acceptedApiVersions, type ApiFamily } from '@/contract/api-versions';
import type { FaultOperation } from '@/contract/demo';
import { MAX_DEMO_LATENCY_MS } from '@/contract/limits';
import type { EpochMs, Persona, World } from '@/domain/model';
import { findPersona } from '@/domain/world';
import type { MockStore } from '../store/mock-store';
import { armError, markMockAnswer } from './arm-response';
import { takeFaults } from './faults';
import type { HandlerDeps } from './handler-deps';
import { defaultLatencyMs } from './latency';
import { replayFor } from './replay';

export interface ArmContext {
  request: Request;
  url: URL;
  params: Readonly<Record<string, string>>;
  persona: Persona;
  /** Read once per request, so a command and its answer see the same world and the same instant. */
  world: World;
  now: EpochMs;
  store: MockStore;
}

export interface ArmRouteSpec {
  method: 'get' | 'post' | 'put' | 'head';
  /** Path under the ARM base, with `:name` parameters; matched case-insensitively, as ARM does. */
  path: string;
  operation: FaultOperation;
  family: ApiFamily;
  run: (ctx: ArmContext) => Response | Promise<Response>;
}

const BEARER = /^Bearer\s+persona:(.+)$/i;
const BEARER_TOKEN = /^Bearer\s+(\S+)$/i;

function stringParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

interface Caller {
  personaId: string;
  /** Named by a signed token rather than by `persona:<id>`. */
  viaToken: boolean;
}

const NOT_A_PERSONA =
  "Authentication failed. The 'Authorization' header must be 'Bearer persona:<id>' naming a persona of the scenario.";

/** Who a request says it is: a persona id to look up in the world, or ARM's 401. */
async function identify(request: Request, deps: HandlerDeps): Promise<Caller | Response> {
  const header = request.headers.get('authorization');
  if (header === null) {
    return armError(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing.",
    );
  }
  const personaId = BEARER.exec(header.trim())?.[1]?.trim();
  if (personaId !== undefined) return { personaId, viaToken: false };
  // A signed token from the server's own sign-in endpoints (the Azure CLI and SDKs send one). The
  // browser has no verifier, so there a token is refused as before.
  const token = BEARER_TOKEN.exec(header.trim())?.[1];
  if (token !== undefined && deps.verifyToken !== undefined) {
    const check = await deps.verifyToken(token);
    if (!check.ok) return armError(401, check.code, check.message);
    return { personaId: check.personaId, viaToken: true };
  }
  return armError(401, 'AuthenticationFailed', NOT_A_PERSONA);
}

function authenticate({ personaId, viaToken }: Caller, world: World): Persona | Response {
  const persona = findPersona(world, personaId);
  if (persona === undefined) {
    // A token outlives a reset or a snapshot that removed its persona.
    const message = viaToken
      ? `Authentication failed. The access token was issued to '${personaId.slice(0, 100)}', which is not a persona of the current scenario.`
      : NOT_A_PERSONA;
    return armError(401, 'AuthenticationFailed', message);
  }
  return persona;
}

function checkApiVersion(url: URL, family: ApiFamily): Response | undefined {
  const accepted = acceptedApiVersions(family);
  const version = url.searchParams.get('api-version');
  if (version === null || version === '') {
    return armError(
      400,
      'InvalidApiVersionParameter',
      `The api-version query parameter (?api-version=) is required for all requests. The supported api-versions are '${accepted.join(', ')}'.`,
    );
  }
  if (!accepted.includes(version)) {
    return armError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${version}' is invalid. The supported versions are '${accepted.join(', ')}'.`,
    );
  }
  return undefined;
}

/**
 * One ARM endpoint: demo faults and latency first (they stand for the network), then who is
 * calling (401), then the api-version (400), then a repeated write's first answer (R14), then the
 * handler. Every answer carries the mock's mark.
 */
export function armRoute(deps: HandlerDeps, spec: ArmRouteSpec): HttpHandler {
  const { store } = deps;
  return http[spec.method](`${deps.armBaseUrl}${spec.path}`, async ({ request, params }) => {
    const url = new URL(request.url);
    const fault = takeFaults(store, spec.operation);
    const baseLatency =
      store.settings().latencyOverrideMs ??
      defaultLatencyMs(deps.latency ?? 'none', request.method, url.pathname);
    const latencyMs = Math.min(MAX_DEMO_LATENCY_MS, baseLatency + fault.latencyMs);
    if (latencyMs > 0) await delay(latencyMs);
    if (fault.response !== undefined) return markMockAnswer(fault.response);

    // Who is calling is settled before the world is read: a token check may wait, and the world a
    // command changes must be the one it read.
    const caller = await identify(request, deps);
    if (caller instanceof Response) return caller;
    const world = store.world();
    const persona = authenticate(caller, world);
    if (persona instanceof Response) return persona;
    const invalidVersion = checkApiVersion(url, spec.family);
    if (invalidVersion !== undefined) return invalidVersion;

    const replay = await replayFor(store, request, persona.id);
    if (replay?.previous !== undefined) return markMockAnswer(replay.previous);
    const response = markMockAnswer(
      await spec.run({
        request,
        url,
        params: stringParams(params),
        persona,
        world,
        now: store.now(),
        store,
      }),
    );
    await replay?.remember(response);
    return response;
  });
}
