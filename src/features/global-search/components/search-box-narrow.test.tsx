// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  answerSubscriptions,
  cleanUpAfterEach,
  LEGACY,
  renderSearch,
  SEARCH_NAME,
} from '@/features/global-search/components/search-test-setup';
import { setPersonaId } from '@/lib/session';

cleanUpAfterEach();

// A file of its own: the combobox's code loads once per module graph, and this test needs it absent.
describe('Global search: the narrow top bar before its combobox code has loaded', () => {
  it('opens the match of an Enter typed meanwhile once, and the next box opens empty and stays open', async () => {
    setPersonaId('admin');
    answerSubscriptions();
    const open = renderSearch({ narrow: true });
    fireEvent.click(open);
    const placeholder = screen.getByRole('combobox', { name: SEARCH_NAME });
    await waitFor(() => expect(document.activeElement).toBe(placeholder));
    fireEvent.change(placeholder, { target: { value: 'Legacy' } });
    fireEvent.keyDown(placeholder, { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'location' }).textContent).toBe(
        `/subscriptions/${LEGACY}`,
      ),
    );
    // The box is put away once its match is open.
    await waitFor(() => expect(screen.queryByRole('combobox', { name: SEARCH_NAME })).toBeNull());

    // `/` brings a new box: empty, focused, and it stays open (the Enter is not handed over again).
    fireEvent.keyDown(document.body, { key: '/' });
    const box = await screen.findByRole('combobox', { name: SEARCH_NAME });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect((box as HTMLInputElement).value).toBe('');
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(screen.getByRole('combobox', { name: SEARCH_NAME })).toBe(box);
    expect(document.activeElement).toBe(box);
  });
});
