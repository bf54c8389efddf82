import { FluentProvider, type PartialTheme } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LocaleProvider } from '@/lib/i18n/locale-provider';

/**
 * The theme's values are on the page's root already, written at build time into index.html's style
 * (scripts/build/fluent-theme.ts), so the provider carries none: the first load does without them
 * (5.9 KB gzip of JavaScript) and React's first commit writes no rule of 459 properties.
 */
const THEME_IN_THE_PAGE: PartialTheme = {};

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <FluentProvider theme={THEME_IN_THE_PAGE} style={{ height: '100%' }}>
          {children}
        </FluentProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
