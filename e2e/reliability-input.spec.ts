import type { Page } from '@playwright/test';
import {
  expect,
  OverviewPage,
  SUBSCRIPTIONS,
  SupportPage,
  test,
} from 'azure-subscriptions-clone/playwright';

// Reliability, bad input: unknown and malformed ids, markup, and very long strings.

const PROD = SUBSCRIPTIONS.production;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const RENAME = (id: string) => `/subscriptions/${id}/providers/Microsoft.Subscription/rename`;
const TICKET = (id: string, name: string) =>
  `/subscriptions/${id}/providers/Microsoft.Support/supportTickets/${name}`;
const MARKUP =
  '<img src=x onerror="window.__injected=1"><b>bold</b><script>window.__injected=2</script>';

/**
 * Nothing wider than the window, and no text running out of its box over its neighbours (a box
 * that scrolls or clips, such as a truncated cell or a wide table's own scroller, is fine).
 */
async function expectLayoutIntact(page: Page, what: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll('main *')) {
      if (element.clientWidth === 0 || (element.textContent ?? '').trim() === '') continue;
      if (getComputedStyle(element).overflowX !== 'visible') continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        out.push(`${element.tagName} ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    return out;
  });
  expect(problems, what).toEqual([]);
}

test.describe('Reliability: bad input', () => {
  test('Bad input: unknown and malformed subscription ids give the not-found blade on every subscription URL', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    const main = page.getByRole('main');
    for (const id of [UNKNOWN, 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601x']) {
      for (const suffix of ['', '/cancel', '/resources']) {
        await test.step(`${id}${suffix}`, async () => {
          await page.goto(`./subscriptions/${id}${suffix}`);
          await expect(
            main.getByRole('heading', { level: 1, name: 'Subscription not found' }),
          ).toBeVisible();
          await expect(main).toContainText(
            id === UNKNOWN ? 'No subscription with the ID' : 'is not a valid subscription ID',
          );
          await expect(main.getByRole('link', { name: 'Go to Subscriptions' })).toBeVisible();
          // A 404 is final: no error with a Retry.
          await expect(main.getByRole('button', { name: 'Retry' })).toHaveCount(0);
        });
      }
    }
  });

  test('Bad input: markup in a support request and in a URL shows as text and never runs; names refuse it (400)', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal('/support');
    const filed = await api.call('PUT', TICKET(PROD, 'markup-1'), {
      apiVersion: '2020-04-01',
      body: { properties: { title: MARKUP, description: MARKUP, problemType: 'billing' } },
    });
    expect(filed.status).toBe(201);
    await page.reload();
    const support = new SupportPage(page);
    await expect(support.row(MARKUP)).toBeVisible();
    await expect(support.main.locator('img, b, script')).toHaveCount(0);

    await page.goto(`./subscriptions/${encodeURIComponent(MARKUP)}`);
    const main = page.getByRole('main');
    await expect(main).toContainText(`“${MARKUP}” is not a valid subscription ID`);
    await expect(main.locator('img, b, script')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as { __injected?: number }).__injected),
    ).toBeUndefined();

    // The rename rule (contract §1) keeps markup out of subscription names altogether.
    const renamed = await api.call('POST', RENAME(PROD), {
      apiVersion: '2021-10-01',
      body: { subscriptionName: '<b>Contoso</b>' },
    });
    expect(renamed.status).toBe(400);
  });

  for (const width of [1440, 768]) {
    test(`Bad input: 10,000-character strings do not break the layout at ${width} px`, async ({
      page,
      gotoPortal,
      api,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const long = 'W'.repeat(10_000);
      await gotoPortal('/subscriptions');

      // The API refuses a 10,000-character name (1–64); the longest allowed one has no spaces.
      const tooLong = await api.call('POST', RENAME(PROD), {
        apiVersion: '2021-10-01',
        body: { subscriptionName: long },
      });
      expect(tooLong.status).toBe(400);
      const widest = 'W'.repeat(64);
      const renamed = await api.call('POST', RENAME(PROD), {
        apiVersion: '2021-10-01',
        body: { subscriptionName: widest },
      });
      expect(renamed.status).toBe(200);
      // The longest title and description a support request takes, without a space to wrap at.
      const filed = await api.call('PUT', TICKET(PROD, 'long-1'), {
        apiVersion: '2020-04-01',
        body: {
          properties: {
            title: 'T'.repeat(200),
            description: 'D'.repeat(5000),
            problemType: 'billing',
          },
        },
      });
      expect(filed.status).toBe(201);

      await page.reload();
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: widest, exact: true })).toBeVisible();
      await expectLayoutIntact(page, 'the list with a 64-character name');

      await main.getByRole('searchbox', { name: 'Search' }).fill(long);
      await expect(main).toContainText('No subscriptions match');
      await expectLayoutIntact(page, 'the list searching 10,000 characters');

      await page.goto(`./subscriptions/${PROD}`);
      await expect(new OverviewPage(page).heading(widest)).toBeVisible();
      await expectLayoutIntact(page, 'the Overview of a 64-character name');

      await page.goto(`./subscriptions/${long}`);
      await expect(
        main.getByRole('heading', { level: 1, name: 'Subscription not found' }),
      ).toBeVisible();
      await expectLayoutIntact(page, 'the not-found blade of a 10,000-character id');

      await page.goto('./support');
      await expect(new SupportPage(page).row('T'.repeat(200))).toBeVisible();
      await expectLayoutIntact(page, 'support requests with a 200-character title');

      for (const path of [
        `./subscriptions/${PROD}/resources`,
        `./subscriptions/${PROD}/cancel`,
        `./account?subscriptionId=${PROD}`,
      ]) {
        await page.goto(path);
        await expect(main.getByText(widest).first()).toBeVisible();
        await expectLayoutIntact(page, `${path} with a 64-character name`);
      }
    });
  }
});
