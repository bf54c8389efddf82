// The request line, checked before any handler sees it (docs/contract.md §9): a path that cannot be
// decoded or that no ARM path could be is a client's mistake and answers 400 with the reason,
// instead of an exception deep in the router (which answered 500).

export type TargetCheck =
  { ok: true; pathname: string; search: string } | { ok: false; reason: string };

/** The longest request target accepted; Node's own header limit (16 KiB) bounds it first. */
const MAX_TARGET_LENGTH = 8_192;

export function checkRequestTarget(target: string): TargetCheck {
  if (target.length > MAX_TARGET_LENGTH) {
    return { ok: false, reason: `The request URL is longer than ${MAX_TARGET_LENGTH} characters.` };
  }
  if (!target.startsWith('/')) {
    return {
      ok: false,
      reason: `The request target '${target.slice(0, 200)}' must be a path starting with '/'.`,
    };
  }
  const queryAt = target.search(/[?#]/);
  // Repeated slashes are one, as most web servers read them: a client whose base URL ends in a
  // slash (as Azure's own `https://management.azure.com/` does) sends `//subscriptions`.
  const pathname = (queryAt === -1 ? target : target.slice(0, queryAt)).replace(/\/{2,}/g, '/');
  const rest = queryAt === -1 ? '' : target.slice(queryAt);
  const search = rest.startsWith('?') ? rest.replace(/#.*$/, '') : '';
  for (const segment of pathname.split('/')) {
    try {
      const decoded = decodeURIComponent(segment);
      if (decoded.includes('/') || decoded === '..' || decoded === '.') {
        return {
          ok: false,
          reason: `The request path segment '${segment.slice(0, 200)}' is not a valid ARM path segment.`,
        };
      }
    } catch {
      return {
        ok: false,
        reason: `The request path segment '${segment.slice(0, 200)}' has a malformed percent-escape.`,
      };
    }
  }
  try {
    // The query is decoded by URLSearchParams, which never throws; an escape it cannot decode
    // becomes U+FFFD, as every server framework reads it.
    new URLSearchParams(search);
  } catch {
    return { ok: false, reason: 'The query string could not be read.' };
  }
  return { ok: true, pathname, search };
}
