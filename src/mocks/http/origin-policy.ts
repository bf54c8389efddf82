// Which web pages may write to the HTTP server (docs/contract.md §9, docs/security.md). Browsers
// send `Origin` with every cross-site request, even a "simple" `text/plain` POST that needs no
// preflight, so a page on the internet that knows the server's address could otherwise reset or
// change a world that a whole CI fleet shares. Clients that are not browsers (curl, the SDKs,
// Playwright's `request`) send no `Origin` and are not affected.

export interface OriginPolicy {
  /** Whether a request from `origin` (the `Origin` header) to a server reached as `host` may write. */
  allows(origin: string, host: string | undefined): boolean;
  /** Also allows the portal this command serves on `port`, under whatever host name it was reached. */
  trustPortalPort(port: number): void;
}

const LOOPBACK_HOSTNAMES = new Set(['localhost', '[::1]']);

/** `localhost` (and its subdomains), `127.0.0.0/8` and `[::1]`, on any port and scheme. */
export function isLoopbackOrigin(origin: URL): boolean {
  const host = origin.hostname.toLowerCase();
  if (LOOPBACK_HOSTNAMES.has(host) || host.endsWith('.localhost')) return true;
  const ipv4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return ipv4 !== null && ipv4.slice(1).every((part) => Number(part) <= 255);
}

function parseOrigin(value: string): URL | undefined {
  if (value === 'null') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `https://example.test:8443` as an origin string, lower-case and without a default port. */
export function normaliseOrigin(value: string): string | undefined {
  return parseOrigin(value.trim())?.origin;
}

function hostnameOf(host: string | undefined): string | undefined {
  if (host === undefined) return undefined;
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export function createOriginPolicy(extra: readonly string[] = []): OriginPolicy {
  const allowed = new Set(extra.map((o) => normaliseOrigin(o) ?? o));
  const portalPorts = new Set<string>();
  return {
    allows(origin, host) {
      if (allowed.has(origin)) return true;
      const url = parseOrigin(origin);
      if (url === undefined) return false;
      if (allowed.has(url.origin) || isLoopbackOrigin(url)) return true;
      // The portal of the same command is reached by the same host name as this API (a browser on
      // another machine opens http://<this machine>:4173, which calls http://<this machine>:4010).
      const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
      return portalPorts.has(port) && url.hostname.toLowerCase() === hostnameOf(host);
    },
    trustPortalPort(port) {
      portalPorts.add(String(port));
    },
  };
}
