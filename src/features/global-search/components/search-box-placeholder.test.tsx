// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOCK_ANSWER_HEADER, MOCK_ANSWER_VALUE } from '@/contract/transport';
import { GlobalSearch } from '@/features/global-search/components/global-search';
import { LocaleProvider } from '@/lib/i18n/locale-provider';
import { setPersonaId } from '@/lib/session';

const LEGACY = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f606';
const subscriptions = {
  value: [
    {
      id: `/subscriptions/${LEGACY}`,
      subscriptionId: LEGACY,
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      displayName: 'Legacy Marketing',
      state: 'Enabled',
      subscriptionPolicies: {
        locationPlacementId: 'Public_2014-09-01',
        quotaId: 'PayAsYouGo_2014-09-01',
        spendingLimit: 'Off',
      },
      authorizationSource: 'RoleBased',
    },
  ],
};

function Location() {
  return <output aria-label="location">{useLocation().pathname}</output>;
}

function renderSearch() {
  // jsdom has no media queries: a wide window, where the box is always there.
  vi.stubGlobal('matchMedia', () => ({
    matches: false,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <LocaleProvider initial="en-US">
      <FluentProvider theme={webLightTheme}>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={['/']}>
            <GlobalSearch ready />
            <Routes>
              <Route path="*" element={<Location />} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </FluentProvider>
    </LocaleProvider>,
  );
  return screen.getByRole('combobox', { name: 'Search resources, services, and docs (G+/)' });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setPersonaId(null);
});

// A file of its own: the combobox's code loads once per module graph, and this test needs it absent.
describe('Global search: the box before its combobox code has loaded', () => {
  it('looks and is named the same, and hands what was typed and the focus to the real box', async () => {
    setPersonaId('admin');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(subscriptions, { headers: { [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE } }),
      ),
    );
    const placeholder = renderSearch();
    expect(placeholder.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    placeholder.focus();
    fireEvent.change(placeholder, { target: { value: 'Legacy' } });
    expect(await screen.findByRole('option', { name: /Legacy Marketing/ })).toBeTruthy();
    const box = screen.getByRole('combobox', {
      name: 'Search resources, services, and docs (G+/)',
    });
    expect(box).not.toBe(placeholder);
    expect((box as HTMLInputElement).value).toBe('Legacy');
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });
});
