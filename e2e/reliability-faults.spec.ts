import type { Locator, Page } from '@playwright/test';
import {
  type Api,
  CANCEL_PATH,
  CancelWizardPage,
  expect,
  OverviewPage,
  SUBSCRIPTIONS,
  SupportPage,
  test,
} from 'azure-subscriptions-clone/playwright';

// Reliability, faults: with failures injected through `/__demo/faults` (contract §3) the UI shows ARM's
// own message and a Retry; reads retry by themselves with backoff; a write is never applied twice.

const PROD = SUBSCRIPTIONS.production;
const INTERNAL = 'The server encountered an internal error (injected by the demo).';
const UNAVAILABLE = 'The service is temporarily unavailable (injected by the demo).';

type Rule = Record<string, unknown>;

async function inject(api: Api, ...rules: Rule[]): Promise<void> {
  expect((await api.demo('faults', { rules })).status).toBe(200);
}

/**
 * Reads retry with backoff (1 s, 2 s, 4 s); the page clock is moved on so the test does not sit
 * through it. It also moves the mock's clock by seconds, which changes nothing here.
 */
async function skipBackoffUntilVisible(page: Page, target: Locator): Promise<void> {
  await expect(async () => {
    await page.clock.runFor(4_000);
    await expect(target).toBeVisible({ timeout: 250 });
  }).toPass({ intervals: [50], timeout: 20_000 });
}

/** ARM's message with its Retry, inside the blade. */
function armError(page: Page, message: string): Locator {
  return page.getByRole('main').getByRole('alert').filter({ hasText: message });
}

