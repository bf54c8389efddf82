import {
  AccountPage,
  CancelWizardPage,
  expect,
  OverviewPage,
  PortalShell,
  PresentationPage,
  ResourcesPage,
  SubscriptionsPage,
  SupportPage,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';
import type { Page } from '@playwright/test';
import {
  expectCaptionClearOfOutline,
  overlapArea,
  walkEveryChapterClear,
} from './support/caption-layout';

// The phone project (playwright.config.ts: a Pixel 7, 412 × 839 with touch): a stakeholder opens a
// share link on a phone. Each screen fits the width (nothing to scroll sideways but a table that says
// so) and its controls can be tapped.

const PROD = SUBSCRIPTIONS.production;

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page is wider than the phone (px)').toBeLessThanOrEqual(0);
}

for (const lang of ['en-US', 'zh-CN'] as const) {
  test.describe(`Phone in ${lang}`, () => {
    test.use({ lang });

    test(`Phone: the top bar's buttons never overlap the portal's name, and the menu opens over the page and closes on a tap (${lang})`, async ({
      page,
      gotoPortal,
    }) => {
      await gotoPortal('/subscriptions');
      const shell = new PortalShell(page);
      const brand = await shell.topBar.getByRole('link').first().boundingBox();
      for (const control of [
        shell.search,
        shell.demoButton,
        shell.notificationsButton,
        shell.settingsButton,
      ]) {
        await expect(control).toBeInViewport({ ratio: 1 });
        expect(overlapArea(brand!, (await control.boundingBox())!)).toBe(0);
      }
      // The menu is not a column on a phone: hidden until the menu button opens it.
      await expect(shell.navigation).toBeHidden();
      await shell.topBar.getByRole('button', { name: /^(Show portal menu|显示门户菜单)$/ }).tap();
      await expect(shell.navigation).toBeVisible();
      await shell.navLink(/^(Help \+ support|帮助 \+ 支持)$/).tap();
      await expect(page).toHaveURL(/\/support$/);
      await expect(shell.navigation).toBeHidden();
      await expectNoSidewaysScroll(page);
    });
  });
}

test.describe('Phone', () => {
  test('Phone: the open menu closes on Esc, focus back on its button, and on a tap on the page beside it, which goes no further', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const shell = new PortalShell(page);
    const menuButton = shell.topBar.getByRole('button', { name: 'Show portal menu' });
    await menuButton.tap();
    await expect(shell.navigation).toBeVisible();
    await shell.navLink('Home').focus();
    await page.keyboard.press('Escape');
    await expect(shell.navigation).toBeHidden();
    await expect(menuButton).toBeFocused();
    // A tap beside the open menu, over the list: the menu closes, and the tap goes no further.
    await menuButton.tap();
    await expect(shell.navigation).toBeVisible();
    const menu = (await shell.navigation.boundingBox())!;
    const row = (await page.getByRole('link', { name: 'Contoso Production' }).boundingBox())!;
    await page.touchscreen.tap(menu.x + menu.width + 16, row.y + row.height / 2);
    await expect(shell.navigation).toBeHidden();
    await expect(page).toHaveURL(/\/subscriptions$/);
  });

  test('Phone: every subscription of the list shows its name and status on screen, and a tap opens its Overview', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const list = new SubscriptionsPage(page);
    await expect(list.summary).toHaveText('Showing 7 of 7 subscriptions');
    const width = page.viewportSize()!.width;
    for (const name of await list.names()) {
      const row = list.row(name);
      await expect(row.getByRole('link', { name, exact: true })).toBeInViewport();
      // A card's cells: name, offer, status, cost.
      const status = row.getByRole('cell').nth(2);
      await expect(status).toHaveText(/^(Active|Disabled)$/);
      const box = await status.boundingBox();
      expect(box!.x + box!.width, `${name}: status on screen`).toBeLessThanOrEqual(width);
    }
    await expectNoSidewaysScroll(page);

    await list.row('Contoso Production').getByRole('link', { name: 'Contoso Production' }).tap();
    const overview = new OverviewPage(page);
    await expect(overview.essential('Status')).toHaveText('Active');
    await expect(overview.cancelButton).toBeInViewport();
    await expectNoSidewaysScroll(page);
  });

  test('Phone: Resources, the Account Center, Help + support, and the Demo and Notifications panels fit the width and their controls can be tapped', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${PROD}/resources`);
    const resources = new ResourcesPage(page);
    await expect(resources.group('rg-prod-web')).toBeVisible();
    await expectNoSidewaysScroll(page);

    await gotoPortal(`/account?subscriptionId=${PROD}`);
    const account = new AccountPage(page);
    await expect(account.subscriptions).toBeVisible();
    await expectNoSidewaysScroll(page);

    await gotoPortal('/support');
    await page.getByRole('main').getByRole('button', { name: 'Create a support request' }).tap();
    const support = new SupportPage(page);
    await expect(support.create).toBeInViewport();
    await expectNoSidewaysScroll(page);

    const shell = new PortalShell(page);
    const demo = await shell.openDemo();
    await expect(demo.dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
    await demo.close();
    const notifications = await shell.openNotifications();
    await expect(notifications.getByRole('button', { name: 'Close' })).toBeInViewport();
    await expectNoSidewaysScroll(page);
  });

  test('Phone: Contoso Production is cancelled through the wizard, end to end (R2, R3, R5)', async ({
    page,
    gotoPortal,
  }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, PROD);
    await expectNoSidewaysScroll(page);
    await wizard.prepare.acknowledgeAndContinue();
    await expectNoSidewaysScroll(page);
    await wizard.review.continue();
    await wizard.confirm.fill({ reason: 'Other', name: 'Contoso Production' });
    await expect(wizard.submit).toBeInViewport();
    await wizard.submit.tap();
    await page.waitForURL(new RegExp(`/subscriptions/${PROD}$`));
    const overview = new OverviewPage(page);
    await expect(overview.statusBanner(/Cancellation in progress/)).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test('Phone: a share link opens a readable chapter, its caption a bottom sheet with Previous, Next and Exit on screen', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/?present=seed&chapter=5');
    const show = new PresentationPage(page);
    await show.atChapter(5);
    await expect(show.heading).toHaveText('Billing stopped');
    await expectCaptionClearOfOutline(page, show);
    for (const button of [show.previous, show.next, show.exit]) await expect(button).toBeVisible();
    await show.exit.tap();
    await expect(show.region).toHaveCount(0);
  });

  test("Phone: the presentation's nine chapters tapped through, none of them covering what it outlines", async ({
    page,
    gotoPortal,
  }) => {
    // Nine chapters, each putting the mock at a moment of the story.
    test.slow();
    await walkEveryChapterClear(page, gotoPortal, () => expectNoSidewaysScroll(page));
  });
});
