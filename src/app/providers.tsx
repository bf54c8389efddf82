import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LocaleProvider } from '@/lib/i18n/locale-provider';

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
        <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
          {children}
        </FluentProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
