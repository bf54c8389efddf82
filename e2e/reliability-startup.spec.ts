import type { Page } from '@playwright/test';
import {
  expect,
  OverviewPage,
  PortalShell,
  SUBSCRIPTIONS,
  SubscriptionsPage,
  test,
} from 'azure-subscriptions-clone/playwright';

// Start-up: the portal renders at once and the mock backend starts beside it (src/app/main.tsx, src/app/portal.tsx).
// `main` stays hidden until the mock answers, so a visible `main` means calls can be made; and a
// mock that cannot start is reported on the page.

test.describe('Start-up', () => {
  test('Start-up: once main is visible the mock answers and the launch parameters are applied and gone from the address', async ({
    page,
    api,
  }) => {
    await page.goto('./subscriptions?scenario=default&as=owner&lang=en-US&q=prod');
    await expect(page.getByRole('main')).toBeVisible();
    // The scenario and persona were applied before main was shown, then left the address.
    const state = await api.demo('state');
    expect(state.body).toMatchObject({ scenario: 'default', persona: { id: 'owner' } });
    await expect(page).toHaveURL(/\/subscriptions\?q=prod$/);
    // The list's own parameter stays, and is still the list's.
    await expect(new SubscriptionsPage(page).search).toHaveValue('prod');
  });

  // Each blade whose reads leave at start-up, before it renders (src/app/router.tsx).
  const landings = [
    {
      blade: 'the list',
      path: '/subscriptions',
      shows: (page: Page) => new SubscriptionsPage(page).row('Contoso Production'),
    },
    {
      blade: "a subscription's Overview",
      path: `/subscriptions/${SUBSCRIPTIONS.production}`,
      shows: (page: Page) => new OverviewPage(page).essential('My role'),
    },
  ];
  for (const { blade, path, shows } of landings) {
    test(`Start-up: a reload keeps the signed-in persona, and a persona switched elsewhere meanwhile wins at once, on ${blade} (R1)`, async ({
      page,
      gotoPortal,
      api,
    }) => {
      const shell = new PortalShell(page);
      await gotoPortal(path);
      await expect(shell.account).toHaveAccessibleName(/Avery Howard/);
      await expect(shows(page)).toContainText('Account admin');
      // Another tab (here: a direct call) signs in the Owner persona; this page still signs as the admin.
      expect((await api.demo('persona', { id: 'owner' })).status).toBe(200);
      // Whatever the reloaded page ever shows, from its first paint on: the admin's view says
      // "Account admin" for Contoso Production and may cancel it; the Owner's does neither.
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { seenAdminView: seen });
        const check = (): void => {
          if (document.body?.textContent?.includes('Account admin')) seen.push('Account admin');
          for (const button of document.querySelectorAll('button')) {
            const enabled = !button.disabled && button.getAttribute('aria-disabled') !== 'true';
            if (enabled && button.textContent?.trim() === 'Cancel subscription') {
              seen.push('Cancel subscription enabled');
            }
          }
        };
        new MutationObserver(check).observe(document, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
      });
      await page.reload();
      await expect(shell.account).toHaveAccessibleName(/Sam Lee/);
      await expect(shows(page)).toContainText('Owner');
      // Not even for a moment did the reload show the previous persona's view.
      expect(
        await page.evaluate(() => (window as unknown as { seenAdminView: string[] }).seenAdminView),
      ).toEqual([]);
    });
  }

  test('Start-up: without service workers (e.g. a private window) the page says the mock could not start, never a blank page', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(/service worker|Service Worker|mock/i);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });
    });
    await page.goto('./subscriptions');
    await expect(page.getByRole('alert')).toContainText('could not start its mock backend');
    await expect(page.getByRole('alert')).toContainText('Reload the page to try again');
  });
  test("Start-up: the portal's frame paints from the page before any JavaScript, names the blade in the asked language, and the portal's first render replaces it", async ({
    page,
    gotoPortal,
    allowConsoleError,
  }) => {
    allowConsoleError(/Failed to load|net::ERR_FAILED/);
    // No script arrives (a phone's slow network, frozen): what shows is the page's own frame.
    await page.route('**/assets/**/*.js', (route) => route.abort());
    await page.goto('./subscriptions?lang=zh-CN');
    await expect(page.locator('#boot-title')).toHaveText('订阅');
    await expect(page.locator('.boot')).toBeVisible();
    // Decoration only: no landmark, no heading, nothing a screen reader or a suite would wait for.
    await expect(page.getByRole('main')).toHaveCount(0);
    await expect(page.getByRole('heading')).toHaveCount(0);
    await page.unroute('**/assets/**/*.js');
    await gotoPortal('/subscriptions');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Subscriptions');
    await expect(page.locator('.boot')).toHaveCount(0);
  });
});
