// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  answerSubscriptions,
  cleanUpAfterEach,
  LEGACY,
  renderSearch,
  subscriptionsAnswer,
} from '@/features/global-search/components/search-test-setup';
import { setPersonaId } from '@/lib/session';

/** The subscriptions read answers only when the returned function is called. */
function holdSubscriptionsRead(): () => void {
  let release: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      await answered;
      return subscriptionsAnswer();
    }),
  );
  return release;
}

cleanUpAfterEach();

describe('Global search: Enter before the subscriptions have arrived', () => {
  it('says it is searching, then opens the best match once the read answers', async () => {
    setPersonaId('admin');
    const release = holdSubscriptionsRead();
    const box = renderSearch();
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Legacy' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByText('Searching…')).toBeTruthy();
    expect(screen.queryByText(/No results were found/)).toBeNull();
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe('/');
    release();
    await vi.waitFor(() =>
      expect(screen.getByRole('status', { name: 'location' }).textContent).toBe(
        `/subscriptions/${LEGACY}`,
      ),
    );
  });

  it('forgets that Enter when more is typed, so the new text is not opened unasked', async () => {
    setPersonaId('admin');
    const release = holdSubscriptionsRead();
    const box = renderSearch();
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Leg' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.change(box, { target: { value: 'Legacy' } });
    release();
    expect(await screen.findByRole('option', { name: /Legacy Marketing/ })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe('/');
  });
});

describe('Global search: keyboard (a downshift combobox)', () => {
  /** Signed in, the box focused and "Legacy" typed: Legacy Marketing is among the results. */
  async function searchLegacy(): Promise<HTMLElement> {
    setPersonaId('admin');
    answerSubscriptions();
    const box = renderSearch();
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Legacy' } });
    expect(await screen.findByRole('option', { name: /Legacy Marketing/ })).toBeTruthy();
    return box;
  }

  it('opens with the services on focus, the best match highlighted, and arrows move through them', () => {
    setPersonaId('admin');
    answerSubscriptions();
    const box = renderSearch();
    fireEvent.focus(box);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole(
      'option',
    );
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options.at(-1)?.id);
  });

  it('a first Escape closes the results, a second one clears the box', async () => {
    const box = await searchLegacy();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
    expect((box as HTMLInputElement).value).toBe('Legacy');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('leaving the box opens nothing, even with a result highlighted', async () => {
    const box = await searchLegacy();
    fireEvent.blur(box, { relatedTarget: document.body });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe('/');
  });

  it('a click on a result opens it and empties the box; a click in the box keeps the results open', async () => {
    setPersonaId('admin');
    answerSubscriptions();
    const box = renderSearch();
    fireEvent.focus(box);
    fireEvent.click(box);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(box, { target: { value: 'Legacy' } });
    fireEvent.click(await screen.findByRole('option', { name: /Legacy Marketing/ }));
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe(
      `/subscriptions/${LEGACY}`,
    );
    expect((box as HTMLInputElement).value).toBe('');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
});
