import { expect, SubscriptionsPage, test } from 'azure-subscriptions-clone/playwright';

const ID = (n: number) => `a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f60${n}`;
const BY_NAME = [
  'Contoso Dev/Test',
  'Contoso Enterprise',
  'Contoso Production',
  'Contoso Sandbox',
  'Fabrikam Analytics',
  'Free Trial',
  'Legacy Marketing',
];

test.describe('Subscriptions blade', () => {
  test('Subscriptions: lists every column, sorted by name, with the cost of this period', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const blade = new SubscriptionsPage(page);
    for (const header of [
      'Subscription name',
      'Subscription ID',
      'My role',
      'Offer',
      'Status',
      'Current cost',
    ]) {
      await expect(blade.columnHeader(header)).toBeVisible();
    }
    await blade.expectNames(BY_NAME);
    await expect(blade.columnHeader('Subscription name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(blade.summary).toHaveText('Showing 7 of 7 subscriptions');
    await expect(blade.table).toHaveAttribute('aria-rowcount', '8');
    const production = blade.row('Contoso Production');
    await expect(production).toContainText(ID(1));
    await expect(production).toContainText('Account admin');
    await expect(production).toContainText('Pay-As-You-Go');
    await expect(production).toContainText('Active');
    await expect(production.getByRole('cell').last()).toHaveText(/^\$[\d,]+\.\d\d$/);
    await expect(blade.row('Contoso Enterprise')).toContainText('Owner');
    await expect(blade.row('Legacy Marketing')).toContainText('Disabled');
    await production.getByRole('link', { name: 'Contoso Production' }).click();
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${ID(1)}$`));
  });

  test('Subscriptions: search by name (any case) and by ID, instantly', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const blade = new SubscriptionsPage(page);
    await blade.search.fill('CONTOSO');
    await blade.expectNames([
      'Contoso Dev/Test',
      'Contoso Enterprise',
      'Contoso Production',
      'Contoso Sandbox',
    ]);
    await expect(blade.summary).toHaveText('Showing 4 of 7 subscriptions');
    await expect(page).toHaveURL(/[?&]q=CONTOSO(&|$)/);
    await blade.search.fill('');
    await blade.search.pressSequentially('e5f605');
    await blade.expectNames(['Fabrikam Analytics']);
    await expect(page).toHaveURL(/[?&]q=e5f605(&|$)/);
  });

  test('Subscriptions: filter by Status, My role and Offer, shown in the pill', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const blade = new SubscriptionsPage(page);
    await expect(blade.pill('Status')).toHaveText('Status == all');

    await blade.filter('Status', 'Disabled');
    await expect(blade.pill('Status')).toHaveText('Status == Disabled');
    await blade.expectNames(['Contoso Sandbox', 'Legacy Marketing']);
    await blade.pill('Status').click();
    await page.getByRole('menuitem', { name: 'Clear this filter' }).click();
    await page.keyboard.press('Escape');
    await expect(blade.pill('Status')).toHaveText('Status == all');

    await blade.filter('My role', 'Owner', 'Reader');
    await expect(blade.pill('My role')).toHaveText('My role in Owner, Reader');
    await blade.expectNames(['Contoso Enterprise', 'Fabrikam Analytics']);
    await blade.filter('My role', 'Owner', 'Reader');

    await blade.filter('Offer', 'Pay-As-You-Go');
    await expect(blade.pill('Offer')).toHaveText('Offer == Pay-As-You-Go');
    await blade.expectNames(['Contoso Production', 'Fabrikam Analytics', 'Legacy Marketing']);
    await blade.filter('Status', 'Active');
    await blade.expectNames(['Contoso Production', 'Fabrikam Analytics']);
    await expect(blade.summary).toHaveText('Showing 2 of 7 subscriptions');
    await expect(page).toHaveURL(/status=Enabled/);
    await expect(page).toHaveURL(/offer=MS-AZR-0003P/);
  });

  test('Subscriptions: sortable headers, both ways', async ({ page, gotoPortal }) => {
    await gotoPortal('/subscriptions');
    const blade = new SubscriptionsPage(page);
    await blade.sortBy('Subscription name');
    await expect(blade.columnHeader('Subscription name')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await blade.expectNames([...BY_NAME].reverse());

    await blade.sortBy('Status');
    await expect(blade.columnHeader('Status')).toHaveAttribute('aria-sort', 'ascending');
    await expect(blade.columnHeader('Subscription name')).not.toHaveAttribute('aria-sort', /.+/);
    // "Active" before "Disabled", each group by name.
    await blade.expectNames([
      'Contoso Dev/Test',
      'Contoso Enterprise',
      'Contoso Production',
      'Fabrikam Analytics',
      'Free Trial',
      'Contoso Sandbox',
      'Legacy Marketing',
    ]);
    await blade.sortBy('Status');
    await expect(blade.columnHeader('Status')).toHaveAttribute('aria-sort', 'descending');
    await expect(blade.table.getByRole('cell').getByRole('link').first()).toHaveText(
      'Contoso Sandbox',
    );
    await expect(page).toHaveURL(/sort=status&dir=desc/);
  });

  test('Subscriptions: a shared URL reproduces the view, also after a reload', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions?q=contoso&status=Enabled&sort=name&dir=desc');
    const blade = new SubscriptionsPage(page);
    const expected = ['Contoso Production', 'Contoso Enterprise', 'Contoso Dev/Test'];
    await blade.expectNames(expected);
    await expect(blade.search).toHaveValue('contoso');
    await expect(blade.pill('Status')).toHaveText('Status == Active');
    await expect(blade.columnHeader('Subscription name')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    // The launch parameters are gone from the address bar; the view's own parameters stay.
    await expect(page).toHaveURL(/\/subscriptions\?q=contoso&status=Enabled&sort=name&dir=desc$/);
    await page.reload();
    await blade.expectNames(expected);
    await expect(blade.search).toHaveValue('contoso');
  });

  test('Subscriptions: no match shows an empty state whose Clear filters brings every row back', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions?status=Disabled');
    const blade = new SubscriptionsPage(page);
    await blade.search.fill('fabrikam');
    await expect(
      blade.main.getByRole('heading', { name: 'No subscriptions match your search and filters' }),
    ).toBeVisible();
    await expect(blade.table).toBeHidden();
    await expect(blade.summary).toHaveText('Showing 0 of 7 subscriptions');
    await blade.main.getByRole('button', { name: 'Clear filters' }).click();
    await blade.expectNames(BY_NAME);
    await expect(blade.search).toHaveValue('');
    await expect(page).toHaveURL(/\/subscriptions$/);
  });

  test('R5: Status turns Disabled in the open list without a reload', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal('/subscriptions');
    const blade = new SubscriptionsPage(page);
    await expect(blade.row('Contoso Production')).toContainText('Active');
    const cancel = await api.call(
      'POST',
      `/subscriptions/${ID(1)}/providers/Microsoft.Subscription/cancel`,
      {
        apiVersion: '2021-10-01',
      },
    );
    expect(cancel.status).toBe(200);
    // Accepted, but not shown yet: the list still says Active (the delay is 5–10 minutes here).
    await page.clock.fastForward('01:00');
    await expect(blade.row('Contoso Production')).toContainText('Active');
    await page.clock.fastForward('10:00');
    await expect(blade.row('Contoso Production')).toContainText('Disabled');
  });
});

test.describe('Subscriptions blade: empty directory', () => {
  test.use({ scenario: 'empty' });

  test('Subscriptions: the empty scenario says there are no subscriptions', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const blade = new SubscriptionsPage(page);
    await expect(
      blade.main.getByRole('heading', { name: 'No subscriptions to display' }),
    ).toBeVisible();
    await expect(blade.summary).toHaveText('Showing 0 of 0 subscriptions');
    await expect(blade.table).toBeHidden();
  });
});

test.describe('Subscriptions blade: large tenant', () => {
  test.use({ scenario: 'large-tenant' });

  test('Subscriptions: 5,000 rows stay windowed, filter to a handful, and the last row is reachable', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const blade = new SubscriptionsPage(page);
    await expect(blade.summary).toHaveText('Showing 5,000 of 5,000 subscriptions', {
      timeout: 20_000,
    });
    await expect(blade.table).toHaveAttribute('aria-rowcount', '5001');
    const rendered = await blade.table.getByRole('row').count();
    expect(rendered, 'only the visible rows are in the DOM').toBeLessThan(80);

    // Scroll to the very end: the last row (row 5,001 counting the header) is there and visible.
    await blade.table.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const last = blade.table.locator('[aria-rowindex="5001"]');
    await expect(last).toBeVisible();
    await expect(last.getByRole('link')).toBeVisible();

    await blade.search.fill('0042');
    await expect(blade.table.getByRole('link', { name: / 0042$/ })).toBeVisible();
    const handful = await blade.table.getByRole('cell').getByRole('link').count();
    expect(handful).toBeGreaterThanOrEqual(1);
    expect(handful).toBeLessThanOrEqual(10);
    await expect(blade.summary).toHaveText(
      new RegExp(`^Showing ${handful} of 5,000 subscriptions$`),
    );

    await blade.search.fill('');
    await blade.filter('Status', 'Deleted');
    await expect(blade.summary).toHaveText(/^Showing \d{2,3} of 5,000 subscriptions$/);
    await expect(blade.table.getByRole('row').nth(1)).toContainText('Deleted');
  });
});
