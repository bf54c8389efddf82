import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, vi } from 'vitest';
import { MOCK_ANSWER_HEADER, MOCK_ANSWER_VALUE } from '@/contract/transport';
import { GlobalSearch } from '@/features/global-search/components/global-search';
import { LocaleProvider } from '@/lib/i18n/locale-provider';
import { setPersonaId } from '@/lib/session';

// What the global search's component tests share: one subscription to find and the box rendered in
// a router, its location shown so a test can see where a result led.

export const LEGACY = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f606';
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

/** After each test of the file: the rendered box gone, the stubs undone, nobody signed in. */
export function cleanUpAfterEach(): void {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setPersonaId(null);
  });
}

/** The box's accessible name, and the narrow top bar's button's. */
export const SEARCH_NAME = 'Search resources, services, and docs (G+/)';

/** The mock's answer to the subscriptions read: the one subscription. */
export function subscriptionsAnswer(): Response {
  return Response.json(subscriptions, { headers: { [MOCK_ANSWER_HEADER]: MOCK_ANSWER_VALUE } });
}

/** Every read answers at once with the one subscription, as the mock would. */
export function answerSubscriptions(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => subscriptionsAnswer()),
  );
}

function Location() {
  return <output aria-label="location">{useLocation().pathname}</output>;
}

/** The box in a wide window, where it is always there, or a narrow one, where a button opens it. */
export function renderSearch({ narrow = false }: { narrow?: boolean } = {}) {
  // jsdom has no media queries: every query answers as the window's width would.
  vi.stubGlobal('matchMedia', () => ({
    matches: narrow,
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
  return screen.getByRole(narrow ? 'button' : 'combobox', { name: SEARCH_NAME });
}
