// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '@/lib/i18n/locale-provider';
import { DeferredNotificationToaster } from '@/components/notifications/deferred-notification-toaster';
import { addNotification, clearNotifications } from '@/lib/notifications/notifications-store';

afterEach(cleanup);

describe('Notifications: the deferred toaster', () => {
  it('toasts a notification that happened before its code had loaded', async () => {
    clearNotifications();
    render(
      <LocaleProvider initial="en-US">
        <FluentProvider theme={webLightTheme}>
          <DeferredNotificationToaster />
        </FluentProvider>
      </LocaleProvider>,
    );
    addNotification({ operation: 'rename', target: 'Contoso Dev', status: 'succeeded' });
    expect(
      await screen.findByText("Subscription 'Contoso Dev' renamed", {}, { timeout: 5_000 }),
    ).toBeTruthy();
  });
});
