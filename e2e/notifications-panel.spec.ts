import type { Page } from '@playwright/test';
import { expect, test } from 'azure-subscriptions-clone/playwright';

const STORAGE_KEY = 'azclone.notifications.v1';
const PRODUCTION = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';

/** Saves `entries` as the portal's notifications and reloads, as if they came from an earlier visit. */
async function seed(page: Page, entries: unknown): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEY,
    typeof entries === 'string' ? entries : JSON.stringify(entries),
  ] as const);
  await page.reload();
  await expect(page.getByRole('main')).toBeVisible();
}

/** A cancellation of Contoso Production in progress, started at the page's now and watched (R5). */
async function seedWatchedCancellation(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await seed(page, [
    entry({
      createdAt: now,
      updatedAt: now,
      watch: { subscriptionId: PRODUCTION, state: 'Disabled' },
    }),
  ]);
}

function entry(overrides: Record<string, unknown>) {
  const at = Date.parse('2026-03-15T08:55:00Z');
  return {
    id: 'seeded-1',
    operation: 'cancel',
    target: 'Contoso Production',
    status: 'in-progress',
    createdAt: at,
    updatedAt: at,
    link: `/subscriptions/${PRODUCTION}`,
    read: false,
    ...overrides,
  };
}

test.describe('Top bar: notifications', () => {
  test('Notifications: a saved entry shows, a corrupted one is dropped, and opening marks them read', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await seed(page, [
      entry({}),
      { id: 'broken', operation: 'launch-rockets', status: 'maybe' },
      entry({
        id: 'seeded-2',
        operation: 'rename',
        target: 'Contoso Dev',
        status: 'succeeded',
        read: true,
      }),
    ]);
    const button = page
      .getByRole('banner')
      .getByRole('button', { name: 'Notifications', exact: true });
    await expect(button).toHaveAccessibleDescription('1 unread notification');

    await button.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    const items = panel.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText("Canceling subscription 'Contoso Production'…");
    await expect(items.first()).toContainText('In progress');
    await expect(items.first()).toContainText('5 minutes ago');
    await expect(items.nth(1)).toContainText("Subscription 'Contoso Dev' renamed");

    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect(button).toHaveAccessibleDescription('');

    await button.click();
    await panel.getByRole('link', { name: 'Go to resource' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${PRODUCTION}$`));
    await expect(panel).toBeHidden();
  });

  test('Notifications: Dismiss removes one entry and Dismiss all empties the panel, across reloads', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await seed(page, [
      entry({ status: 'failed', detail: 'The subscription is already canceled.' }),
      entry({ id: 'seeded-2', operation: 'vm-stop', target: 'vm-web-01', status: 'succeeded' }),
      entry({
        id: 'seeded-3',
        operation: 'support-request',
        target: 'Reactivate',
        status: 'succeeded',
      }),
    ]);
    await page.getByRole('button', { name: 'Notifications', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    await expect(panel.getByRole('listitem').first()).toContainText(
      'The subscription is already canceled.',
    );
    await panel
      .getByRole('button', { name: "Dismiss: Virtual machine 'vm-web-01' stopped" })
      .click();
    await expect(panel.getByRole('listitem')).toHaveCount(2);

    await page.reload();
    await page.getByRole('button', { name: 'Notifications', exact: true }).click();
    await expect(panel.getByRole('listitem')).toHaveCount(2);
    await panel.getByRole('button', { name: 'Dismiss all' }).click();
    await expect(panel.getByRole('listitem')).toHaveCount(0);
    await expect(panel).toContainText('No notifications');
  });

  test('Notifications: unreadable saved notifications leave a working portal', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await seed(page, '{not json');
    await expect(
      page.getByRole('main').getByRole('heading', { name: 'Home', level: 1 }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Notifications', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Notifications' })).toContainText(
      'No notifications',
    );
  });

  test('Notifications: a language change made in Settings is recorded, in the new language', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '中文(简体)' }).check();
    await page.getByRole('dialog', { name: '设置' }).getByRole('button', { name: '关闭' }).click();
    await expect(page.getByText('语言已更改为 中文(简体)').first()).toBeVisible();
    const button = page.getByRole('button', { name: '通知', exact: true });
    await expect(button).toHaveAccessibleDescription('1 条未读通知');
    await button.click();
    await expect(page.getByRole('dialog', { name: '通知' }).getByRole('listitem')).toContainText(
      '语言已更改为 中文(简体)',
    );
  });

  test('R5: a watched cancellation stays in progress until it shows in the portal', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal('/');
    const cancel = await api.call(
      'POST',
      `/subscriptions/${PRODUCTION}/providers/Microsoft.Subscription/cancel`,
      {
        apiVersion: '2021-10-01',
      },
    );
    expect(cancel.status).toBe(200);
    await seedWatchedCancellation(page);

    await page.clock.fastForward('01:00');
    await page.getByRole('button', { name: 'Notifications', exact: true }).click();
    const item = page.getByRole('dialog', { name: 'Notifications' }).getByRole('listitem');
    await expect(item).toContainText("Canceling subscription 'Contoso Production'…");

    await page.clock.fastForward('10:00');
    await expect(item).toContainText("Subscription 'Contoso Production' canceled");
    await expect(item).toContainText('Succeeded');
  });

  test('Notifications: a reset from the Demo panel stops a watched cancellation instead of leaving it spinning', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await seedWatchedCancellation(page);
    await page.getByRole('button', { name: 'Demo' }).click();
    const demo = page.getByRole('dialog', { name: 'Demo controls' });
    await demo.getByRole('button', { name: 'Reset scenario' }).click();
    await demo.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Notifications', exact: true }).click();
    const item = page.getByRole('dialog', { name: 'Notifications' }).getByRole('listitem');
    await expect(item).toContainText("Canceling subscription 'Contoso Production'");
    await expect(item).toContainText(
      'Stopped: the demo state was replaced, so this will not finish',
    );
    await expect(item).not.toContainText('…');
    await page.reload();
    await page.getByRole('button', { name: 'Notifications', exact: true }).click();
    await expect(item).toContainText('Stopped');
  });
});
