import {
  CANCEL_PATH,
  expect,
  OverviewPage,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

const DAY_MS = 24 * 60 * 60 * 1000;

test.describe('Status banners', () => {
  test('R4: billing stops the moment a cancellation is accepted, and the Overview says when', async ({
    page,
    api,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.production}`);
    const overview = new OverviewPage(page);
    await expect(overview.essential('Status')).toHaveText('Active');
    const answer = await api.call('POST', CANCEL_PATH(SUBSCRIPTIONS.production), {
      apiVersion: '2021-10-01',
    });
    expect(answer.status).toBe(200);
    await page.reload();
    await expect(overview.statusBanner('Cancellation in progress')).toContainText(
      'Billing stopped immediately, at Mar 15, 2026, 9:00 AM',
    );
    // The cost figure is frozen at that instant.
    await expect(
      overview.main.getByRole('region', { name: 'Cost this billing period' }),
    ).toContainText('Billing stopped on Mar 15, 2026, 9:00 AM');
  });

  test('R5: a cancellation shows "in progress" at +4 minutes, then Disabled after 10 minutes without a reload', async ({
    page,
    api,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const answer = await api.call('POST', CANCEL_PATH(SUBSCRIPTIONS.production), {
      apiVersion: '2021-10-01',
    });
    expect(answer.status).toBe(200);
    await page
      .getByRole('main')
      .getByRole('link', { name: 'Contoso Production', exact: true })
      .click();

    const overview = new OverviewPage(page);
    const pending = overview.statusBanner('Cancellation in progress');
    await expect(pending).toContainText(
      'may take up to 10 minutes to show in the portal (by Mar 15, 2026, 9:10 AM)',
    );
    await expect(pending.getByRole('link', { name: 'Contact support' })).toBeVisible();
    // ARM still reports Enabled until the cancellation shows.
    await expect(overview.essential('Status')).toHaveText('Active');
    await expect(overview.cancelButton).toBeDisabled();
    await expect(overview.main.getByText('This subscription is already canceled.')).toBeVisible();

    await page.clock.fastForward('04:00');
    await expect(pending).toBeVisible();
    await expect(overview.essential('Status')).toHaveText('Active');

    await page.clock.fastForward('06:00');
    const disabled = overview.alertBanner('This subscription is canceled and disabled');
    await expect(disabled).toBeVisible();
    await expect(overview.essential('Status')).toHaveText('Disabled');
    await expect(pending).toHaveCount(0);
    // R6
    await expect(disabled).toContainText(
      'virtual machines are deallocated, temporary IP addresses are released, and storage is read-only',
    );
    // R7: the period runs Mar 5 – Apr 4, so the standard invoice date is Apr 5.
    await expect(disabled).toContainText(
      'sent on the standard invoice date after the billing period ends (Apr 5, 2026)',
    );
    // R8: Standard support, USD 100 a month for 6 more months.
    await expect(disabled).toContainText(
      '$100.00 a month, $600.00 in total, the last charge on Sep 15, 2026',
    );
    // R9: kept 90 days.
    await expect(disabled).toContainText('it will be deleted on Jun 13, 2026');
    // R10: Pay-As-You-Go comes back self-service.
    await expect(disabled).toContainText('you can reactivate it until Jun 13, 2026');
    await expect(disabled.getByRole('link', { name: 'Account Center' })).toHaveAttribute(
      'href',
      '/account',
    );
    // R13
    await expect(disabled.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      `/support/new?subscriptionId=${SUBSCRIPTIONS.production}&problemType=billing`,
    );
    await expect(overview.reactivateButton).toBeEnabled();
    await expect(overview.renameButton).toBeDisabled();
  });

  test('R9: Legacy Marketing is Deleted 90 days after its cancellation; nothing can be reactivated', async ({
    page,
    api,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.legacyMarketing}`);
    const overview = new OverviewPage(page);
    await expect(overview.alertBanner('This subscription is canceled and disabled')).toContainText(
      'it will be deleted on May 14, 2026',
    );
    // Cancelled 30 days before the scenario starts: deleted 60 days from now.
    expect((await api.demo('clock', { advanceMs: 61 * DAY_MS })).status).toBe(200);
    await overview.refreshButton.click();

    const deleted = overview.alertBanner('This subscription has been deleted');
    await expect(deleted).toContainText('Its data was permanently deleted on May 14, 2026');
    await expect(deleted).toContainText('Nothing can be reactivated.');
    await expect(overview.essential('Status')).toHaveText('Deleted');
    await expect(overview.reactivateButton).toHaveCount(0);
    await expect(overview.cancelButton).toBeDisabled();
    await expect(overview.main.getByText('This subscription has been deleted.')).toBeVisible();
  });

  test('R10: the account administrator reactivates Legacy Marketing from its Overview', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.legacyMarketing}`);
    const overview = new OverviewPage(page);
    await expect(overview.alertBanner('This subscription is canceled and disabled')).toContainText(
      'If you canceled this Pay-As-You-Go subscription by accident, you can reactivate it until May 14, 2026',
    );
    await expect(overview.essential('Status')).toHaveText('Disabled');

    await overview.reactivateButton.click();
    const dialog = page.getByRole('dialog', { name: 'Reactivate subscription' });
    await expect(dialog).toContainText('Billing resumes from the moment you confirm.');
    await dialog.getByRole('button', { name: 'Reactivate subscription' }).click();
    await expect(dialog).toBeHidden();

    const reactivated = overview.statusBanner('Subscription reactivated');
    await expect(reactivated).toContainText('Billing resumed at Mar 15, 2026, 9:00 AM');
    await expect(reactivated).toContainText(
      'Virtual machines stay deallocated until you start them',
    );
    await expect(overview.essential('Status')).toHaveText('Active');
    await expect(overview.reactivateButton).toHaveCount(0);
    await expect(overview.cancelButton).toBeEnabled();
  });

  test('R11: Contoso Sandbox (not Pay-As-You-Go) is reactivated only through support', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.sandbox}`);
    const overview = new OverviewPage(page);
    const disabled = overview.alertBanner('This subscription is canceled and disabled');
    // Cancelled 85 days before the scenario starts: 5 days left.
    await expect(disabled).toContainText(
      'contact support within 90 days of cancellation (until Mar 20, 2026) to reactivate it',
    );
    const supportPath = `/support/new?subscriptionId=${SUBSCRIPTIONS.sandbox}&problemType=subscription-reactivation`;
    await expect(disabled.getByRole('link', { name: 'Request reactivation' })).toHaveAttribute(
      'href',
      supportPath,
    );

    await overview.reactivateButton.click();
    const dialog = page.getByRole('dialog', { name: 'Reactivation needs a support request' });
    await expect(dialog).toContainText(
      'This is a Visual Studio Professional subscription, not Pay-As-You-Go',
    );
    await expect(
      dialog.getByRole('link', { name: 'Request reactivation from support' }),
    ).toHaveAttribute('href', supportPath);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('R11: a reactivation accepted by support shows when it is expected, then the subscription turns Active', async ({
    page,
    api,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.sandbox}`);
    const overview = new OverviewPage(page);
    await expect(overview.alertBanner('This subscription is canceled and disabled')).toBeVisible();
    const filed = await api.call(
      'PUT',
      `/subscriptions/${SUBSCRIPTIONS.sandbox}/providers/Microsoft.Support/supportTickets/reactivate-sandbox`,
      {
        apiVersion: '2020-04-01',
        body: {
          properties: {
            title: 'Reactivate Contoso Sandbox',
            description: 'Please reactivate this subscription.',
            problemType: 'subscription-reactivation',
          },
        },
      },
    );
    expect(filed.status).toBeLessThan(300);
    await overview.refreshButton.click();
    const pending = overview.statusBanner('Reactivation in progress');
    await expect(pending).toContainText('expected to be active again at Mar 15, 2026, 10:00 AM');

    await page.clock.fastForward('01:00:00');
    await expect(overview.statusBanner('Subscription reactivated')).toContainText(
      'Support reactivated this subscription.',
    );
    await expect(overview.essential('Status')).toHaveText('Active');
  });
});

test.describe('Status banners: owner', () => {
  test.use({ persona: 'owner' });

  test('R10: only the account administrator may reactivate; others see why', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.legacyMarketing}`);
    const overview = new OverviewPage(page);
    await expect(overview.reactivateButton).toBeDisabled();
    await expect(
      overview.main.getByText('Only the account administrator can reactivate this subscription.'),
    ).toBeVisible();
  });
});

