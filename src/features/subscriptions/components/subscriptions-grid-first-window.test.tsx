// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { grid } from '@/features/subscriptions/components/grid-test-setup';
import { firstWindowRows } from '@/features/subscriptions/components/row-window';
import { OVERSCAN, ROW_HEIGHT } from '@/features/subscriptions/components/subscriptions-grid';

// TanStack Virtual never arrives here: what the grid shows before it does, and when it asks for it.
const requested = vi.hoisted(() => vi.fn());
vi.mock('@/features/subscriptions/components/virtual-rows', () => {
  requested();
  return new Promise(() => undefined);
});

afterEach(() => {
  cleanup();
  requested.mockClear();
});

/** Past the first frame, when the virtualizer would have been asked for and attached. */
async function settle(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

describe('Subscriptions list: the first window, before the virtualizer loads', () => {
  it('a list that fits the first window shows every row and never loads the virtualizer', async () => {
    const count = firstWindowRows(ROW_HEIGHT, OVERSCAN);
    render(grid(count));
    await settle();
    const table = screen.getByRole('table', { name: 'Subscriptions' });
    expect(within(table).getAllByRole('link')).toHaveLength(count);
    expect(requested).not.toHaveBeenCalled();
  });

  it('a longer list asks for the virtualizer and shows its first window meanwhile, each row in its place', async () => {
    render(grid(5_000));
    await settle();
    expect(requested).toHaveBeenCalledTimes(1);
    const table = screen.getByRole('table', { name: 'Subscriptions' });
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const [, ...rows] = within(table).getAllByRole('row');
    expect(rows).toHaveLength(firstWindowRows(ROW_HEIGHT, OVERSCAN));
    expect(rows[1]?.getAttribute('aria-rowindex')).toBe('3');
    expect(rows[1]?.style.top).toBe(`${ROW_HEIGHT}px`);
    // The scroll height is the whole list's, as the virtualizer's would be.
    expect(rows[0]?.parentElement?.style.height).toBe(`${ROW_HEIGHT * 5_000}px`);
  });
});
