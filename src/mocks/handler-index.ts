import { RequestHandler, type HttpHandler, type ResponseResolutionContext } from 'msw';

// MSW tries a request on each handler in turn, and every try parses it again: the URL, the cookies
// (the document's included) and the handler's path, compiled anew each time. A portal read that
// matches the 25th of the mock's 44 handlers pays 25 of those; the first page's five reads pay 83,
// each in the main thread while the portal renders (docs/performance.md). The index below lets a
// request reach only the handlers whose method and path shape could match it, and MSW's own matching
// still decides among those, so what answers is unchanged.

/** What a handler's run gives MSW's request loop: null when the handler does not match. */
type RunResult = Awaited<ReturnType<HttpHandler['run']>>;

/** Whether a request (its method and its URL without query or hash) could match a handler. */
type Admits = (method: string, url: string) => boolean;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A looser test than MSW's: a `:name` segment is any one segment, `*` is anything, letters match in
 * either case and a trailing slash is allowed, as MSW's path matching does. It never refuses a
 * request that MSW would match (the unit test checks every handler of the mock).
 */
export function admitsOf(info: HttpHandler['info']): Admits {
  const { method, path } = info;
  const methodAdmits =
    method instanceof RegExp
      ? (actual: string): boolean => method.test(actual)
      : (actual: string): boolean => actual.toUpperCase() === method.toUpperCase();
  if (typeof path !== 'string') return methodAdmits;
  const source = path
    .split(/(\/:[^/]+|\*+)/)
    .map((part) => {
      if (part.startsWith('/:')) return '/[^/]*';
      if (part.startsWith('*')) return '.*';
      return escapeRegExp(part);
    })
    .join('');
  const pattern = new RegExp(`^${source}/?$`, 'i');
  return (actual, url) => methodAdmits(actual) && pattern.test(url);
}

/** The mock's handlers as MSW sees one: each request runs only on those it could match, in order. */
export class IndexedHandlers extends RequestHandler {
  private readonly entries: ReadonlyArray<{ handler: HttpHandler; admits: Admits }>;

  constructor(handlers: readonly HttpHandler[]) {
    super({ info: { header: 'the mock’s handlers' }, resolver: () => undefined });
    this.entries = handlers.map((handler) => ({ handler, admits: admitsOf(handler.info) }));
  }

  /** What MSW's own loop over the handlers does (its `executeHandlers`), over the admitted ones. */
  override async run(args: {
    request: Request;
    requestId: string;
    resolutionContext?: ResponseResolutionContext;
  }): Promise<RunResult> {
    const { method } = args.request;
    // What MSW matches a path against: the origin and the path, without query or fragment.
    const { origin, pathname } = new URL(args.request.url);
    const url = origin + pathname;
    let matched: RunResult = null;
    for (const { handler, admits } of this.entries) {
      if (!admits(method, url)) continue;
      const result = await handler.run(args);
      if (result === null) continue;
      matched = result;
      if (result.response !== undefined) break;
    }
    return matched;
  }

  // Never called: `run` above asks the admitted handlers themselves.
  predicate(): boolean {
    return false;
  }

  // The worker starts quiet, so MSW logs nothing.
  log(): void {}
}
