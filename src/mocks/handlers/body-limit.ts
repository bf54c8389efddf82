import { http, type HttpHandler } from 'msw';
import { bodyLimitBytes, bodyLimitRoute } from '@/contract/limits';
import { armError } from './arm-response';
import type { HandlerDeps } from './handler-deps';

// The same body limits in every place the handlers run (docs/contract.md §9). The HTTP server stops
// reading at the limit before a handler runs; in the browser's worker and in Vitest the body has
// already arrived, so this first handler answers 413 before any other one parses it, and passes
// every other request on (a resolver that returns nothing lets MSW try the next handler).

export function tooLargeResponse(pathname: string): Response {
  return armError(
    413,
    'RequestEntityTooLarge',
    `The request body is larger than this route's limit of ${bodyLimitBytes(pathname)} bytes (${bodyLimitRoute(pathname)}; see docs/contract.md §9). Nothing was changed.`,
  );
}

export function bodyLimitHandlers(deps: HandlerDeps): HttpHandler[] {
  const guard = async ({ request }: { request: Request }): Promise<Response | undefined> => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.body === null) {
      return undefined;
    }
    const { pathname } = new URL(request.url);
    const size = (await request.clone().arrayBuffer()).byteLength;
    return size > bodyLimitBytes(pathname) ? tooLargeResponse(pathname) : undefined;
  };
  const bases = new Set([`${deps.armBaseUrl}/*`, `${deps.demoBaseUrl}/__demo/*`]);
  return [...bases].map((path) => http.all(path, guard));
}
