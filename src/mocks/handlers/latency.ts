import { hashString } from '@/domain/random';

/** `realistic` in a browser a person uses; `none` under automation (navigator.webdriver) and in Node. */
export type LatencyMode = 'realistic' | 'none';

const MIN_MS = 120;
const MAX_MS = 300;

/**
 * A deterministic 120–300 ms per method and path, so the same call always takes as long and a
 * demo feels like the real portal without making anything flaky.
 */
export function defaultLatencyMs(mode: LatencyMode, method: string, pathname: string): number {
  if (mode === 'none') return 0;
  return MIN_MS + (hashString(`${method} ${pathname.toLowerCase()}`) % (MAX_MS - MIN_MS + 1));
}

/** The latency the browser worker should use by default. */
export function browserLatencyMode(): LatencyMode {
  return typeof navigator !== 'undefined' && navigator.webdriver ? 'none' : 'realistic';
}
