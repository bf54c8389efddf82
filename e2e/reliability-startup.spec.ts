import { expect, test } from './fixtures';
import { PortalShell } from './pages/portal-shell';
import { SubscriptionsPage } from './pages/subscriptions-page';

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

  test('Start-up: a reload keeps the signed-in persona, and a persona switched elsewhere meanwhile wins (R1)', async ({
    page,
    gotoPortal,
    api,
  }) => {
    const shell = new PortalShell(page);
    await gotoPortal('/subscriptions');
    await expect(shell.account).toHaveAccessibleName(/Avery Howard/);
    // Another tab (here: a direct call) signs in the Owner persona; this page still signs as the admin.
    expect((await api.demo('persona', { id: 'owner' })).status).toBe(200);
    // Whatever the reloaded page ever shows, from its first paint on: the admin's rows say
    // "Account admin", the Owner's never do.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { seenAdminRole: seen });
      new MutationObserver(() => {
        if (document.body?.textContent?.includes('Account admin')) seen.push(location.pathname);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.reload();
    await expect(shell.account).toHaveAccessibleName(/Sam Lee/);
    const list = new SubscriptionsPage(page);
    await expect(list.table).toBeVisible();
    await expect(list.row('Contoso Production')).toContainText('Owner');
    // Not even for a moment did the reload show the previous persona's view.
    expect(
      await page.evaluate(() => (window as unknown as { seenAdminRole: string[] }).seenAdminRole),
    ).toEqual([]);
  });

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
});
