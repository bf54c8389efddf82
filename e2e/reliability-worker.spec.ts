import type { Page } from '@playwright/test';
import {
  CANCEL_PATH,
  CancelWizardPage,
  expect,
  OverviewPage,
  PortalShell,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

// Lost service worker: Chromium stops idle service workers, and a restarted MSW worker no longer
// knows the tab. The worker holds the tab's calls to the mock and asks the tab to re-activate mocking
// (public/mock-worker.js); the app also notices a failed fetch or an answer without the mock's mark,
// and the tab becoming visible (worker-recovery.ts).

const PROD = SUBSCRIPTIONS.production;
const MOCK_ANSWER_HEADER = 'x-mock-answered-by';

/** What Chromium does to an idle worker, through the DevTools protocol. */
async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Whether the mock answers a call made outside the app, as a test suite's own `fetch`. */
function mockAnswers(page: Page): Promise<boolean> {
  return page.evaluate(async (header) => {
    const response = await fetch('/__demo/state', { headers: { Accept: 'application/json' } });
    return response.headers.get(header) !== null;
  }, MOCK_ANSWER_HEADER);
}

test.describe('Reliability: lost service worker', () => {
  test('Lost worker: the worker is stopped mid-flow, twice, and the next click still works each time', async ({
    page,
    gotoPortal,
    api,
  }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, PROD);
    const vmRow = wizard.resourceRow('Shut down your services', 'vm-prod-web-01');
    await expect(vmRow).toContainText('Running');

    await stopServiceWorkers(page);
    await vmRow.getByRole('button', { name: 'Stop vm-prod-web-01' }).click();
    await expect(vmRow).toContainText('Stopped (deallocated)');

    await wizard.prepare.acknowledgeAndContinue();
    await wizard.review.continue();
    await wizard.chooseReason('It is too expensive');
    await wizard.subscriptionName.fill('Contoso Production');
    await stopServiceWorkers(page);
    await wizard.submit.click();
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${PROD}$`));
    await expect(new OverviewPage(page).statusBanner(/Cancellation in progress/)).toBeVisible();
    // Sent once, applied once (R14).
    const again = await api.call('POST', CANCEL_PATH(PROD), { apiVersion: '2021-10-01' });
    expect(again.status).toBe(409);
  });

  test('Lost worker: a call answered by the real network (no mock mark) restarts the worker and is repeated', async ({
    page,
    gotoPortal,
  }) => {
    // Where the machine has a network, the lost worker's calls reach the real ARM, which refuses the
    // persona token. Stand in for it: same answer, no mock mark.
    await page.context().route('https://management.azure.com/**', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({
          error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' },
        }),
      }),
    );
    await gotoPortal(`/subscriptions/${PROD}`);
    await expect(new OverviewPage(page).heading('Contoso Production')).toBeVisible();
    await stopServiceWorkers(page);
    await page
      .getByRole('navigation', { name: 'Portal navigation' })
      .getByRole('link', { name: 'Subscriptions' })
      .click();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Contoso Dev/Test', exact: true })).toBeVisible();
    await expect(main.getByRole('alert')).toHaveCount(0);
  });

  test('Readiness: after the worker was stopped, a call the app does not make (a suite’s own fetch) is still answered by the mock', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Contoso Production', exact: true }),
    ).toBeVisible();
    await expect(new PortalShell(page).account).toHaveAccessibleName(/Avery Howard, directory/);
    await stopServiceWorkers(page);
    // The restarted worker no longer knows the tab: it holds the call and asks the tab to mock again
    // (public/mock-worker.js), instead of sending it to the network.
    expect(await mockAnswers(page)).toBe(true);
    await stopServiceWorkers(page);
    expect(await mockAnswers(page)).toBe(true);
  });
});
