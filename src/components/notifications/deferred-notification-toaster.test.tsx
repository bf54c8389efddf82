// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DeferredNotificationToaster } from '@/components/notifications/deferred-notification-toaster';
import { addNotification, clearNotifications } from '@/lib/notifications/notifications-store';
import { renderInPortal } from '@/testing/render';

afterEach(cleanup);

describe('Notifications: the deferred toaster', () => {
  it('toasts a notification that happened before its code had loaded', async () => {
    clearNotifications();
    renderInPortal(<DeferredNotificationToaster />);
    addNotification({ operation: 'rename', target: 'Contoso Dev', status: 'succeeded' });
    expect(
      await screen.findByText("Subscription 'Contoso Dev' renamed", {}, { timeout: 5_000 }),
    ).toBeTruthy();
  });
});
