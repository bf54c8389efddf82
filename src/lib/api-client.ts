import type { z } from 'zod';
import { ARM_BASE_URL } from '@/config/env';
import { ArmError, armErrorFromResponse } from '@/lib/api-error';
import { getPersonaId } from '@/lib/session';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ArmRequest<S extends z.ZodType> {
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

/**
 * Chromium stops idle service workers, and then every mocked call fails with `TypeError: Failed to
 * fetch` until the page restarts the worker. The app registers that restart here once at start-up.
 */
export function setNetworkRecovery(recover: () => Promise<void>): void {
  recoverNetwork = recover;
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

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    // A lost worker looks like a network failure: restart it once and try the same request again.
    if (recoverNetwork) {
      await recoverNetwork();
      try {
        return await fetch(url, init);
      } catch {
        // Still unreachable: report it as ARM would report a connection it could not make.
      }
    }
    throw new ArmError(0, 'NetworkError', 'The request could not reach Azure Resource Manager.');
  }
}

/** One ARM call: adds `api-version` and the bearer token, parses ARM errors and validates the answer. */
export async function armFetch<S extends z.ZodType>(request: ArmRequest<S>): Promise<z.infer<S>> {
  const { method = 'GET', path, apiVersion, body, query, schema, signal } = request;
  const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const init: RequestInit = { method, headers, signal: signal ?? null };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await send(armUrl(path, apiVersion, query), init);
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
  S extends z.ZodType<{ value: unknown[]; nextLink?: string | undefined }>,
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
