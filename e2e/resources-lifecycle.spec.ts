import {
  CANCEL_PATH,
  expect,
  ResourcesPage,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

const PRODUCTION = SUBSCRIPTIONS.production;
const R12_REASON = 'This subscription is disabled; its resources are read-only';
const VM_WEB = `/subscriptions/${PRODUCTION}/resourceGroups/rg-prod-web/providers/Microsoft.Compute/virtualMachines/vm-prod-web-01`;

test.describe('Resources blade', () => {
  test.describe('once Contoso Production is Disabled', () => {
    test.beforeEach(async ({ page, api, gotoPortal }) => {
      await gotoPortal(`/subscriptions/${PRODUCTION}/resources`);
      const resources = new ResourcesPage(page);
      // Before the cancellation everything runs and every action is offered.
      await expect(resources.group('rg-prod-web')).toBeVisible();
      await expect(resources.group('rg-prod-data')).toBeVisible();
      await expect(resources.row('vm-prod-web-01')).toContainText('Running');
      await expect(resources.row('vm-prod-web-01')).toContainText('20.81.112.45 (Dynamic)');
      await expect(resources.row('vm-prod-api-01')).toContainText('52.170.34.201 (Static)');
      await expect(resources.row('stcontosoprod001')).toContainText('Read-write');
      await expect(resources.row('app-contoso-storefront')).toContainText('Running');
      await expect(resources.action('vm-prod-web-01', 'Stop')).toBeEnabled();

      expect(
        (await api.call('POST', CANCEL_PATH(PRODUCTION), { apiVersion: '2021-10-01' })).status,
      ).toBe(200);
      await resources.main.getByRole('toolbar').getByRole('button', { name: 'Refresh' }).click();
      await expect(
        resources.main.getByRole('status').filter({ hasText: 'Cancellation in progress' }),
      ).toBeVisible();
      await page.clock.fastForward('10:00');
      await expect(resources.main.getByRole('alert').filter({ hasText: R12_REASON })).toBeVisible();
    });

    test('R6: VMs are deallocated, the dynamic IP released, storage and databases read-only', async ({
      page,
    }) => {
      const resources = new ResourcesPage(page);
      await expect(resources.row('vm-prod-web-01')).toContainText('Stopped (deallocated)');
      await expect(resources.row('vm-prod-web-01')).toContainText('Released (was Dynamic)');
      await expect(resources.row('vm-prod-api-01')).toContainText('Stopped (deallocated)');
      await expect(resources.row('vm-prod-api-01')).toContainText('52.170.34.201 (Static)');
      await expect(resources.row('stcontosoprod001')).toContainText('Read-only');
      await expect(resources.row('sqldb-orders')).toContainText('Read-only');
    });

    test('R12: every action is refused with the reason, in the UI and by the API; downloads still work', async ({
      page,
      api,
    }) => {
      const resources = new ResourcesPage(page);
      const start = resources.action('vm-prod-web-01', 'Start');
      await expect(start).toBeDisabled();
      await expect(start).toHaveAccessibleDescription(R12_REASON);
      await expect(resources.action('stcontosoprod001', 'Create container')).toBeDisabled();
      await expect(resources.action('app-contoso-storefront', 'Start')).toBeDisabled();
      await expect(resources.action('stcontosoprod001', 'Download a copy')).toBeEnabled();

      // The API refuses the write even when the UI is bypassed.
      const refused = await api.call('POST', `${VM_WEB}/start`, { apiVersion: '2024-07-01' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: { code: 'ReadOnlyDisabledSubscription' } });
    });
  });

  test('Resources: VM and web app actions run and the list updates', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${PRODUCTION}/resources`);
    const resources = new ResourcesPage(page);
    await resources.action('vm-prod-web-01', 'Stop').click();
    await expect(resources.row('vm-prod-web-01')).toContainText('Stopped');
    await expect(resources.action('vm-prod-web-01', 'Start')).toBeEnabled();
    // A stopped VM keeps its dynamic address; deallocating it releases the address.
    await expect(resources.row('vm-prod-web-01')).toContainText('20.81.112.45 (Dynamic)');
    await resources.action('vm-prod-web-01', 'Deallocate').click();
    await expect(resources.row('vm-prod-web-01')).toContainText('Stopped (deallocated)');
    await expect(resources.row('vm-prod-web-01')).toContainText('Released (was Dynamic)');
    await resources.action('vm-prod-web-01', 'Start').click();
    await expect(resources.row('vm-prod-web-01')).toContainText('Running');

    await resources.action('app-contoso-storefront', 'Stop').click();
    await expect(resources.row('app-contoso-storefront')).toContainText('Stopped');
    await resources.action('app-contoso-storefront', 'Start').click();
    await expect(resources.row('app-contoso-storefront')).toContainText('Running');
  });

  test('Resources: Create container validates the name as Azure does, then creates it', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${PRODUCTION}/resources`);
    const resources = new ResourcesPage(page);
    await expect(resources.row('stcontosoprod001')).toContainText('3 containers');
    await resources.action('stcontosoprod001', 'Create container').click();
    const dialog = page.getByRole('dialog', { name: 'Create a container in stcontosoprod001' });
    const name = dialog.getByRole('textbox', { name: 'Container name' });
    await name.fill('ab');
    await expect(dialog.getByText('The name must be 3 to 63 characters long.')).toBeVisible();
    await name.fill('Bad_Name');
    await expect(
      dialog.getByText('Use only lowercase letters, numbers and hyphens.'),
    ).toBeVisible();
    await name.fill('a--b');
    await expect(dialog.getByText('Hyphens can’t be next to each other.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Create' })).toBeDisabled();
    await name.fill('exports-2026');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(resources.row('stcontosoprod001')).toContainText('4 containers');
  });

  test('R10: after reactivation VMs stay deallocated and the released IP is not returned; storage is writable', async ({
    page,
    api,
    gotoPortal,
  }) => {
    const legacy = SUBSCRIPTIONS.legacyMarketing;
    await gotoPortal(`/subscriptions/${legacy}/resources`);
    const resources = new ResourcesPage(page);
    await expect(resources.main.getByRole('alert').filter({ hasText: R12_REASON })).toBeVisible();
    await expect(resources.row('vm-mkt-web-01')).toContainText('Stopped (deallocated)');
    await expect(resources.row('vm-mkt-web-01')).toContainText('Released (was Dynamic)');
    await expect(resources.row('stlegacymkt001')).toContainText('Read-only');

    const enabled = await api.call(
      'POST',
      `/subscriptions/${legacy}/providers/Microsoft.Subscription/enable`,
      {
        apiVersion: '2021-10-01',
      },
    );
    expect(enabled.status).toBe(200);
    await resources.main.getByRole('toolbar').getByRole('button', { name: 'Refresh' }).click();
    await expect(resources.row('stlegacymkt001')).toContainText('Read-write');
    await expect(resources.main.getByRole('alert').filter({ hasText: R12_REASON })).toHaveCount(0);
    await expect(resources.row('vm-mkt-web-01')).toContainText('Stopped (deallocated)');
    await expect(resources.row('vm-mkt-web-01')).toContainText('Released (was Dynamic)');
    await expect(resources.action('vm-mkt-web-01', 'Start')).toBeEnabled();
  });
});

