import { afterEach, beforeEach } from 'vitest';
import { armErrorSchema } from '@/contract/errors';
import {
  createMockServer,
  TEST_ARM_BASE_URL,
  TEST_DEMO_BASE_URL,
  type MockServer,
  type MockServerOptions,
} from '../node';

/** A fresh in-memory mock per test, so no state leaks between tests. */
export function useMockServer(options: MockServerOptions = {}): () => MockServer {
  let current: MockServer | undefined;
  beforeEach(() => {
    current = createMockServer(options);
    current.server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    current?.server.close();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('useMockServer: no server outside a test');
    return current;
  };
}

export interface ArmCallOptions {
  method?: 'GET' | 'POST' | 'PUT';
  /** `null`: no Authorization header. */
  persona?: string | null;
  /** `null`: no api-version parameter. */
  apiVersion: string | null;
  body?: unknown;
  /** Sent as is, for malformed-JSON tests. */
  rawBody?: string;
}

/** One call to the mock ARM, as the app's client makes it. */
export function arm(path: string, options: ArmCallOptions): Promise<Response> {
  const url = new URL(`${TEST_ARM_BASE_URL}${path}`);
  if (options.apiVersion !== null) url.searchParams.set('api-version', options.apiVersion);
  const headers: Record<string, string> = {};
  const persona = options.persona === undefined ? 'admin' : options.persona;
  if (persona !== null) headers.Authorization = `Bearer persona:${persona}`;
  const body =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(url, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
}

/** One call to a `/__demo/*` endpoint. */
export function demo(path: string, body?: unknown): Promise<Response> {
  return fetch(`${TEST_DEMO_BASE_URL}/__demo/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The ARM error code of a response, after checking the body is ARM's error envelope. */
export async function errorCode(response: Response): Promise<string> {
  return armErrorSchema.parse(await response.json()).error.code;
}
