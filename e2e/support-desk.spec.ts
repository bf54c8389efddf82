import {
  expect,
  OverviewPage,
  PortalShell,
  SUBSCRIPTIONS,
  SupportPage,
  test,
} from 'azure-subscriptions-clone/playwright';

const newRequest = (id: string, problemType: string) =>
  `/support/new?subscriptionId=${id}&problemType=${problemType}`;

// An ISO 8601 instant as the API sends it: the portal never shows one.
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

test.describe('Support desk (zh-CN)', () => {
  test.use({ lang: 'zh-CN' });

  test('R13: the mock desk answers a billing request 1 hour of clock time after filing, in the list and in Notifications', async ({
    page,
    gotoPortal,
  }) => {
    const support = new SupportPage(page);
    await gotoPortal(newRequest(SUBSCRIPTIONS.production, 'billing'));
    await expect(support.problemType).toHaveText('计费');
    await support.fill('发票问题', '我想了解最后一张发票的金额。');
    await support.create.click();

    const row = support.row('发票问题');
    await expect(row).toContainText('处理中');
    await expect(row).toContainText('预计在');
    await page.clock.fastForward('59:00');
    await support.main.getByRole('button', { name: '刷新' }).click();
    await expect(row).toContainText('处理中');

    await page.clock.fastForward('01:00');
    await expect(row).toContainText('已解决', { timeout: 15_000 });
    await expect(row).toContainText('支持人员的答复');
    await expect(row).toContainText('支持工程师已答复并关闭了你的请求');

    const panel = await new PortalShell(page).openNotifications();
    await expect(panel.getByRole('listitem', { name: '支持人员已答复“发票问题”' })).toBeVisible();
  });

  test('R11: a refusal reads in the portal language with formatted dates, never the API’s English or ISO timestamps', async ({
    page,
    gotoPortal,
  }) => {
    const support = new SupportPage(page);
    await gotoPortal(newRequest(SUBSCRIPTIONS.sandbox, 'subscription-reactivation'));
    // Contoso Sandbox was cancelled 85 days before the scenario starts: 6 more days pass the 90.
    await page.clock.fastForward(6 * 24 * 60 * 60 * 1000);
    await support.fill('重新激活沙盒', '我们仍然需要这个沙盒订阅。');
    await support.create.click();

    const row = support.row('重新激活沙盒');
    await expect(row).toContainText('已拒绝');
    await expect(row).toContainText(/原因：该订阅已于.+取消，可重新激活的期限为.+（90 天）/);
    await expect(row).not.toContainText(ISO_INSTANT);
    await expect(row).not.toContainText('The subscription');

    const panel = await new PortalShell(page).openNotifications();
    await expect(
      panel.getByRole('listitem', { name: '支持人员已拒绝“重新激活沙盒”' }),
    ).toBeVisible();
  });
});

test.describe('Support desk', () => {
  test('R11: Contact support from Disabled Contoso Sandbox (not Pay-As-You-Go, within 90 days) prefills a reactivation request', async ({
    page,
    gotoPortal,
  }) => {
    const overview = new OverviewPage(page);
    const support = new SupportPage(page);
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.sandbox}`);
    await overview.contactSupport.click();
    await expect(page).toHaveURL(/\/support\/new\?/);
    await expect(support.subscription).toHaveValue('Contoso Sandbox');
    await expect(support.problemType).toHaveText('Subscription reactivation');

    // A Pay-As-You-Go subscription comes back self-service (R10): its Contact support is about billing.
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.legacyMarketing}`);
    await overview.contactSupport.click();
    await expect(support.subscription).toHaveValue('Legacy Marketing');
    await expect(support.problemType).toHaveText('Billing');
  });

  test('R11: a billing request about Contoso Sandbox is answered with how to ask for reactivation, and its link prefills that request', async ({
    page,
    gotoPortal,
  }) => {
    const support = new SupportPage(page);
    await gotoPortal(newRequest(SUBSCRIPTIONS.sandbox, 'billing'));
    await support.fill('Sandbox billing', 'Is the sandbox still charged after cancellation?');
    await support.create.click();
    const row = support.row('Sandbox billing');
    await expect(row).toContainText('Open');

    await page.clock.fastForward('01:00:00');
    await expect(row).toContainText('Resolved', { timeout: 15_000 });
    await expect(row).toContainText('file a subscription reactivation request before');
    await expect(row).not.toContainText(ISO_INSTANT);
    await row.getByRole('link', { name: 'Request reactivation' }).click();
    await expect(support.subscription).toHaveValue('Contoso Sandbox');
    await expect(support.problemType).toHaveText('Subscription reactivation');
  });
});
