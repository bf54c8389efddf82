import { describe, expect, it } from 'vitest';
import { devToolsPort, figuresOf, summarizeRuns, type LighthouseResult } from './figures';

function result(
  score: number,
  lcp: number,
  tbt: number,
  fcp: number,
  tracedLcp?: number,
): LighthouseResult {
  return {
    categories: { performance: { score }, accessibility: { score: 0.97 } },
    audits: {
      metrics: { details: { items: [{ observedLargestContentfulPaint: tracedLcp }] } },
      'largest-contentful-paint': { numericValue: lcp },
      'total-blocking-time': { numericValue: tbt },
      'first-contentful-paint': { numericValue: fcp },
    },
  };
}

describe('Lighthouse figures', () => {
  it('reads the score as 0–100 and the paint and blocking times in milliseconds', () => {
    expect(figuresOf(result(0.785, 2600, 560, 1800, 240))).toEqual({
      score: 79,
      accessibility: 97,
      lcpMs: 2600,
      tracedLcpMs: 240,
      tbtMs: 560,
      fcpMs: 1800,
    });
  });

  it('refuses a run Lighthouse could not measure instead of counting it as zero', () => {
    const failed = { ...result(0, 0, 0, 0), runtimeError: { code: 'NO_FCP', message: 'no paint' } };
    expect(() => figuresOf(failed)).toThrow(/NO_FCP/);
    expect(() => figuresOf({ categories: {}, audits: {} })).toThrow(/performance/);
  });

  it('takes the median of each figure on its own, across runs', () => {
    const runs = [
      result(0.9, 2000, 300, 1500),
      result(0.7, 3000, 100, 1700),
      result(0.8, 2500, 900, 1600),
    ];
    const summary = summarizeRuns(runs.map(figuresOf));
    expect(summary.score).toEqual({ median: 80, min: 70, max: 90, runs: 3 });
    expect(summary.tbtMs.median).toBe(300);
    expect(summary.lcpMs.median).toBe(2500);
  });

  it('reports the traced LCP beside the simulated one, and none when Lighthouse gave none', () => {
    const runs = [result(0.9, 2400, 300, 1600, 300), result(0.9, 1000, 300, 900, 200)];
    expect(summarizeRuns(runs.map(figuresOf)).tracedLcpMs).toEqual({
      median: 250,
      min: 200,
      max: 300,
      runs: 2,
    });
    const untraced = summarizeRuns([figuresOf(result(0.9, 2400, 300, 1600))]);
    expect(untraced.tracedLcpMs).toBeNull();
  });

  it('finds the DevTools port in what Chromium prints when it starts', () => {
    expect(
      devToolsPort('\nDevTools listening on ws://127.0.0.1:39421/devtools/browser/ab-cd\n'),
    ).toBe(39421);
    expect(devToolsPort('[1206/151000.1:ERROR:bus.cc] Failed to connect')).toBeNull();
  });
});
