import { describe, expect, it } from 'vitest';
import { sampleLine, slope, summarize, summaryLines, type Sample } from './report';

const sample = (minute: number, values: Partial<Sample> = {}): Sample => ({
  minute,
  pageMb: 10,
  workerMb: 0.4,
  nodes: 400,
  listeners: 250,
  requests: minute * 100,
  errors: 0,
  ...values,
});

describe('Soak report: growth per minute and per 1,000 mocked calls', () => {
  it('is the slope over the readings after the first, which is taken while the demo loads', () => {
    const samples = [
      sample(0, { pageMb: 5, workerMb: 0.4 }),
      sample(1, { pageMb: 10, workerMb: 1 }),
      sample(2, { pageMb: 10.5, workerMb: 2 }),
      sample(3, { pageMb: 11, workerMb: 3 }),
    ];
    const summary = summarize(samples);
    expect(summary.page.perMinute).toBeCloseTo(0.5);
    // 100 calls a minute: 0.5 MB a minute is 5 MB per 1,000 calls.
    expect(summary.page.perThousandCalls).toBeCloseTo(5);
    expect(summary.worker.perMinute).toBeCloseTo(1);
    expect(summary.requests).toBe(300);
  });

  it('leaves out readings taken while no worker ran, and says when there is too little to tell', () => {
    const samples = [sample(0), sample(1, { workerMb: null }), sample(2, { workerMb: 0.5 })];
    expect(summarize(samples).worker.perMinute).toBeNull();
    expect(slope([[1, 2]])).toBeNull();
    expect(summaryLines(summarize(samples)).join('\n')).toContain('worker    – MB/min');
  });

  it('prints one line a minute with every figure, a missing worker as a dash', () => {
    expect(sampleLine(sample(7, { workerMb: null, errors: 2 }))).toBe(
      '[soak] minute   7 · page 10.00 MB · worker – MB · DOM nodes 400 · listeners 250 · requests 700 · errors 2',
    );
  });
});
