import { SubscriptionClient as ResourcesSubscriptionClient } from '@azure/arm-resources-subscriptions';
import { SubscriptionClient } from '@azure/arm-subscriptions';
import { unusedCredential, usePersona } from '../src/mocks/testing/persona-policy';
import {
  CancelWizardPage,
  expect,
  OverviewPage,
  PortalShell,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';
import { ensurePackageBuilt } from '../scripts/package/package-freshness';
import { runCommandToExit, startCommand, type RunningCommand } from './support/package-command';

// The npm package's command (docs/contract.md §7), built as it ships (pkg/, made here once if it is
// missing or stale) and run as a user runs it: its own ports (0 = free ones), its own output.

const PROD = SUBSCRIPTIONS.production;
const MINUTE_MS = 60_000;

// One command at a time, and pkg/ built once, by one worker.
test.describe.configure({ mode: 'serial' });
// The API server keeps the machine's clock (plus /__demo/clock): the page must not fake another.
test.use({ startAt: null });

test.beforeAll(() => {
  test.setTimeout(300_000);
  ensurePackageBuilt();
});

let command: RunningCommand | undefined;
test.afterEach(async ({ page }) => {
  // The page first: its calls to a stopped API server would fail, and fail the test.
  await page.close();
  await command?.stop();
  command = undefined;
});

for (const base of ['/', '/portal/']) {
  test(`Package: the command serves the built portal under --base ${base}, its worker scoped there, deep links reloading`, async ({
    page,
  }) => {
    command = await startCommand(['--port', '0', '--api-port', '0', '--base', base]);
    const { portalUrl, apiUrl, output } = command;
    expect(output.slice(-3)).toEqual([`Portal: ${portalUrl}`, `API:    ${apiUrl}`, 'Ready.']);
    expect(portalUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${base}$`));
    expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    await page.goto(`${portalUrl}subscriptions`);
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Contoso Production', exact: true }).click();
    await expect(page).toHaveURL(`${portalUrl}subscriptions/${PROD}`);
    const worker = await page.evaluate(async () => ({
      scope: (await navigator.serviceWorker.getRegistration())?.scope,
      script: navigator.serviceWorker.controller?.scriptURL,
    }));
    expect(worker).toEqual({ scope: portalUrl, script: `${portalUrl}mock-worker.js` });

    // A deep link reloads (index.html for any path under the base), the page's own world intact.
    const overview = new OverviewPage(page);
    await page.reload();
    await expect(overview.heading('Contoso Production')).toBeVisible();
    await expect(overview.essential('Status')).toHaveText('Active');
  });
}

test('Package: a port in use or an unknown flag ends the command with one line and a non-zero exit', async () => {
  command = await startCommand(['--port', '0', '--api-port', '0']);
  const portalPort = new URL(command.portalUrl).port;
  const apiPort = new URL(command.apiUrl).port;

  const apiTaken = await runCommandToExit(['--port', '0', '--api-port', apiPort]);
  expect(apiTaken.code).toBe(1);
  expect(apiTaken.stdout).toBe('');
  expect(apiTaken.stderr).toBe(
    `azure-subscriptions-clone: port ${apiPort} on 127.0.0.1 is already in use, so the mock ARM API cannot start: stop what uses it, or choose another port with --api-port (0 = a free port)\n`,
  );

  const portalTaken = await runCommandToExit(['--port', portalPort, '--api-port', '0']);
  expect(portalTaken.code).toBe(1);
  expect(portalTaken.stderr).toMatch(
    new RegExp(
      `^azure-subscriptions-clone: port ${portalPort} on 127\\.0\\.0\\.1 is already in use, so the portal cannot start: .* --port .*\\n$`,
    ),
  );

  const unknown = await runCommandToExit(['--prot', '4173']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toBe(
    "azure-subscriptions-clone: unknown option '--prot' (see azure-subscriptions-clone --help)\n",
  );

  // The first one still serves, and stops cleanly on SIGTERM.
  expect((await fetch(`${command.apiUrl}/__demo/state`)).status).toBe(200);
  expect(await command.stop()).toBe(0);
});

test.describe('Shared world', () => {
  test.beforeEach(async () => {
    command = await startCommand(['--port', '0', '--api-port', '0', '--shared-world']);
  });

  test('Shared world: a cancel through the official Azure SDK shows in the portal as the up-to-10-minutes banner', async ({
    page,
  }) => {
    const { portalUrl, apiUrl } = command as RunningCommand;
    const sdk = new SubscriptionClient(unusedCredential, {
      endpoint: apiUrl,
      allowInsecureConnection: true,
    });
    usePersona(sdk.pipeline, 'admin');

    await page.goto(`${portalUrl}subscriptions`);
    const prodLink = page
      .getByRole('main')
      .getByRole('link', { name: 'Contoso Production', exact: true });
    await expect(prodLink).toBeVisible();
    expect((await sdk.subscription.cancel(PROD)).subscriptionId).toBe(PROD);

    await prodLink.click();
    const overview = new OverviewPage(page);
    await expect(overview.statusBanner('Cancellation in progress')).toContainText(
      'may take up to 10 minutes to show in the portal',
    );
    // R5: ARM still says Enabled until it shows; the cancel command knows it is done.
    await expect(overview.essential('Status')).toHaveText('Active');
    await expect(overview.cancelButton).toBeDisabled();
  });

  test('Shared world: the portal signs in as the persona the API server names, and its rows are that persona’s', async ({
    page,
  }) => {
    const { portalUrl, apiUrl } = command as RunningCommand;
    const persona = await fetch(`${apiUrl}/__demo/persona`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'reader' }),
    });
    expect(persona.status).toBe(200);

    await page.goto(`${portalUrl}subscriptions/${PROD}`);
    await expect(new PortalShell(page).account).toHaveAccessibleName(/^Signed in as Riley Chen/);
    await expect(new OverviewPage(page).essential('My role')).toHaveText('Reader');
  });

  test('Shared world: a cancel in the portal shows in the SDK’s get and billing read; time moves with /__demo/clock', async ({
    page,
  }) => {
    const { portalUrl, apiUrl } = command as RunningCommand;
    const wizard = new CancelWizardPage(page);
    await page.goto(`${portalUrl}subscriptions/${PROD}/cancel`);
    await wizard.prepare.acknowledgeAndContinue();
    await wizard.review.continue();
    await wizard.confirm.fill({ reason: 'It is too expensive', name: 'Contoso Production' });
    await wizard.confirm.submit();
    await expect(new OverviewPage(page).statusBanner('Cancellation in progress')).toBeVisible();

    const billing = await fetch(
      `${apiUrl}/subscriptions/${PROD}/providers/Microsoft.Billing/billingSubscriptions/default?api-version=2024-04-01`,
      { headers: { Authorization: 'Bearer persona:admin' } },
    );
    expect(billing.status).toBe(200);
    expect(await billing.json()).toMatchObject({
      properties: {
        billingStatus: 'Stopped',
        lifecycle: { cancellation: { reason: 'too-expensive' } },
      },
    });
    const sdk = new ResourcesSubscriptionClient(unusedCredential, {
      endpoint: apiUrl,
      allowInsecureConnection: true,
    });
    usePersona(sdk.pipeline, 'admin');
    expect((await sdk.subscriptions.get(PROD)).state).toBe('Enabled');

    // Eleven minutes later on the server's clock, ARM says Disabled, and so does the portal at its
    // next read (it polls while a cancellation is pending), without a reload.
    const clock = await fetch(`${apiUrl}/__demo/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceMs: 11 * MINUTE_MS }),
    });
    expect(clock.status).toBe(200);
    expect((await sdk.subscriptions.get(PROD)).state).toBe('Disabled');
    await expect(new OverviewPage(page).essential('Status')).toHaveText('Disabled', {
      timeout: 10_000,
    });
  });
});
