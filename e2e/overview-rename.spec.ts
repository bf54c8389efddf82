import { expect, OverviewPage, SUBSCRIPTIONS, test } from 'azure-subscriptions-clone/playwright';

const PRODUCTION = `/subscriptions/${SUBSCRIPTIONS.production}`;

test.describe('Overview: Rename', () => {
  test('Rename: the form explains an empty, too long or forbidden name before sending', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(PRODUCTION);
    const overview = new OverviewPage(page);
    await overview.renameButton.click();
    const dialog = page.getByRole('dialog', { name: 'Rename subscription' });
    const name = dialog.getByRole('textbox', { name: 'Subscription name' });
    const save = dialog.getByRole('button', { name: 'Save' });
    await expect(name).toHaveValue('Contoso Production');

    await name.fill('');
    await expect(dialog.getByText('Enter a name for the subscription.')).toBeVisible();
    await expect(save).toBeDisabled();

    await name.fill('x'.repeat(65));
    await expect(dialog.getByText('The name can be at most 64 characters.')).toBeVisible();
    await expect(save).toBeDisabled();

    await name.fill('Contoso <Prod>');
    await expect(dialog.getByText('The name can’t contain < >.')).toBeVisible();
    await expect(save).toBeDisabled();

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(overview.heading('Contoso Production')).toBeVisible();
  });

  test('Rename: a valid name is saved, and the Overview and the list show it', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(PRODUCTION);
    const overview = new OverviewPage(page);
    await overview.renameButton.click();
    const dialog = page.getByRole('dialog', { name: 'Rename subscription' });
    await dialog.getByRole('textbox', { name: 'Subscription name' }).fill('Contoso Production EU');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(overview.heading('Contoso Production EU')).toBeVisible();
    await expect(overview.essential('Subscription name')).toHaveText('Contoso Production EU');

    await page.getByRole('main').getByRole('link', { name: 'Subscriptions', exact: true }).click();
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Contoso Production EU', exact: true }),
    ).toBeVisible();
  });

  test('Rename: the API itself refuses a forbidden name with 400', async ({ api, gotoPortal }) => {
    await gotoPortal(PRODUCTION);
    const answer = await api.call('POST', `${PRODUCTION}/providers/Microsoft.Subscription/rename`, {
      apiVersion: '2021-10-01',
      body: { subscriptionName: 'bad/name' },
    });
    expect(answer.status).toBe(400);
  });
});

test.describe('Overview: Rename as Reader', () => {
  test.use({ persona: 'reader' });

  test('Rename: a Reader cannot open the dialog, and the API answers 403', async ({
    page,
    api,
    gotoPortal,
  }) => {
    await gotoPortal(PRODUCTION);
    const overview = new OverviewPage(page);
    await expect(overview.renameButton).toBeDisabled();
    await overview.renameButton.click({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const answer = await api.call('POST', `${PRODUCTION}/providers/Microsoft.Subscription/rename`, {
      apiVersion: '2021-10-01',
      body: { subscriptionName: 'Renamed by reader' },
      persona: 'reader',
    });
    expect(answer.status).toBe(403);
  });
});