test.describe('Reliability: faults', () => {
  test('Faults: a read answered 503 with Retry-After twice is retried by itself, and the blade loads', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal('/');
    await inject(api, {
      operation: 'getSubscription',
      status: 503,
      retryAfterSeconds: 1,
      times: 2,
    });
    await page.goto(`./subscriptions/${PROD}`);
    const overview = new OverviewPage(page);
    await skipBackoffUntilVisible(page, overview.heading('Contoso Production'));
    await expect(
      page.getByRole('main').getByRole('alert').filter({ hasText: UNAVAILABLE }),
    ).toHaveCount(0);
    // Both injected failures were met: the read was retried, not skipped.
    const state = (await api.demo('state')).body as { faults: unknown[] };
    expect(state.faults).toEqual([]);
  });

  test('Faults: each main read that keeps failing shows ARM’s message and a Retry that recovers', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal('/');
    const cases: { operation: string; path: string; loaded: (page: Page) => Locator }[] = [
      {
        operation: 'listSubscriptions',
        path: './subscriptions',
        loaded: (p) =>
          p.getByRole('main').getByRole('link', { name: 'Contoso Production', exact: true }),
      },
      {
        operation: 'getSubscription',
        path: `./subscriptions/${PROD}`,
        loaded: (p) => new OverviewPage(p).heading('Contoso Production'),
      },
      {
        operation: 'billing',
        path: `./subscriptions/${PROD}`,
        loaded: (p) => p.getByRole('main').getByText('Cost this billing period'),
      },
      {
        operation: 'resources',
        path: `./subscriptions/${PROD}/resources`,
        loaded: (p) => p.getByRole('main').getByText('vm-prod-web-01', { exact: true }),
      },
      {
        operation: 'listSupportTickets',
        path: './support',
        loaded: (p) => p.getByRole('main').getByText('No support requests yet'),
      },
    ];
    for (const { operation, path, loaded } of cases) {
      await test.step(operation, async () => {
        await inject(api, { operation, status: 500 });
        await page.goto(path);
        const alert = armError(page, INTERNAL);
        await skipBackoffUntilVisible(page, alert);
        await expect(alert).toContainText('InternalServerError');
        await inject(api);
        await alert.getByRole('button', { name: 'Retry' }).first().click();
        await expect(loaded(page)).toBeVisible();
        await expect(armError(page, INTERNAL)).toHaveCount(0);
      });
    }
  });

  test('Faults: a failed rename, reactivation and support request show ARM’s message; Retry applies each once', async ({
    page,
    gotoPortal,
    api,
  }) => {
    const overview = new OverviewPage(page);
    await gotoPortal(`/subscriptions/${PROD}`);

    await test.step('rename', async () => {
      await inject(api, { operation: 'rename', status: 500, times: 1 });
      await overview.renameButton.click();
      const dialog = page.getByRole('dialog', { name: 'Rename subscription' });
      await dialog
        .getByRole('textbox', { name: 'Subscription name' })
        .fill('Contoso Production EU');
      await dialog.getByRole('button', { name: 'Save' }).click();
      const alert = dialog.getByRole('alert').filter({ hasText: INTERNAL });
      await expect(alert).toBeVisible();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(dialog).toBeHidden();
      await expect(overview.heading('Contoso Production EU')).toBeVisible();
    });

    await test.step('reactivate (R10)', async () => {
      await page.goto(`./subscriptions/${SUBSCRIPTIONS.legacyMarketing}`);
      await expect(overview.heading('Legacy Marketing')).toBeVisible();
      await inject(api, { operation: 'enable', status: 503, retryAfterSeconds: 1, times: 1 });
      await overview.reactivateButton.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Reactivate' }).click();
      const alert = dialog.getByRole('alert').filter({ hasText: UNAVAILABLE });
      await expect(alert).toBeVisible();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(dialog).toBeHidden();
      await expect(overview.essential('Status')).toHaveText('Active');
    });

    await test.step('support request (R13)', async () => {
      const support = new SupportPage(page);
      await page.goto(`./support/new?subscriptionId=${PROD}&problemType=billing`);
      await support.fill('Question about my invoice', 'Why did the invoice change this month?');
      await inject(api, { operation: 'support', status: 500, times: 1 });
      await support.create.click();
      const alert = armError(page, INTERNAL);
      await expect(alert).toBeVisible();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page).toHaveURL(/\/support$/);
      await expect(support.row('Question about my invoice')).toHaveCount(1);
    });
  });

  test('Faults R14: a cancel refused with 503 is sent again with Retry and recorded once; a dropped connection is repeated by itself', async ({
    page,
    gotoPortal,
    api,
    allowConsoleError,
  }) => {
    // The injected "offline" answer is a network error, which Chromium logs.
    allowConsoleError(/net::ERR_FAILED/);
    const wizard = new CancelWizardPage(page);
    const overview = new OverviewPage(page);

    await test.step('503, then Retry', async () => {
      await wizard.open(gotoPortal, PROD);
      await wizard.prepare.acknowledgeAndContinue();
      await wizard.review.continue();
      await wizard.chooseReason('It is too expensive');
      await wizard.subscriptionName.fill('Contoso Production');
      await inject(api, { operation: 'cancel', status: 503, retryAfterSeconds: 1, times: 1 });
      await wizard.submit.click();
      const alert = armError(page, UNAVAILABLE);
      await expect(alert).toContainText('ServiceUnavailable');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page).toHaveURL(new RegExp(`/subscriptions/${PROD}$`));
      await expect(overview.statusBanner(/Cancellation in progress/)).toBeVisible();
      const again = await api.call('POST', CANCEL_PATH(PROD), { apiVersion: '2021-10-01' });
      expect(again.status).toBe(409);
    });

    await test.step('offline once: the client restarts the worker and repeats the same request', async () => {
      const devTest = SUBSCRIPTIONS.devTest;
      await page.goto(`./subscriptions/${devTest}/cancel`);
      await wizard.prepare.acknowledgeAndContinue();
      await wizard.review.continue();
      await wizard.chooseReason('It is too expensive');
      await wizard.subscriptionName.fill('Contoso Dev/Test');
      await inject(api, { operation: 'cancel', offline: true, times: 1 });
      await wizard.submit.click();
      await expect(page).toHaveURL(new RegExp(`/subscriptions/${devTest}$`));
      await expect(overview.statusBanner(/Cancellation in progress/)).toBeVisible();
      const again = await api.call('POST', CANCEL_PATH(devTest), { apiVersion: '2021-10-01' });
      expect((again.body as { error: { code: string } }).error.code).toBe(
        'SubscriptionAlreadyCanceled',
      );
    });
  });
});
