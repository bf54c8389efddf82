import type { z } from '@/contract/zod';
import { ARM_BASE_URL } from '@/config/env';
import {
  CLIENT_REQUEST_ID_HEADER,
  MOCK_ANSWER_HEADER,
  MOCK_ANSWER_VALUE,
} from '@/contract/transport';
import { ArmError, armErrorFromResponse } from '@/lib/api-error';
import { getPersonaId } from '@/lib/session';
import { whenStarted } from '@/lib/startup';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ArmRequest<S extends z.ZodMiniType> {
  method?: Method;
  /** An ARM path such as `/subscriptions/{id}`, or an absolute `nextLink`. */
  path: string;
  apiVersion: string;
  body?: unknown;
  query?: Record<string, string>;
  schema: S;
  signal?: AbortSignal;
}

let recoverNetwork: (() => Promise<void>) | null = null;

export interface FetchOptions {
  /** A call that is itself part of start-up (the launch parameters'): it must not wait for it. */
  beforeStartup?: boolean;
}
let recovering: Promise<void> | null = null;

/**
 * Chromium stops idle service workers, and MSW stops mocking a tab that was hidden for a while: calls
 * then fail with `TypeError: Failed to fetch` or reach the real network, until the page restarts the
 * worker. The app registers that restart here once at start-up.
 */
export function setNetworkRecovery(recover: (() => Promise<void>) | null): void {
  recoverNetwork = recover;
}

/** One restart however many calls noticed the loss at once; they all wait for it, then repeat. */
export function recoverMockNetwork(): Promise<void> {
  if (recoverNetwork === null) return Promise.resolve();
  recovering ??= recoverNetwork().finally(() => {
    recovering = null;
  });
  return recovering;
}

/** The mock marks every answer; one without the mark came from the real network. */
function reachedRealNetwork(response: Response): boolean {
  return recoverNetwork !== null && response.headers.get(MOCK_ANSWER_HEADER) !== MOCK_ANSWER_VALUE;
}

/** A v4 UUID; `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const unreachable = (): ArmError =>
  new ArmError(0, 'NetworkError', 'The request could not reach Azure Resource Manager.');

async function attempt(url: string, init: RequestInit): Promise<Response | 'lost'> {
  try {
    const response = await fetch(url, init);
    return reachedRealNetwork(response) ? 'lost' : response;
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return 'lost';
  }
}

/**
 * `fetch` to the mock that survives a lost service worker: when the call fails at the network or
 * is answered by the real network, the worker is restarted and the same call is sent once more,
 * with the same `x-ms-client-request-id`, so a write whose answer was lost is answered from the
 * mock's record and never applied twice (R14).
 */
export async function fetchWithRecovery(
  url: string,
  init: RequestInit = {},
  options: FetchOptions = {},
): Promise<Response> {
  // The app renders while the mock starts: calls wait for it (`startup.ts`) and fail as it does.
  if (!options.beforeStartup) await whenStarted();
  const headers = new Headers(init.headers);
  if (!headers.has(CLIENT_REQUEST_ID_HEADER)) headers.set(CLIENT_REQUEST_ID_HEADER, newRequestId());
  const request: RequestInit = { ...init, headers };
  const first = await attempt(url, request);
  if (first !== 'lost') return first;
  if (recoverNetwork === null) throw unreachable();
  await recoverMockNetwork();
  const second = await attempt(url, request);
  if (second !== 'lost') return second;
  throw unreachable();
}

/**
 * Makes sure the mock answers this tab, restarting the worker if it does not, before anything else
 * is asked (a tab coming back after being hidden). `probeUrl` must be a mock read with no effect.
 */
export async function ensureMockAnswering(probeUrl: string): Promise<void> {
  if (recoverNetwork === null) return;
  if ((await attempt(probeUrl, { headers: { Accept: 'application/json' } })) === 'lost') {
    await recoverMockNetwork();
  }
}

export function armUrl(path: string, apiVersion: string, query?: Record<string, string>): string {
  const url = new URL(/^https?:/.test(path) ? path : ARM_BASE_URL + path);
  url.searchParams.set('api-version', apiVersion);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

export function authHeaders(): Record<string, string> {
  const persona = getPersonaId();
  return persona ? { Authorization: `Bearer persona:${persona}` } : {};
}

/** One ARM call: adds `api-version` and the bearer token, parses ARM errors and validates the answer. */
export async function armFetch<S extends z.ZodMiniType>(
  request: ArmRequest<S>,
): Promise<z.infer<S>> {
  const { method = 'GET', path, apiVersion, body, query, schema, signal } = request;
  // The token is read once start-up is over: the address may have signed in someone else.
  await whenStarted();
  const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const init: RequestInit = { method, headers, signal: signal ?? null };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetchWithRecovery(armUrl(path, apiVersion, query), init);
  if (!response.ok) throw await armErrorFromResponse(response);
  const text = await response.text();
  const parsed = schema.safeParse(text ? JSON.parse(text) : {});
  if (!parsed.success) {
    throw new ArmError(
      502,
      'InvalidResponse',
      `Unexpected response from ${path}: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

/** Follows `nextLink` until the list ends, as the portal does for large tenants. */
export async function armFetchAll<
  S extends z.ZodMiniType<{ value: unknown[]; nextLink?: string | undefined }>,
>(request: ArmRequest<S>): Promise<z.infer<S>['value']> {
  const items: z.infer<S>['value'] = [];
  let next: string | undefined = request.path;
  let query = request.query;
  while (next) {
    const page: z.infer<S> = await armFetch({ ...request, path: next, query });
    query = undefined;
    items.push(...page.value);
    next = page.nextLink;
  }
  return items;
}
