// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRefetchWhenChanged } from '@/lib/api/refetch-when-changed';

afterEach(cleanup);

describe('Dependent reads follow the read they derive from', () => {
  it('refetches when the value changes from one answer to another, not when it first arrives', () => {
    const refetch = vi.fn();
    const { rerender } = renderHook(({ state }) => useRefetchWhenChanged(state, refetch), {
      initialProps: { state: undefined as string | undefined },
    });
    rerender({ state: 'Enabled' });
    rerender({ state: 'Enabled' });
    expect(refetch).not.toHaveBeenCalled();
    rerender({ state: 'Disabled' });
    expect(refetch).toHaveBeenCalledTimes(1);
    rerender({ state: 'Disabled' });
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('calls the latest refetch, not the one from the first render', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = renderHook(({ state, refetch }) => useRefetchWhenChanged(state, refetch), {
      initialProps: { state: 'Enabled', refetch: first },
    });
    rerender({ state: 'Warned', refetch: second });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
