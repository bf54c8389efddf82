import { matchRequestUrl, type HttpHandler } from 'msw';

// Which methods a path answers (docs/contract.md §9): a known path asked with another method gets
// 405 and `Allow`, as HTTP says, instead of a 404 that claims the path does not exist. Read from the
// handlers' own paths, so the list cannot drift from what is served.

export function allowedMethods(handlers: readonly HttpHandler[], url: URL): string[] {
  const methods = new Set<string>();
  for (const handler of handlers) {
    const { method, path } = handler.info;
    if (typeof method !== 'string') continue;
    if (typeof path !== 'string' && !(path instanceof RegExp)) continue;
    if (matchRequestUrl(url, path).matches) methods.add(method.toUpperCase());
  }
  // HEAD is answered wherever GET is; OPTIONS is the CORS preflight, answered for every path.
  if (methods.has('GET')) methods.add('HEAD');
  if (methods.size > 0) methods.add('OPTIONS');
  return [...methods].sort();
}
