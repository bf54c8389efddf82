import { bypass, http, type HttpHandler } from 'msw';

// A shared world (`azure-subscriptions-clone --shared-world`, docs/contract.md §7): the page's mock
// answers from the API server's world instead of its own, so that what a script does through the API
// (curl, the official Azure SDK) shows in the portal, and the reverse. The page still calls ARM and
// `/__demo/*` through the service worker, as always (contract §6), and the handlers forward each call
// to the server as it is: the server decides everything, the page keeps no world of its own.

/** The <meta> the command's static server puts in index.html, naming the API server's origin. */
export const SHARED_WORLD_META = 'azure-subscriptions-clone:api';

/** The API server this page shares its world with, or null when it keeps its own. */
export function sharedWorldApi(): string | null {
  if (typeof document === 'undefined') return null;
  const content = document
    .querySelector(`meta[name="${SHARED_WORLD_META}"]`)
    ?.getAttribute('content');
  return content ? content : null;
}

/** Answers whose status forbids a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * `request` sent to `apiOrigin`, past the service worker's mocking: its path without `basePath` (the
 * path of the base it was caught under), and its query.
 */
async function forward(request: Request, basePath: string, apiOrigin: string): Promise<Response> {
  const url = new URL(request.url);
  const target = `${apiOrigin}${url.pathname.slice(basePath.length)}${url.search}`;
  const body =
    request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
  let answer: Response;
  try {
    answer = await fetch(
      bypass(target, { method: request.method, headers: request.headers, body }),
    );
  } catch {
    // The server is gone or dropped the connection (its "offline" fault does): a network error,
    // as the page would get from ARM, which the portal's client reports and retries.
    return Response.error();
  }
  // A copy: a fetched answer's headers cannot be changed by MSW on the way to the page. It keeps
  // what the server's CORS exposes, the mock's `x-mock-answered-by` mark among them.
  const copy = NULL_BODY_STATUSES.has(answer.status) ? null : await answer.arrayBuffer();
  return new Response(copy, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  });
}

/**
 * Handlers that forward every ARM call under `armBaseUrl` (ARM paths sit at the API server's root)
 * and every `/__demo/*` call of `demoOrigin` to the API server at `apiOrigin`.
 */
export function sharedWorldHandlers(
  apiOrigin: string,
  armBaseUrl: string,
  demoOrigin: string,
): HttpHandler[] {
  const api = apiOrigin.replace(/\/+$/, '');
  const arm = armBaseUrl.replace(/\/+$/, '');
  const armPath = new URL(arm).pathname.replace(/\/+$/, '');
  return [
    http.all(`${demoOrigin}/__demo/*`, ({ request }) => forward(request, '', api)),
    http.all(`${arm}/*`, ({ request }) => forward(request, armPath, api)),
  ];
}
