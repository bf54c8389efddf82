import { createRequire } from 'node:module';
import {
  CANCEL_PATH,
  CancelWizardPage,
  expect,
  OverviewPage,
  SUBSCRIPTIONS,
  SubscriptionsPage,
  test,
} from 'azure-subscriptions-clone/playwright';

// Written only against the installed package, as another team's suite would be: every name comes
// from azure-subscriptions-clone/playwright, and the portal is the package's command.

const PROD = SUBSCRIPTIONS.production;
const installed = createRequire(import.meta.url)('azure-subscriptions-clone/package.json') as {
  version: string;
};

test("Readiness: the portal and the command's API report the installed version at /__demo/health", async ({
  gotoPortal,
  api,
}) => {
  await gotoPortal('/subscriptions');
  const health = { status: 'ready', version: installed.version, scenario: 'default' };
  expect((await api.demo('health')).body).toEqual(health);
  const fromApi = await fetch(`${process.env.API_URL}/__demo/health`);
  expect(await fromApi.json()).toEqual(health);
});

test('Subscriptions: the default scenario lists its seven subscriptions', async ({
  page,
  gotoPortal,
}) => {
  await gotoPortal('/subscriptions');
  const blade = new SubscriptionsPage(page);
  await expect(blade.summary).toHaveText('Showing 7 of 7 subscriptions');
  await blade.expectNames([
    'Contoso Dev/Test',
    'Contoso Enterprise',
    'Contoso Production',
    'Contoso Sandbox',
    'Fabrikam Analytics',
    'Free Trial',
    'Legacy Marketing',
  ]);
});

test('R5: Contoso Production, cancelled in the wizard, shows as Disabled once the clock moves ten minutes', async ({
  page,
  gotoPortal,
}) => {
  const wizard = new CancelWizardPage(page);
  await wizard.open(gotoPortal, PROD);
  await wizard.prepare.acknowledgeAndContinue();
  await wizard.review.continue();
  await wizard.confirm.fill({ reason: 'It is too expensive', name: 'Contoso Production' });
  await wizard.confirm.submit();

  const overview = new OverviewPage(page);
  await expect(overview.statusBanner('Cancellation in progress')).toContainText('up to 10 minutes');
  await expect(overview.essential('Status')).toHaveText('Active');
  await page.clock.fastForward('10:00');
  await expect(overview.essential('Status')).toHaveText('Disabled', { timeout: 15_000 });
});

// docs/testing.md's first test, as written there.
test('R6: Contoso Production is Disabled ten minutes after it is cancelled', async ({
  page,
  gotoPortal,
  api,
}) => {
  await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.production}`);
  const cancel = await api.call('POST', CANCEL_PATH(SUBSCRIPTIONS.production), {
    apiVersion: '2021-10-01',
  });
  expect(cancel.status).toBe(200);
  await page.clock.fastForward('10:00');
  await expect(new OverviewPage(page).essential('Status')).toHaveText('Disabled', {
    timeout: 15_000,
  });
});

test.describe('as the Owner', () => {
  test.use({ persona: 'owner' });

  test('R1: the Owner may not cancel: the command is unavailable and the API answers 403', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal(`/subscriptions/${PROD}`);
    await expect(new OverviewPage(page).cancelButton).toBeDisabled();
    const refused = await api.call('POST', CANCEL_PATH(PROD), {
      apiVersion: '2021-10-01',
      persona: 'owner',
    });
    expect(refused.status).toBe(403);
  });
});