test.describe('Status banners: zh-CN', () => {
  test.use({ lang: 'zh-CN' });

  test('the Disabled banner speaks the seed’s words', async ({ page, gotoPortal }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.legacyMarketing}`);
    const overview = new OverviewPage(page);
    const disabled = overview.alertBanner('此订阅已取消并已禁用');
    await expect(disabled).toContainText('虚拟机已解除分配，临时 IP 地址已释放，并且存储是只读的');
    await expect(disabled).toContainText('我们会先等待 90 天，才会永久删除你的数据');
    await expect(disabled).toContainText('我们不会因为保留这些数据而向你收费');
    await expect(disabled).toContainText('如果意外取消了即用即付订阅');
    await expect(disabled.getByRole('link', { name: '在帐户中心重新激活订阅' })).toBeVisible();
    await expect(disabled).toContainText('如果仍有疑问，请联系支持人员以快速解决问题');
    await expect(overview.essential('状态')).toHaveText('已禁用');
    await expect(overview.reactivateButton).toBeEnabled();
  });

  test('the in-progress banner says billing stopped and it may take up to 10 minutes', async ({
    page,
    api,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    expect(
      (await api.call('POST', CANCEL_PATH(SUBSCRIPTIONS.devTest), { apiVersion: '2021-10-01' }))
        .status,
    ).toBe(200);
    await page
      .getByRole('main')
      .getByRole('link', { name: 'Contoso Dev/Test', exact: true })
      .click();
    const overview = new OverviewPage(page);
    const pending = overview.statusBanner('正在取消订阅');
    await expect(pending).toContainText('计费已于');
    await expect(pending).toContainText('可能需要花费多达 10 分钟，取消才会显示在门户中');
  });
});