test.describe('Resources blade: reader', () => {
  test.use({ persona: 'reader' });

  test('Resources: a Reader sees every change disabled with the reason, and the API answers 403', async ({
    page,
    api,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${PRODUCTION}/resources`);
    const resources = new ResourcesPage(page);
    const reason =
      'Your role on this subscription is read-only, so you can view these resources but not change them.';
    await expect(resources.main.getByText(reason)).toBeVisible();
    const stop = resources.action('vm-prod-web-01', 'Stop');
    await expect(stop).toBeDisabled();
    await expect(stop).toHaveAccessibleDescription(reason);
    await expect(resources.action('stcontosoprod001', 'Create container')).toBeDisabled();
    await expect(resources.action('stcontosoprod001', 'Download a copy')).toBeEnabled();
    const refused = await api.call('POST', `${VM_WEB}/powerOff`, {
      apiVersion: '2024-07-01',
      persona: 'reader',
    });
    expect(refused.status).toBe(403);
  });
});

test.describe('Resources blade: not found', () => {
  test('Not found: the Resources blade of an unknown subscription says so', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions/ffffffff-1111-4222-8333-444444444444/resources');
    await expect(
      page.getByRole('main').getByRole('heading', { level: 1, name: 'Subscription not found' }),
    ).toBeVisible();
  });
});
