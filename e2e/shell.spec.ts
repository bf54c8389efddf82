import { expect, test } from 'azure-subscriptions-clone/playwright';

const DEFAULT_SUBSCRIPTIONS = [
  ['Contoso Production', 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601', 'Active'],
  ['Contoso Dev/Test', 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602', 'Active'],
  ['Free Trial', 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f603', 'Active'],
  ['Contoso Enterprise', 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f604', 'Active'],
  ['Fabrikam Analytics', 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f605', 'Active'],
  ['Legacy Marketing', 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f606', 'Disabled'],
  ['Contoso Sandbox', 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607', 'Disabled'],
] as const;

test.describe('Foundation: portal shell', () => {
  test('shell loads with the mock backend active and the signed-in persona', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Microsoft Azure' }),
    ).toBeVisible();
    await expect(page.getByRole('group', { name: /Signed in as Avery Howard/ })).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('heading', { name: 'Home', level: 1 }),
    ).toBeVisible();
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    expect(controlled, 'the mock service worker controls the page').toBe(true);
  });

  test('Home and Subscriptions are reachable by mouse', async ({ page, gotoPortal }) => {
    await gotoPortal('/');
    await page.getByRole('main').getByRole('link', { name: 'Subscriptions' }).click();
    await expect(page).toHaveURL(/\/subscriptions$/);
    await expect(
      page.getByRole('main').getByRole('heading', { name: 'Subscriptions', level: 1 }),
    ).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Portal navigation' })
      .getByRole('link', { name: 'Home' })
      .click();
    await expect(
      page.getByRole('main').getByRole('heading', { name: 'Home', level: 1 }),
    ).toBeVisible();
  });

  test('Home and Subscriptions are reachable by keyboard', async ({ page, gotoPortal }) => {
    await gotoPortal('/');
    const navLink = page
      .getByRole('navigation', { name: 'Portal navigation' })
      .getByRole('link', { name: 'Subscriptions' });
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      if (await navLink.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(navLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('main').getByRole('heading', { name: 'Subscriptions', level: 1 }),
    ).toBeVisible();
  });

  test("the list shows the default scenario's seven subscriptions with their statuses", async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const table = page.getByRole('main').getByRole('table');
    for (const header of ['Subscription name', 'Subscription ID', 'My role', 'Offer', 'Status']) {
      await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
    }
    for (const [name, id, status] of DEFAULT_SUBSCRIPTIONS) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect(row).toContainText(id);
      await expect(row).toContainText(status);
    }
    await expect(table.getByRole('row')).toHaveCount(DEFAULT_SUBSCRIPTIONS.length + 1);
  });

  for (const width of [768, 1440]) {
    test(`the layout holds at ${width} px`, async ({ page, gotoPortal }) => {
      await page.setViewportSize({ width, height: 900 });
      await gotoPortal('/subscriptions');
      await expect(
        page.getByRole('link', { name: 'Contoso Production', exact: true }),
      ).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'no horizontal scrolling of the page').toBeLessThanOrEqual(0);
      const nav = page.getByRole('navigation', { name: 'Portal navigation' });
      await expect(nav.getByRole('link', { name: 'Subscriptions' })).toBeVisible();
    });
  }
});
