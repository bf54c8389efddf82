// The part of `tough-cookie` that MSW's browser build uses (its cookie store: `CookieJar`,
// `MemoryCookieStore`, `Cookie.fromJSON`), in a few dozen lines. The real package brings the whole
// public-suffix list (`tldts`, about 100 KB gzip) into the first load, for cookies that no handler of
// ours ever sets: ARM calls carry their persona in `Authorization`. vite.config.ts swaps it in for the
// browser build only; Node (tests, `npm run mock-api`) keeps the real package.
//
// Supported: `Set-Cookie` from a mocked response is stored for the request's host (or its `Domain`)
// and `Path`, replaced by name, removed by `Max-Age=0` or a past `Expires`, and sent back to
// matching URLs. Not supported: public-suffix checks, `SameSite`/`Secure` enforcement.

type CookieIndex = Record<string, Record<string, Record<string, Cookie>>>;

interface CookieFields {
  key: string;
  value: string;
  domain: string | null;
  path: string | null;
  expires: string | null;
}

export class Cookie {
  key = '';
  value = '';
  domain: string | null = null;
  path: string | null = null;
  /** ISO time after which the cookie is gone; null for a session cookie. */
  expires: string | null = null;

  static fromJSON(input: unknown): Cookie | undefined {
    const data = (typeof input === 'string' ? safeParse(input) : input) as Partial<CookieFields>;
    if (data === null || typeof data !== 'object' || typeof data.key !== 'string') return undefined;
    return Object.assign(new Cookie(), {
      key: data.key,
      value: typeof data.value === 'string' ? data.value : '',
      domain: typeof data.domain === 'string' ? data.domain : null,
      path: typeof data.path === 'string' ? data.path : null,
      expires: typeof data.expires === 'string' ? data.expires : null,
    });
  }

  toJSON(): CookieFields {
    const { key, value, domain, path, expires } = this;
    return { key, value, domain, path, expires };
  }

  toString(): string {
    return `${this.key}=${this.value}`;
  }

  expired(now: number): boolean {
    return this.expires !== null && Date.parse(this.expires) <= now;
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export class MemoryCookieStore {
  idx: CookieIndex = {};
}

function defaultPath(url: URL): string {
  const slash = url.pathname.lastIndexOf('/');
  return slash <= 0 ? '/' : url.pathname.slice(0, slash);
}

function parseSetCookie(header: string, url: URL, now: number): Cookie | undefined {
  const [pair = '', ...attributes] = header.split(';');
  const equals = pair.indexOf('=');
  if (equals <= 0) return undefined;
  const cookie = new Cookie();
  cookie.key = pair.slice(0, equals).trim();
  cookie.value = pair.slice(equals + 1).trim();
  cookie.domain = url.hostname.toLowerCase();
  cookie.path = defaultPath(url);
  for (const attribute of attributes) {
    const [rawName = '', ...rest] = attribute.split('=');
    const name = rawName.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (name === 'domain' && value) cookie.domain = value.replace(/^\./, '').toLowerCase();
    else if (name === 'path' && value.startsWith('/')) cookie.path = value;
    else if (name === 'max-age' && /^-?\d+$/.test(value)) {
      cookie.expires = new Date(now + Number(value) * 1000).toISOString();
    } else if (name === 'expires' && cookie.expires === null && !Number.isNaN(Date.parse(value))) {
      cookie.expires = new Date(Date.parse(value)).toISOString();
    }
  }
  return cookie;
}

function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  return (
    requestPath === cookiePath ||
    (requestPath.startsWith(cookiePath) &&
      (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'))
  );
}

export class CookieJar {
  constructor(private readonly store: MemoryCookieStore = new MemoryCookieStore()) {}

  getCookiesSync(url: string | URL): Cookie[] {
    const target = new URL(url);
    const host = target.hostname.toLowerCase();
    const now = Date.now();
    const found: Cookie[] = [];
    for (const [domain, paths] of Object.entries(this.store.idx)) {
      if (!domainMatches(host, domain)) continue;
      for (const [path, cookies] of Object.entries(paths)) {
        if (!pathMatches(target.pathname, path)) continue;
        found.push(...Object.values(cookies).filter((cookie) => !cookie.expired(now)));
      }
    }
    return found;
  }

  /** MSW passes a mocked response's `Set-Cookie` header; like tough-cookie, one cookie is read from it. */
  async setCookie(header: string, url: string | URL): Promise<Cookie | undefined> {
    const now = Date.now();
    const cookie = parseSetCookie(header, new URL(url), now);
    if (cookie === undefined || cookie.domain === null || cookie.path === null) return undefined;
    const paths = (this.store.idx[cookie.domain] ??= {});
    const cookies = (paths[cookie.path] ??= {});
    if (cookie.expired(now)) delete cookies[cookie.key];
    else cookies[cookie.key] = cookie;
    return cookie;
  }
}
