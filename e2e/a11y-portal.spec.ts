import type { Page } from '@playwright/test';
import {
  AccountPage,
  type AxeFinding,
  CANCEL_PATH,
  CancelWizardPage,
  expect,
  HomePage,
  MovePage,
  OverviewPage,
  PortalShell,
  ResourcesPage,
  seriousViolations,
  SUBSCRIPTIONS,
  SupportPage,
  test,
} from 'azure-subscriptions-clone/playwright';

// Accessibility: axe on every blade, dialog and wizard step, in both languages. No serious or critical
// violation may remain (e2e/kit/support/axe.ts lists the one documented false positive it filters).
// axe runs before any fake clock is installed (`startAt: null`): its scans schedule work on the page's
// timers, which must not depend on a test moving Playwright's page.clock. Lifecycle time moves through
// the mock's demo clock instead (`api.demo('clock', …)`).

const DAY = 24 * 60 * 60 * 1000;
const { production, legacyMarketing, sandbox } = SUBSCRIPTIONS;

for (const lang of ['en-US', 'zh-CN'] as const) {
  test.describe(`Accessibility (${lang})`, () => {
    test.use({ lang, startAt: null });
    // Each test runs axe several times (one full page scan per surface): give it room on a busy machine.
    test.describe.configure({ timeout: 60_000 });

    // Each test scans several surfaces and reports them all at the end, not just the first that fails.
    let findings: AxeFinding[];
    const scanner = (page: Page, language: string) => async (surface: string) => {
      findings.push(...(await seriousViolations(page, `${surface} (${language})`)));
    };
    test.beforeEach(() => {
      findings = [];
    });
    test.afterEach(() => {
      expect(findings, 'serious or critical axe violations').toEqual([]);
    });

    test(`A11y: Home, global search and a page not found (${lang})`, async ({
      page,
      gotoPortal,
    }) => {
      const scan = scanner(page, lang);
      const shell = new PortalShell(page);
      await gotoPortal('/');
      await expect(new HomePage(page).heading).toBeVisible();
      await scan('Home');

      await shell.search.click();
      await page.keyboard.type('Contoso');
      await expect(page.getByRole('listbox')).toBeVisible();
      await scan('Global search results');
      await page.keyboard.press('Escape');

      await gotoPortal('/no-such-blade');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      await scan('Page not found');
    });

    test(`A11y: the Notifications, Settings and Demo panels (${lang})`, async ({
      page,
      gotoPortal,
    }) => {
      const scan = scanner(page, lang);
      const shell = new PortalShell(page);
      await gotoPortal('/');
      const notifications = await shell.openNotifications();
      await scan('Notifications panel');
      await notifications.getByRole('button', { name: /^(Close|关闭)$/ }).click();

      const settings = await shell.openSettings();
      await scan('Settings panel');
      await settings.getByRole('button', { name: /^(Close|关闭)$/ }).click();

      const demo = await shell.openDemo();
      await scan('Demo panel');
      await demo.close();
    });

    test(`A11y: the Subscriptions list and its filter menu (${lang})`, async ({
      page,
      gotoPortal,
    }) => {
      const scan = scanner(page, lang);
      await gotoPortal('/subscriptions');
      const main = page.getByRole('main');
      await expect(
        main.getByRole('link', { name: 'Contoso Production', exact: true }),
      ).toBeVisible();
      await scan('Subscriptions list');
      await main
        .getByRole('button', { name: / (==|in) / })
        .first()
        .click();
      await expect(page.getByRole('menu')).toBeVisible();
      await scan('Subscriptions filter menu');
      await page.keyboard.press('Escape');
    });

    test(`A11y: Overview when active, cancellation pending and deleted (${lang})`, async ({
      page,
      gotoPortal,
      api,
    }) => {
      const scan = scanner(page, lang);
      const overview = new OverviewPage(page);
      await gotoPortal(`/subscriptions/${production}`);
      await expect(overview.essential(lang === 'en-US' ? 'Status' : '状态')).toBeVisible();
      await scan('Overview (active)');

      expect(
        (await api.call('POST', CANCEL_PATH(production), { apiVersion: '2021-10-01' })).status,
      ).toBe(200);
      await overview.refreshButton.click();
      await expect(overview.statusBanner(/Cancellation in progress|正在取消订阅/)).toBeVisible();
      await scan('Overview (cancellation pending)');

      expect((await api.demo('clock', { advanceMs: 91 * DAY })).status).toBe(200);
      await overview.refreshButton.click();
      await expect(overview.alertBanner(/has been deleted|此订阅已删除/)).toBeVisible();
      await scan('Overview (deleted)');
    });

    test(`A11y: Overview when disabled, with its Rename and Reactivate dialogs (${lang})`, async ({
      page,
      gotoPortal,
    }) => {
      const scan = scanner(page, lang);
      const overview = new OverviewPage(page);
      await gotoPortal(`/subscriptions/${production}`);
      await overview.renameButton.click();
      await expect(overview.dialog()).toBeVisible();
      await scan('Rename dialog');
      await page.keyboard.press('Escape');

      await gotoPortal(`/subscriptions/${legacyMarketing}`);
      await expect(overview.alertBanner(/canceled and disabled|已取消并已禁用/)).toBeVisible();
      await scan('Overview (disabled)');
      await overview.reactivateButton.click();
      await expect(overview.dialog()).toBeVisible();
      await scan('Reactivate dialog');
      await page.keyboard.press('Escape');

      await gotoPortal(`/subscriptions/${sandbox}`);
      await overview.reactivateButton.click();
      await expect(overview.dialog()).toBeVisible();
      await scan('Reactivation by support dialog');
    });

    test(`A11y: every cancel wizard step, and the wizard an Owner may not use (${lang})`, async ({
      page,
      gotoPortal,
      api,
    }) => {
      const scan = scanner(page, lang);
      const wizard = new CancelWizardPage(page);
      await wizard.open(gotoPortal, production);
      await expect(wizard.acknowledge).toBeVisible();
      await scan('Cancel wizard: Prepare');
      await wizard.prepare.acknowledgeAndContinue();
      await scan('Cancel wizard: Review the impact');
      await wizard.review.continue();
      await wizard.subscriptionName.fill('wrong name');
      await wizard.reason.click();
      await expect(page.getByRole('listbox')).toBeVisible();
      await scan('Cancel wizard: Confirm, reason list open');
      await page.keyboard.press('Escape');
      await scan('Cancel wizard: Confirm, with an error');

      expect((await api.demo('persona', { id: 'owner' })).status).toBe(200);
      await page.reload();
      await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
      await scan('Cancel wizard: not allowed (Owner)');
    });

    test(`A11y: Resources with Create container, and Move resources (${lang})`, async ({
      page,
      gotoPortal,
    }) => {
      const scan = scanner(page, lang);
      const resources = new ResourcesPage(page);
      await gotoPortal(`/subscriptions/${production}/resources`);
      await expect(resources.row('stcontosoprod001')).toBeVisible();
      await scan('Resources');
      await resources.row('stcontosoprod001').getByRole('button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan('Create container dialog');
      await page.keyboard.press('Escape');

      const move = new MovePage(page);
      await gotoPortal(`/subscriptions/${production}/resources/move`);
      await expect(move.sourceGroup).toBeVisible();
      await scan('Move resources');
    });

    test(`A11y: Account Center with its Reactivate dialog, Support requests and a new request (${lang})`, async ({
      page,
      gotoPortal,
    }) => {
      const scan = scanner(page, lang);
      const account = new AccountPage(page);
      await gotoPortal('/account');
      await expect(account.subscriptions).toBeVisible();
      await scan('Account Center');
      await account.select('Legacy Marketing');
      await expect(account.reactivate).toBeVisible();
      await scan('Account Center: a canceled subscription');
      await account.reactivate.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan('Account Center: Reactivate dialog');
      await page.keyboard.press('Escape');

      const support = new SupportPage(page);
      await gotoPortal('/support');
      await expect(
        support.list.or(page.getByRole('main').getByRole('heading', { level: 1 })),
      ).toBeVisible();
      await scan('Support requests');
      await gotoPortal(`/support/new?subscriptionId=${sandbox}&problemType=billing`);
      await expect(support.title).toBeVisible();
      await support.create.click();
      await scan('New support request, with errors');
    });
  });
}
