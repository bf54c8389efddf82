// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  markPageBusy,
  nextIdleTurn,
  resetPageSettledForTests,
  whenPageSettled,
} from '@/components/deferred/page-settled';

function track(promise: Promise<void>): { settled: boolean } {
  const state = { settled: false };
  void promise.then(() => {
    state.settled = true;
  });
  return state;
}

describe('Deferred code: the page settles', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetPageSettledForTests();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('once no loading indicator is left and the browser is idle', async () => {
    const done = markPageBusy();
    const state = track(whenPageSettled());
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.settled).toBe(false);
    done();
    await vi.advanceTimersByTimeAsync(10);
    expect(state.settled).toBe(true);
  });

  it('not while one loading indicator gives way to the next', async () => {
    const first = markPageBusy();
    const state = track(whenPageSettled());
    first();
    const second = markPageBusy();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.settled).toBe(false);
    second();
    second(); // a second call changes nothing
    await vi.advanceTimersByTimeAsync(10);
    expect(state.settled).toBe(true);
  });

  it('after five seconds at most, even if something keeps loading', async () => {
    markPageBusy();
    const state = track(whenPageSettled());
    await vi.advanceTimersByTimeAsync(4_900);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(state.settled).toBe(true);
  });

  it('at once for a page that shows no loading indicator', async () => {
    const state = track(whenPageSettled());
    await vi.advanceTimersByTimeAsync(10);
    expect(state.settled).toBe(true);
  });

  it('gives what waits for it one idle moment each, in the order asked', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    try {
      const first = track(nextIdleTurn());
      const second = track(nextIdleTurn());
      await vi.advanceTimersByTimeAsync(10);
      expect(idle).toHaveLength(1);
      idle.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
      expect([first.settled, second.settled]).toEqual([true, false]);
      // The second turn is asked for only once the first has run: a moment of its own.
      expect(idle).toHaveLength(1);
      idle.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
      expect(second.settled).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
