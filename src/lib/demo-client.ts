import type { z } from '@/contract/zod';
import { fetchWithRecovery, type FetchOptions } from '@/lib/api-client';
import { ArmError, armErrorFromResponse } from '@/lib/api-error';

/**
 * The mock's demo-control endpoints (contract §2) sit at the page's origin under `/__demo/`, so a
 * test suite can call them exactly as the Demo panel does.
 */
export async function demoFetch<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  init: { method?: 'GET' | 'POST' | 'PUT'; body?: unknown } = {},
  options: FetchOptions = {},
): Promise<z.infer<S>> {
  const { method = init.body === undefined ? 'GET' : 'POST', body } = init;
  // No cookies: the mock reads none, and without them MSW does not read the document's cookies for
  // every handler it tries (the page's first `document.cookie` read waits on the browser: up to 12 ms
  // in the first load's traces).
  const requestInit: RequestInit = {
    method,
    headers: { Accept: 'application/json' },
    credentials: 'omit',
  };
  if (body !== undefined) {
    requestInit.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    requestInit.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    // A lost service worker is restarted and the call repeated, as for ARM calls.
    response = await fetchWithRecovery(
      `${window.location.origin}/__demo/${path}`,
      requestInit,
      options,
    );
  } catch {
    throw new ArmError(0, 'NetworkError', 'The mock backend did not answer.');
  }
  if (!response.ok) throw await armErrorFromResponse(response);
  return schema.parse(await response.json());
}
