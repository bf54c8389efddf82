import { expect, SUBSCRIPTIONS, test } from 'azure-subscriptions-clone/playwright';

// Reliability, security: the production build carries a Content-Security-Policy (vite.config.ts) that
// still lets the mock's service worker run. Every other spec runs under it too, and the console
// guard fails any of them on an error; this one also counts `securitypolicyviolation` events, which
// the browser reports without a console call.

test.describe('Security: Content-Security-Policy', () => {
  test('Security: the built app declares a strict CSP and runs every blade and the mock under it without a violation', async ({
    page,
    gotoPortal,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __violations?: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
      });
    });
    await gotoPortal('/subscriptions');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const prod = SUBSCRIPTIONS.production;
    for (const path of [
      `/subscriptions/${prod}`,
      `/subscriptions/${prod}/cancel`,
      `/subscriptions/${prod}/resources`,
      `/account?subscriptionId=${prod}`,
      '/support/new',
    ]) {
      await page.goto(`.${path}`);
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      // Leave only once the blade's reads have answered. MSW's worker forgets a page as it unloads
      // (CLIENT_CLOSED at beforeunload) and lets that page's later requests through to the network,
      // which this machine does not have: a read still on its way would log "Failed to load
      // resource" in the page being left, which the console guard would count here.
      await expect(page.getByRole('main').getByRole('progressbar')).toHaveCount(0);
    }
    await page.getByRole('button', { name: 'Demo' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await page.evaluate(() => (window as { __violations?: string[] }).__violations)).toEqual(
      [],
    );
  });
});
