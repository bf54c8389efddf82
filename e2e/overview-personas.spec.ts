import { expect, OverviewPage, SUBSCRIPTIONS, test } from 'azure-subscriptions-clone/playwright';

const PRODUCTION = `/subscriptions/${SUBSCRIPTIONS.production}`;
const R1_REASON = 'Only the account administrator can cancel this subscription.';

test.describe('Overview: admin', () => {
  test('R1: the account administrator can cancel an active subscription; Essentials show its facts', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(PRODUCTION);
    const overview = new OverviewPage(page);
    await expect(overview.heading('Contoso Production')).toBeVisible();
    await expect(overview.essential('Subscription ID')).toContainText(SUBSCRIPTIONS.production);
    await expect(overview.essential('Status')).toHaveText('Active');
    await expect(overview.essential('Offer')).toHaveText('Pay-As-You-Go');
    await expect(overview.essential('Offer ID')).toHaveText('MS-AZR-0003P');
    await expect(overview.essential('My role')).toHaveText('Account admin');
    await expect(overview.essential('Currency')).toHaveText('USD');
    await expect(overview.essential('Directory')).not.toHaveText('—');
    await expect(overview.renameButton).toBeEnabled();
    await expect(overview.reactivateButton).toHaveCount(0);
    await expect(
      overview.main.getByRole('region', { name: 'Cost this billing period' }),
    ).toContainText('$');
    await expect(overview.main.getByText(R1_REASON)).toHaveCount(0);

    await expect(overview.cancelButton).toBeEnabled();
    await overview.cancelButton.click();
    await expect(page).toHaveURL(new RegExp(`${PRODUCTION}/cancel$`));
  });

  test('R13: Contact support opens a new billing request for this subscription', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(PRODUCTION);
    const overview = new OverviewPage(page);
    await expect(overview.contactSupport).toHaveAttribute(
      'href',
      `/support/new?subscriptionId=${SUBSCRIPTIONS.production}&problemType=billing`,
    );
  });

  test('Essentials: the copy button copies the subscription ID and says "Copied"', async ({
    page,
    context,
    gotoPortal,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoPortal(PRODUCTION);
    const overview = new OverviewPage(page);
    await overview
      .essential('Subscription ID')
      .getByRole('button', { name: 'Copy subscription ID' })
      .click();
    await expect(overview.essential('Subscription ID')).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      SUBSCRIPTIONS.production,
    );
  });

  test('Overview: the resources summary counts by type and links to the Resources blade', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(PRODUCTION);
    const tile = page.getByRole('main').getByRole('region', { name: 'Resources' });
    await expect(tile.getByRole('listitem').filter({ hasText: 'Virtual machines' })).toContainText(
      '2',
    );
    await expect(tile.getByRole('listitem').filter({ hasText: 'Storage accounts' })).toContainText(
      '1',
    );
    await expect(tile.getByRole('listitem').filter({ hasText: 'SQL databases' })).toContainText(
      '1',
    );
    await expect(tile.getByRole('listitem').filter({ hasText: 'Web apps' })).toContainText('1');
    await tile.getByRole('link', { name: 'View all resources' }).click();
    await expect(page).toHaveURL(new RegExp(`${PRODUCTION}/resources$`));
    await expect(
      page.getByRole('main').getByRole('heading', { level: 1, name: 'Resources' }),
    ).toBeVisible();
  });
});

test.describe('Overview: owner', () => {
  test.use({ persona: 'owner' });

  test('R1: an Owner sees Cancel subscription disabled with the reason, and may rename', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(PRODUCTION);
    const overview = new OverviewPage(page);
    await expect(overview.heading('Contoso Production')).toBeVisible();
    await expect(overview.essential('My role')).toHaveText('Owner');
    await expect(overview.cancelButton).toBeDisabled();
    await expect(overview.main.getByText(R1_REASON)).toBeVisible();
    await expect(overview.cancelButton).toHaveAccessibleDescription(new RegExp(R1_REASON));
    await expect(overview.renameButton).toBeEnabled();
  });
});

test.describe('Overview: reader', () => {
  test.use({ persona: 'reader' });

  test('R1: a Reader sees Cancel and Rename disabled, each with its reason', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(PRODUCTION);
    const overview = new OverviewPage(page);
    await expect(overview.heading('Contoso Production')).toBeVisible();
    await expect(overview.essential('My role')).toHaveText('Reader');
    await expect(overview.cancelButton).toBeDisabled();
    await expect(overview.main.getByText(R1_REASON)).toBeVisible();
    await expect(overview.renameButton).toBeDisabled();
    await expect(
      overview.main.getByText(
        'Your role on this subscription is read-only, so you can’t rename it.',
      ),
    ).toBeVisible();
    // R13: a Reader may still ask for help.
    await expect(overview.contactSupport).toBeVisible();
  });
});

test.describe('Overview: not found', () => {
  test('Not found: an unknown subscription id shows a final "Subscription not found" blade', async ({
    page,
    gotoPortal,
  }) => {
    const unknown = 'ffffffff-1111-4222-8333-444444444444';
    await gotoPortal(`/subscriptions/${unknown}`);
    const main = page.getByRole('main');
    await expect(
      main.getByRole('heading', { level: 1, name: 'Subscription not found' }),
    ).toBeVisible();
    await expect(main).toContainText(unknown);
    await expect(main.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await main.getByRole('link', { name: 'Go to Subscriptions' }).click();
    await expect(page).toHaveURL(/\/subscriptions$/);
  });

  test('Not found: a malformed id is explained without calling ARM', async ({
    page,
    gotoPortal,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/subscriptions/not-a-guid')) requests.push(request.url());
    });
    await gotoPortal('/subscriptions/not-a-guid');
    const main = page.getByRole('main');
    await expect(
      main.getByRole('heading', { level: 1, name: 'Subscription not found' }),
    ).toBeVisible();
    await expect(main).toContainText('“not-a-guid” is not a valid subscription ID');
    await expect(main.getByRole('link', { name: 'Go to Subscriptions' })).toBeVisible();
    expect(requests.filter((url) => url.includes('management.azure.com'))).toEqual([]);
  });
});
