import {
  CancelWizardPage,
  expect,
  OverviewPage,
  SUBSCRIPTIONS,
  tabTo,
  test,
} from 'azure-subscriptions-clone/playwright';

test.describe('Cancel wizard by keyboard', () => {
  test('the wizard can be completed with the keyboard alone', async ({ page, gotoPortal }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, SUBSCRIPTIONS.production);
    await expect(wizard.acknowledge).toBeVisible();

    await tabTo(page, wizard.acknowledge);
    await page.keyboard.press('Space');
    await expect(wizard.acknowledge).toBeChecked();
    await tabTo(page, wizard.next);
    await page.keyboard.press('Enter');
    await expect(wizard.stepHeading(/Review the impact/)).toBeFocused();

    await tabTo(page, wizard.next);
    await page.keyboard.press('Enter');
    await expect(wizard.stepHeading(/Confirm/)).toBeFocused();

    await tabTo(page, wizard.reason);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(wizard.reason).toHaveText('I no longer need this subscription');
    await tabTo(page, wizard.subscriptionName);
    await page.keyboard.type('Contoso Production');
    await tabTo(page, wizard.submit);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`/subscriptions/${SUBSCRIPTIONS.production}$`));
    await expect(new OverviewPage(page).statusBanner(/Cancellation in progress/)).toBeVisible();
  });
});

test.describe('Cancel wizard in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('zh-CN: 取消 Contoso Dev/Test, in the seed’s words', async ({ page, gotoPortal }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, SUBSCRIPTIONS.devTest);
    await expect(wizard.region).toBeVisible();
    await expect(wizard.region.getByRole('heading', { name: '1. 备份数据' })).toBeVisible();
    await expect(wizard.region.getByRole('heading', { name: '2. 关闭服务' })).toBeVisible();
    await expect(wizard.region.getByRole('heading', { name: '3. 考虑迁移数据' })).toBeVisible();
    await expect(wizard.region).toContainText(
      '如果有虚拟机，“保存映像”会将该虚拟机的映像保存在此订阅中',
    );
    await expect(wizard.contactSupport).toBeVisible();
    await wizard.acknowledge.check();
    await wizard.next.click();

    await expect(wizard.region).toContainText('在取消后，计费将立即停止。');
    await expect(wizard.region).toContainText(
      '如果在计费周期中途取消订阅，我们会在周期结束后于标准发票日期发送最终帐单。',
    );
    await expect(wizard.region).toContainText(
      '取消付费的 Azure 支持计划后，仍会按月向你收取余下 6 个月的费用。',
    );
    await expect(wizard.region).toContainText('没有付费支持计划');
    await expect(wizard.region).toContainText('可在取消后的 90 天内');
    await wizard.next.click();

    await expect(wizard.region).toContainText('按照提示进行操作并完成取消。');
    await wizard.subscriptionName.fill('Contoso Dev/test');
    await expect(wizard.region).toContainText('名称不匹配');
    await wizard.chooseReason('我误创建了此订阅');
    await wizard.subscriptionName.fill('Contoso Dev/Test');
    await wizard.submit.click();

    await expect(page).toHaveURL(new RegExp(`/subscriptions/${SUBSCRIPTIONS.devTest}$`));
    await expect(
      page.getByRole('main').getByRole('status').filter({ hasText: '正在取消订阅' }),
    ).toBeVisible();
  });
});
