import { expect, test } from 'azure-subscriptions-clone/playwright';

test.describe('Top bar: settings', () => {
  test('Settings: switching to 中文(简体) applies at once, shows the formats, and persists across reload', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
    const panel = page.getByRole('dialog', { name: 'Settings' });
    await expect(panel.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect(panel).toContainText('Mar 15, 2026');
    await expect(panel).toContainText('$1,234.56');

    await panel.getByRole('radio', { name: '中文(简体)' }).check();
    const zhPanel = page.getByRole('dialog', { name: '设置' });
    await expect(zhPanel.getByRole('radio', { name: '中文(简体)' })).toBeChecked();
    await expect(zhPanel).toContainText('2026年3月15日');
    await expect(zhPanel).toContainText('US$1,234.56');
    await zhPanel.getByRole('button', { name: '关闭' }).click();

    const table = page.getByRole('main').getByRole('table', { name: '订阅' });
    for (const header of ['订阅名称', '订阅 ID', '我的角色', '套餐', '状态']) {
      await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.reload();
    await expect(
      page.getByRole('main').getByRole('heading', { name: '订阅', level: 1 }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('main')
        .getByRole('table', { name: '订阅' })
        .getByRole('columnheader', { name: '订阅名称' }),
    ).toBeVisible();

    await page.getByRole('banner').getByRole('button', { name: '设置' }).click();
    await page
      .getByRole('dialog', { name: '设置' })
      .getByRole('radio', { name: 'English' })
      .check();
    await page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('button', { name: 'Close' })
      .click();
    await expect(
      page.getByRole('main').getByRole('heading', { name: 'Subscriptions', level: 1 }),
    ).toBeVisible();
  });
});
