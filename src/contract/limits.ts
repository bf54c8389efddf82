// What one request may carry and what the mock keeps for it (docs/contract.md §9). The server is
// shared by whole CI fleets and left open through demos, so every input has a bound that is part
// of the contract: a client can read it here, and the server and the browser's mock enforce the same
// numbers.

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Body limits by route. ARM's own request limit is 4 MB; the mock's writes are small (a cancel
 * reason, a rename, a support ticket of a few thousand characters, a move of at most 800 resource
 * ids, which is ARM's own limit and fits in about 200 KiB), so a quarter of a megabyte leaves room
 * without letting one request hold much memory. A snapshot carries a whole world: the
 * `large-tenant` scenario's, with every subscription changed, stays well under its limit.
 */
export const BODY_LIMITS = {
  armWrite: 256 * KiB,
  demoWrite: 64 * KiB,
  snapshot: 8 * MiB,
} as const;

export type BodyLimitRoute = keyof typeof BODY_LIMITS;

/** `/__demo/snapshot` takes a whole world; every other `/__demo/*` path a small control body. */
export function bodyLimitRoute(pathname: string): BodyLimitRoute {
  const path = pathname.toLowerCase().replace(/\/+$/, '');
  if (path.endsWith('/__demo/snapshot')) return 'snapshot';
  if (path.includes('/__demo/')) return 'demoWrite';
  return 'armWrite';
}

export function bodyLimitBytes(pathname: string): number {
  return BODY_LIMITS[bodyLimitRoute(pathname)];
}

/**
 * The repeated-write record (R14): at most this many answers, and this many bytes of answers, are
 * kept; the oldest go first. An answer larger than `maxAnswerBytes` is not kept at all (a retry then
 * runs again, which the rules make safe: only accepted writes are kept, and a refused one changed
 * nothing). It holds a digest of each request, never its body.
 */
export const REPLAY_LIMITS = {
  maxAnswers: 200,
  maxBytes: 2 * MiB,
  maxAnswerBytes: 64 * KiB,
} as const;

/** Demo latency, whatever adds up (the override plus every matching fault rule), never waits longer. */
export const MAX_DEMO_LATENCY_MS = 120_000;

/**
 * Time bounds of the HTTP server: a client that sends its headers or body slowly is cut off, so a
 * few slow connections cannot hold the server's sockets for ever.
 */
export const HTTP_TIMEOUTS = {
  headersMs: 20_000,
  requestMs: 60_000,
  keepAliveMs: 5_000,
} as const;
