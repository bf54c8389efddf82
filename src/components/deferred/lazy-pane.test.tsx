// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPane, PaneSlot, usePaneToggle, type LazyPane } from '@/components/deferred/lazy-pane';

afterEach(cleanup);

function Pane({ open }: { open: boolean }) {
  return <p>{open ? 'pane open' : 'pane closed'}</p>;
}

function TopBarButton({ pane }: { pane: LazyPane<{ open: boolean }> }) {
  const { open, mounted, triggerProps } = usePaneToggle(pane);
  return (
    <>
      <button type="button" {...triggerProps}>
        Pane
      </button>
      <PaneSlot mounted={mounted}>
        <pane.Pane open={open} />
      </PaneSlot>
    </>
  );
}

describe('Top-bar panes: lazyPane', () => {
  it('downloads nothing until the button is hovered, focused or clicked', async () => {
    const load = vi.fn(() => Promise.resolve(Pane));
    render(<TopBarButton pane={lazyPane(load)} />);
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByText(/pane/)).toBeNull();
    fireEvent.pointerEnter(screen.getByRole('button', { name: 'Pane' }));
    expect(load).toHaveBeenCalled();
    await act(() => Promise.resolve());
    expect(screen.queryByText(/pane/)).toBeNull();
  });

  it('opens on click, and stays mounted once closed so it can animate', async () => {
    render(<TopBarButton pane={lazyPane(() => Promise.resolve(Pane))} />);
    const button = screen.getByRole('button', { name: 'Pane' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    fireEvent.click(button);
    expect(await screen.findByText('pane open')).toBeTruthy();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button);
    expect(await screen.findByText('pane closed')).toBeTruthy();
  });

  it('a failed prefetch is left to the opening, which tries again', async () => {
    const load = vi
      .fn<() => Promise<typeof Pane>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(Pane);
    const pane = lazyPane(load);
    pane.prefetch();
    await act(() => Promise.resolve());
    render(<TopBarButton pane={pane} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pane' }));
    expect(await screen.findByText('pane open')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
