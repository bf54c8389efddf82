import { MAX_PROPAGATION_DELAY_MS } from './dates';

// Deterministic randomness for scenario generation: the same seed string always yields the same
// data, so a scenario reloads identically and tests can rely on generated values.

/** cyrb53-style 32-bit string hash: cheap, well mixed, stable across engines. */
export function hashString(input: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 ^ h1) >>> 0;
}

/** mulberry32 PRNG: returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededRandom(seed: string): () => number {
  return mulberry32(hashString(seed));
}

/** Integer in [min, max], both inclusive. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/**
 * R5: the propagation delay for one subscription, deterministic for a seed such as
 * `${scenario}:${subscriptionId}`. Defaults to 5–10 minutes (the `default` scenario's range);
 * always clamped to 0 < d ≤ 10 minutes.
 */
export function propagationDelayFor(
  seed: string,
  minMs = 300_000,
  maxMs = MAX_PROPAGATION_DELAY_MS,
): number {
  const lo = Math.max(1, Math.min(minMs, MAX_PROPAGATION_DELAY_MS));
  const hi = Math.max(lo, Math.min(maxMs, MAX_PROPAGATION_DELAY_MS));
  return randomInt(seededRandom(`propagation:${seed}`), lo, hi);
}

/** A plausible public IPv4 address derived from a seed (for newly assigned dynamic IPs). */
export function publicIpFor(seed: string): string {
  const h = hashString(`ip:${seed}`);
  return `20.${(h >>> 16) & 0xff}.${(h >>> 8) & 0xff}.${Math.max(1, h & 0xfe)}`;
}
