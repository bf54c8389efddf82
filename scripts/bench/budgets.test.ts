import { describe, expect, it } from 'vitest';
import { check } from './budgets';
import { summarize } from './stats';

describe('Performance bench', () => {
  it('summarises runs as median, min and max', () => {
    expect(summarize([5, 1, 9, 3, 7, 2, 8])).toEqual({ median: 5, min: 1, max: 9, runs: 7 });
    expect(summarize([4, 2])).toEqual({ median: 3, min: 2, max: 4, runs: 2 });
    expect(() => summarize([])).toThrow();
  });

  it('judges a figure against its budget, at the limit included', () => {
    expect(check('initialJs', 300).pass).toBe(true);
    expect(check('initialJs', 300.1).pass).toBe(false);
    expect(check('coldRatio', 7.2)).toMatchObject({ limit: 7.2, unit: '×', pass: true });
    expect(check('warmRatio', 5.1).pass).toBe(false);
  });

  it('reports a figure it could not measure as unknown, not as passed', () => {
    expect(check('testWallTime', null).pass).toBeNull();
  });
});
