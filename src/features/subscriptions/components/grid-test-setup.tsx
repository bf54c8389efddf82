import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import type { SubscriptionRow } from '@/features/subscriptions/api/use-subscription-rows';
import { SubscriptionsGrid } from '@/features/subscriptions/components/subscriptions-grid';
import { indexRows } from '@/features/subscriptions/list-rows';
import { LocaleProvider } from '@/lib/i18n/locale-provider';

// The grid's tests: the same rows and providers, with TanStack Virtual loaded or still on its way.

function rows(count: number): SubscriptionRow[] {
  return Array.from({ length: count }, (_, i) => ({
    subscriptionId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
    displayName: `Subscription ${String(i + 1).padStart(4, '0')}`,
    state: i % 2 ? 'Disabled' : 'Enabled',
    role: 'Owner',
    offerName: 'Pay-As-You-Go',
    offerId: 'MS-AZR-0003P',
    cost: { amount: i, currency: 'USD' },
  }));
}

/** The grid over `count` generated subscriptions, in en-US. */
export function grid(count: number, onSort = vi.fn(), viewKey = 'v') {
  const items = indexRows(rows(count), {
    role: (role) => role ?? '—',
    status: (state) => (state === 'Enabled' ? 'Active' : state),
  });
  return (
    <LocaleProvider initial="en-US">
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter>
          <SubscriptionsGrid
            items={items}
            sort="name"
            dir="asc"
            onSort={onSort}
            viewKey={viewKey}
          />
        </MemoryRouter>
      </FluentProvider>
    </LocaleProvider>
  );
}
