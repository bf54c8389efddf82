// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSingleFlight } from '@/lib/use-single-flight';

afterEach(cleanup);

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('R14: one submit at a time', () => {
  it('R14: a second click while the first call is on its way sends nothing', async () => {
    const call = deferred();
    const send = vi.fn(() => call.promise);
    const { result } = renderHook(() => useSingleFlight(send));
    result.current();
    result.current();
    expect(send).toHaveBeenCalledTimes(1);
    call.resolve();
    await vi.waitFor(() => {
      result.current();
      expect(send).toHaveBeenCalledTimes(2);
    });
  });

  it('R14: a failed call lets the next click through, so Retry works', async () => {
    const call = deferred();
    const send = vi.fn(() => call.promise);
    const { result } = renderHook(() => useSingleFlight(send));
    result.current();
    call.reject(new Error('503'));
    await vi.waitFor(() => {
      result.current();
      expect(send).toHaveBeenCalledTimes(2);
    });
  });

  it('R14: nothing to send holds nothing back', () => {
    const send = vi.fn((ready: boolean) =>
      ready ? new Promise<void>(() => undefined) : undefined,
    );
    const { result } = renderHook(() => useSingleFlight(send));
    result.current(false);
    result.current(true);
    result.current(true);
    expect(send.mock.calls).toEqual([[false], [true]]);
  });
});
