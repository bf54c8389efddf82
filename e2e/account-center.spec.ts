import {
  AccountPage,
  expect,
  formatDate,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

test.describe('Account Center', () => {
  test('R10: Legacy Marketing (Pay-As-You-Go) is reactivated from Account Center, after a confirmation', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await page
      .getByRole('navigation', { name: 'Portal navigation' })
      .getByRole('link', { name: 'Cost Management + Billing' })
      .click();
    const account = new AccountPage(page);
    await expect(
      account.main.getByRole('heading', { level: 1, name: 'Cost Management + Billing' }),
    ).toBeVisible();
    await account.select('Legacy Marketing');
    await expect(page).toHaveURL(
      new RegExp(`/account\\?subscriptionId=${SUBSCRIPTIONS.legacyMarketing}`),
    );
    await expect(
      account.main.getByRole('alert').filter({ hasText: 'This subscription is canceled' }),
    ).toBeVisible();
    await expect(account.fact('Status')).toHaveText('Disabled');

    await account.reactivate.click();
    const dialog = page.getByRole('dialog', { name: 'Reactivate Legacy Marketing?' });
    await expect(dialog).toContainText('Billing resumes from now');
    await dialog.getByRole('button', { name: 'Reactivate' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      account.main.getByRole('status').filter({ hasText: 'Legacy Marketing is active again' }),
    ).toBeVisible();
    await expect(account.fact('Status')).toHaveText('Active');
    await expect(account.fact('Billing')).toHaveText('Active');
    await expect(
      account.subscriptions.getByRole('row').filter({ hasText: 'Legacy Marketing' }),
    ).toContainText('Active');
  });

  test('R11: Contoso Sandbox (Visual Studio) offers the support path instead of Reactivate', async ({
    page,
    gotoPortal,
  }) => {
    const account = new AccountPage(page);
    await gotoPortal(`/account?subscriptionId=${SUBSCRIPTIONS.sandbox}`);
    await expect(
      account.main.getByRole('heading', { level: 2, name: 'Contoso Sandbox' }),
    ).toBeVisible();
    await expect(account.reactivate).toHaveCount(0);
    const request = account.main.getByRole('link', { name: 'Request reactivation from support' });
    await expect(request).toHaveAttribute(
      'href',
      `/support/new?subscriptionId=${SUBSCRIPTIONS.sandbox}&problemType=subscription-reactivation`,
    );
    await request.click();
    await expect(
      page.getByRole('main').getByRole('combobox', { name: /^Problem type/ }),
    ).toHaveText('Subscription reactivation');
  });

  test.describe('after Contoso Production is cancelled', () => {
    let dates: { finalInvoiceDate: string; lastChargeDate: string };

    test.beforeEach(async ({ page, gotoPortal, api }) => {
      const account = new AccountPage(page);
      await gotoPortal(`/account?subscriptionId=${SUBSCRIPTIONS.production}`);
      await expect(account.fact('Billing')).toHaveText('Active');
      const cancelled = await api.call(
        'POST',
        `/subscriptions/${SUBSCRIPTIONS.production}/providers/Microsoft.Subscription/cancel`,
        {
          apiVersion: '2021-10-01',
          body: { confirmation: 'Contoso Production', reason: 'no-longer-needed' },
        },
      );
      expect(cancelled.status).toBe(200);
      await page.reload();
      // The reloaded page shows the cancellation: billing stopped, the change still on its way.
      await expect(account.fact('Billing')).toHaveText('Stopped');
      await expect(
        account.main.getByRole('status').filter({ hasText: 'Cancellation in progress' }),
      ).toBeVisible();
      const billing = await api.call(
        'GET',
        `/subscriptions/${SUBSCRIPTIONS.production}/providers/Microsoft.Billing/billingSubscriptions/default`,
        { apiVersion: '2024-04-01' },
      );
      const props = (
        billing.body as {
          properties: {
            lifecycle: { cancellation: { finalInvoiceDate: string } };
            supportPlan: { lastChargeDate: string };
          };
        }
      ).properties;
      dates = {
        finalInvoiceDate: props.lifecycle.cancellation.finalInvoiceDate,
        lastChargeDate: props.supportPlan.lastChargeDate,
      };
    });

    test('R7: the final invoice is listed on the date the API gives', async ({ page }) => {
      const account = new AccountPage(page);
      await expect(account.fact('Final invoice date')).toHaveText(
        formatDate(dates.finalInvoiceDate),
      );
      await expect(
        account.invoices.getByRole('row').filter({ hasText: 'Final invoice' }),
      ).toContainText(formatDate(dates.finalInvoiceDate));
    });

    test('R8: the support plan’s 6 remaining charges are listed, up to the last charge', async ({
      page,
    }) => {
      const account = new AccountPage(page);
      // A header row and one row per remaining monthly charge.
      await expect(account.scheduledCharges.getByRole('row')).toHaveCount(7);
      await expect(account.main).toContainText(
        `the last charge on ${formatDate(dates.lastChargeDate)}`,
      );
    });
  });
});
