// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
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
      return Response.json(subscriptions, { headers: { [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE } });
    }),
  );
  return release;
}

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
  function answerSubscriptions() {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(subscriptions, { headers: { [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE } }),
      ),
    );
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
    setPersonaId('admin');
    answerSubscriptions();
    const box = renderSearch();
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Legacy' } });
    expect(await screen.findByRole('option', { name: /Legacy Marketing/ })).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
    expect((box as HTMLInputElement).value).toBe('Legacy');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('leaving the box opens nothing, even with a result highlighted', async () => {
    setPersonaId('admin');
    answerSubscriptions();
    const box = renderSearch();
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Legacy' } });
    expect(await screen.findByRole('option', { name: /Legacy Marketing/ })).toBeTruthy();
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
