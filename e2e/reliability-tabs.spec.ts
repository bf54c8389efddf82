import {
  CANCEL_PATH,
  CancelWizardPage,
  expect,
  OverviewPage,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

// Reliability, two tabs: each tab runs its own mock over one saved state (localStorage); a change saved
// in one is adopted by the other through the `storage` event, which also refetches what it shows.

const PROD = SUBSCRIPTIONS.production;

test.describe('Reliability: two tabs', () => {
  test('R14: a second cancel in another tab, which shows the first within one refresh, gets 409 with a clear message', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal(`/subscriptions/${PROD}`);
    const first = new OverviewPage(page);
    await expect(first.essential('Status')).toHaveText('Active');

    // The second tab of the same browser: same saved state, its own mock and its own page clock.
    // Real tabs share the system clock; two fake clocks must not leave the second one behind the
    // first (it would not see a change made "later" than its now), so it runs ahead: by 30 s, as
    // reading the first clock and installing the second took over a second on a loaded machine.
    // The cancellation takes minutes to show (R5), so 30 s changes nothing else here.
    const other = await page.context().newPage();
    const firstNow = await page.evaluate(() => Date.now());
    await other.clock.install({ time: firstNow + 30_000 });
    await other.goto(`./subscriptions/${PROD}`);
    const second = new OverviewPage(other);
    await expect(second.essential('Status')).toHaveText('Active');
    await expect(second.statusBanner(/Cancellation in progress/)).toHaveCount(0);

    // Cancelled in the first tab.
    const cancelled = await api.call('POST', CANCEL_PATH(PROD), {
      apiVersion: '2021-10-01',
      body: { confirmation: 'Contoso Production', reason: 'too-expensive' },
    });
    expect(cancelled.status).toBe(200);

    // The second tab shows it without a reload, and its wizard no longer offers to cancel.
    await expect(second.statusBanner(/Cancellation in progress/)).toBeVisible();
    await other.goto(`./subscriptions/${PROD}/cancel`);
    const wizard = new CancelWizardPage(other);
    await expect(wizard.region.getByRole('status')).toContainText('Cancellation in progress');
    await expect(wizard.region).toContainText('There is nothing left to cancel');
    await expect(wizard.submit).toHaveCount(0);

    // A second cancel from the second tab's own mock: 409, saying when it was cancelled.
    const again = await other.evaluate(async (path) => {
      const response = await fetch(`https://management.azure.com${path}?api-version=2021-10-01`, {
        method: 'POST',
        headers: { Authorization: 'Bearer persona:admin' },
      });
      return { status: response.status, body: (await response.json()) as unknown };
    }, CANCEL_PATH(PROD));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: {
        code: 'SubscriptionAlreadyCanceled',
        message: expect.stringMatching(/was already cancelled at 2026-03-15T09:/),
      },
    });
    await other.close();
  });

  test('R14: a cancel sent from a wizard after the subscription was cancelled elsewhere shows the 409 and what it means', async ({
    page,
    gotoPortal,
    api,
  }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, PROD);
    await wizard.prepare.acknowledgeAndContinue();
    await wizard.review.continue();
    await wizard.chooseReason('It is too expensive');
    await wizard.subscriptionName.fill('Contoso Production');
    // Someone else (a script, the CLI) cancels it while this wizard is open.
    const elsewhere = await api.call('POST', CANCEL_PATH(PROD), { apiVersion: '2021-10-01' });
    expect(elsewhere.status).toBe(200);

    await wizard.submit.click();
    const alert = wizard.region.getByRole('alert').filter({ hasText: 'was already cancelled' });
    await expect(alert).toContainText('The request failed (409)');
    await expect(alert).toContainText('SubscriptionAlreadyCanceled');
    await expect(page).toHaveURL(/step=confirm/);
  });
});
