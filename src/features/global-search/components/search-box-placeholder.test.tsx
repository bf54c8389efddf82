// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  answerSubscriptions,
  cleanUpAfterEach,
  renderSearch,
  SEARCH_NAME,
} from '@/features/global-search/components/search-test-setup';
import { setPersonaId } from '@/lib/session';

cleanUpAfterEach();

// A file of its own: the combobox's code loads once per module graph, and this test needs it absent.
describe('Global search: the box before its combobox code has loaded', () => {
  it('looks and is named the same, and hands what was typed and the focus to the real box', async () => {
    setPersonaId('admin');
    answerSubscriptions();
    const placeholder = renderSearch();
    expect(placeholder.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    placeholder.focus();
    fireEvent.change(placeholder, { target: { value: 'Legacy' } });
    expect(await screen.findByRole('option', { name: /Legacy Marketing/ })).toBeTruthy();
    const box = screen.getByRole('combobox', { name: SEARCH_NAME });
    expect(box).not.toBe(placeholder);
    expect((box as HTMLInputElement).value).toBe('Legacy');
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });
});
