import {
  CancelWizardPage,
  expect,
  OverviewPage,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';
import { apiDemo, billingRead, sdkClients } from '../../sdk-clients.js';

// The command with --shared-world: the portal reads and writes the API server's world, so what the
// official SDK does shows in the portal, and the reverse (contract §7). Opening the portal with the
// kit's gotoPortal loads the scenario fresh in that one world. Time moves with /__demo/clock only, so
// the page keeps its real clock.

test.use({ startAt: null });

const PROD = SUBSCRIPTIONS.production;

test('Shared world: R5: a cancel by the official SDK shows in the portal as the up-to-10-minutes banner', async ({
  page,
  gotoPortal,
}) => {
  await gotoPortal(`/subscriptions/${PROD}`);
  const overview = new OverviewPage(page);
  await expect(overview.essential('Status')).toHaveText('Active');

  const { subscriptions } = sdkClients();
  await subscriptions.subscription.cancel(PROD);

  await overview.refreshButton.click();
  await expect(overview.statusBanner('Cancellation in progress')).toContainText('up to 10 minutes');
});

test('Shared world: a cancel in the portal shows in the billing read at once and in the SDK once it shows', async ({
  page,
  gotoPortal,
}) => {
  const wizard = new CancelWizardPage(page);
  await wizard.open(gotoPortal, PROD);
  await wizard.prepare.acknowledgeAndContinue();
  await wizard.review.continue();
  await wizard.confirm.fill({ reason: 'It is too expensive', name: 'Contoso Production' });
  await wizard.confirm.submit();
  await expect(new OverviewPage(page).statusBanner('Cancellation in progress')).toBeVisible();

  const { resources } = sdkClients();
  expect((await billingRead(PROD)).properties.billingStatus).toBe('Stopped');
  expect((await resources.subscriptions.get(PROD)).state).toBe('Enabled');

  await apiDemo('clock', { advanceMs: 10 * 60 * 1000 });
  expect((await resources.subscriptions.get(PROD)).state).toBe('Disabled');
  await expect(new OverviewPage(page).essential('Status')).toHaveText('Disabled', {
    timeout: 15_000,
  });
});
