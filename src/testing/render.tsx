import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Locale } from '@/lib/i18n/locale';
import { LocaleProvider } from '@/lib/i18n/locale-provider';

// What the component tests share: the two providers every piece of the portal reads (its language
// and Fluent's theme), and the one browser API that jsdom lacks and Fluent needs.

/** Renders UI as the portal shows it: inside its language (en-US unless told) and Fluent's theme. */
export function renderInPortal(ui: ReactElement, locale: Locale = 'en-US') {
  return render(
    <LocaleProvider initial={locale}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </LocaleProvider>,
  );
}

/** jsdom has no layout: Fluent's MessageBar only needs ResizeObserver to exist. */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}
