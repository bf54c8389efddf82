// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { grid } from '@/features/subscriptions/components/grid-test-setup';
import { ROW_HEIGHT } from '@/features/subscriptions/components/subscriptions-grid';

afterEach(cleanup);
// A long list's window comes from TanStack Virtual, which the grid loads when it first shows one: here
// it is in the module cache before, so each grid has it within its first frame.
beforeAll(() => import('@/features/subscriptions/components/virtual-rows'));

/** The grid listens to its scroller from the task after its first frame (use-row-virtualizer.ts). */
async function afterFirstFrame(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

async function renderGrid(count: number, onSort = vi.fn()) {
  render(grid(count, onSort));
  await afterFirstFrame();
  return onSort;
}

describe('Subscriptions list: virtualised grid', () => {
  it('keeps table semantics and renders only a window of a long list', async () => {
    await renderGrid(5_000);
    const table = screen.getByRole('table', { name: 'Subscriptions' });
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const rendered = within(table).getAllByRole('row');
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[1]?.getAttribute('aria-rowindex')).toBe('2');
    expect(
      within(table).getByRole('link', { name: 'Subscription 0001' }).getAttribute('href'),
    ).toBe('/subscriptions/00000000-0000-0000-0000-000000000000');
    expect(within(table).queryByRole('link', { name: 'Subscription 5000' })).toBeNull();
  });

  it('moves the window when the grid scrolls', async () => {
    await renderGrid(5_000);
    const table = screen.getByRole('table', { name: 'Subscriptions' });
    table.scrollTop = 36 * 4_990 + 36;
    fireEvent.scroll(table);
    expect(within(table).getByRole('link', { name: 'Subscription 5000' })).toBeTruthy();
    const last = within(table).getAllByRole('row').at(-1);
    expect(last?.getAttribute('aria-rowindex')).toBe('5001');
  });

  it('places each row by its position in the whole list, below the sticky header', async () => {
    await renderGrid(5_000);
    const table = screen.getByRole('table', { name: 'Subscriptions' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first?.style.top).toBe('0px');
    expect(second?.style.top).toBe(`${ROW_HEIGHT}px`);
    table.scrollTop = ROW_HEIGHT * 2_000;
    fireEvent.scroll(table);
    const row = within(table)
      .getByRole('link', { name: 'Subscription 2001' })
      .closest('[role=row]');
    expect(row?.getAttribute('aria-rowindex')).toBe('2002');
    expect((row as HTMLElement | null)?.style.top).toBe(`${ROW_HEIGHT * 2_000}px`);
  });

  it('keeps a scroll made before the grid listens to its scroller (the first frame)', async () => {
    render(grid(5_000));
    const table = screen.getByRole('table', { name: 'Subscriptions' });
    table.scrollTop = ROW_HEIGHT * 3_000;
    fireEvent.scroll(table);
    await afterFirstFrame();
    expect(table.scrollTop).toBe(ROW_HEIGHT * 3_000);
    expect(within(table).getByRole('link', { name: 'Subscription 3001' })).toBeTruthy();
    expect(within(table).queryByRole('link', { name: 'Subscription 0001' })).toBeNull();
  });

  it('starts again at the top when the view changes, and a shorter list shows all its rows', async () => {
    const { rerender } = render(grid(5_000));
    await afterFirstFrame();
    const table = screen.getByRole('table', { name: 'Subscriptions' });
    table.scrollTop = ROW_HEIGHT * 4_000;
    fireEvent.scroll(table);
    rerender(grid(4, vi.fn(), 'filtered'));
    fireEvent.scroll(table);
    expect(table.scrollTop).toBe(0);
    expect(table.getAttribute('aria-rowcount')).toBe('5');
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Subscription 0001', 'Subscription 0002', 'Subscription 0003', 'Subscription 0004']);
  });

  it('marks the sorted column and sorts when a header is clicked', async () => {
    const onSort = await renderGrid(3);
    const name = screen.getByRole('columnheader', { name: 'Subscription name' });
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(
      screen.getByRole('columnheader', { name: 'Current cost' }).getAttribute('aria-sort'),
    ).toBeNull();
    fireEvent.click(
      within(screen.getByRole('columnheader', { name: 'Status' })).getByRole('button'),
    );
    expect(onSort).toHaveBeenCalledWith('status');
    expect(screen.getAllByRole('row')).toHaveLength(4);
  });
});
