import type { BrowserContext } from '@playwright/test';
import {
  CancelWizardPage,
  expect,
  OverviewPage,
  PortalShell,
  ResourcesPage,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

// Static deployment: `BASE_PATH=/portal/ npm run build` gives a dist/ that works from /portal/ on any
// static host that answers unknown paths with index.html (playwright.config.ts serves it so with
// `vite preview`, project "static-deploy"). Offline too: the mock backend runs in the page, so nothing
// may be fetched from anywhere but the host itself.

const PROD = SUBSCRIPTIONS.production;

/** Lets requests to the host through and refuses, and records, any other: the build must not need them. */
async function onlyTheHost(context: BrowserContext, origin: string): Promise<string[]> {
  const elsewhere: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    elsewhere.push(url);
    return route.abort('internetdisconnected');
  });
  return elsewhere;
}

test.describe('Static deployment', () => {
  test('Static deployment: the build runs from its base path, with the mock worker registered there and nothing fetched from elsewhere', async ({
    page,
    context,
    gotoPortal,
    baseURL,
  }) => {
    const base = new URL(baseURL ?? '');
    const elsewhere = await onlyTheHost(context, base.origin);
    const shell = new PortalShell(page);

    await gotoPortal('/');
    expect(new URL(page.url()).pathname).toBe(base.pathname);
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        scope: registration?.scope,
        script: navigator.serviceWorker.controller?.scriptURL,
      };
    });
    expect(worker).toEqual({ scope: base.href, script: `${base.href}mock-worker.js` });
    await expect(shell.topBar.getByRole('link', { name: 'Microsoft Azure' })).toHaveAttribute(
      'href',
      base.pathname,
    );

    // In-app navigation stays under the base path, and ARM answers through the worker.
    await shell.navLink('Subscriptions').click();
    await expect(page).toHaveURL(`${base.href}subscriptions`);
    await page.getByRole('main').getByRole('link', { name: 'Contoso Production' }).click();
    await expect(page).toHaveURL(`${base.href}subscriptions/${PROD}`);
    const overview = new OverviewPage(page);
    await expect(overview.essential('Status')).toHaveText('Active');

    // A reload of a deep link is answered with index.html, and the blade comes back.
    await page.reload();
    await expect(overview.heading('Contoso Production')).toBeVisible();
    await expect(overview.essential('Status')).toHaveText('Active');

    // Home is the base path itself, with its slash: the worker's scope, and a path static hosts serve.
    await shell.topBar.getByRole('link', { name: 'Microsoft Azure' }).click();
    await expect(page).toHaveURL(base.href);
    await page.reload();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Home');

    // The Demo panel's /__demo/* calls sit at the origin's root, outside the base: the worker still answers them.
    const demo = await shell.openDemo();
    await demo.travel('+1 day');
    await demo.close();
    await expect(shell.demoBadges).toContainText(/Simulated time/);

    expect(elsewhere, 'requests that left the host').toEqual([]);
  });

  test('Static deployment: a deep link opened first in a new browser starts the mock and shows the blade', async ({
    browser,
    baseURL,
  }) => {
    const base = new URL(baseURL ?? '');
    const context = await browser.newContext({ baseURL: base.href, timezoneId: 'UTC' });
    const elsewhere = await onlyTheHost(context, base.origin);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // No worker is registered yet: the first page is a deep link, not the base path.
    await page.goto(`./subscriptions/${PROD}/resources?scenario=default`);
    await expect(new ResourcesPage(page).row('vm-prod-web-01')).toContainText('Running');
    await page.goto(`./subscriptions/${PROD}/cancel`);
    await expect(new CancelWizardPage(page).region).toBeVisible();

    expect(errors).toEqual([]);
    expect(elsewhere, 'requests that left the host').toEqual([]);
    await context.close();
  });
});
