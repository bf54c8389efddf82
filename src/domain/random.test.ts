import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, propagationDelayFor, publicIpFor, seededRandom } from './random';

describe('deterministic scenario helpers', () => {
  it('R5: the propagation delay is deterministic per seed, 5–10 minutes by default, never above 10', () => {
    const seeds = Array.from({ length: 500 }, (_, i) => `default:sub-${i}`);
    const delays = seeds.map((s) => propagationDelayFor(s));
    expect(seeds.map((s) => propagationDelayFor(s))).toEqual(delays);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(300_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(600_000);
    expect(new Set(delays).size).toBeGreaterThan(400);
  });

  it('R5: custom ranges are clamped to 0 < d ≤ 10 minutes', () => {
    for (let i = 0; i < 200; i++) {
      const d = propagationDelayFor(`x${i}`, -5, 10_000_000);
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThanOrEqual(600_000);
    }
    expect(propagationDelayFor('a', 1000, 1000)).toBe(1000);
  });

  it('R5: the PRNG and hash are stable', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom('s')()).toBe(seededRandom('s')());
  });

  it('R10: new public addresses are deterministic and well-formed', () => {
    expect(publicIpFor('vm:1')).toBe(publicIpFor('vm:1'));
    expect(publicIpFor('vm:1')).toMatch(/^20\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
  });
});
