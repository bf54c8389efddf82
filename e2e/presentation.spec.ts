import {
  AccountPage,
  CancelWizardPage,
  expect,
  expectNoSeriousViolations,
  OverviewPage,
  PresentationPage,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

// Each chapter: the caption's title and the seed's own sentence (zh-CN) or the same in en-US, and
// what the portal shows at that moment.
const CAPTIONS = {
  'en-US': [
    ['Who may cancel', 'as the account administrator'],
    ['Prepare', 'Before you cancel your subscription, do the following'],
    ['The impact', 'still billed monthly for the remaining 6 months'],
    ['Confirm', 'Follow the prompts and finish the cancellation'],
    ['Billing stopped', 'it can take up to 10 minutes for the cancellation to show in the portal'],
    ['Ten minutes later: Disabled', 'virtual machines are deallocated'],
    ['Reactivate a Pay-As-You-Go subscription', 'reactivate it in the Account Center'],
    ['Not Pay-As-You-Go: through support', 'contact support within 90 days of cancellation'],
    ['90 days later: deleted', 'We wait 90 days before permanently deleting your data'],
  ],
  'zh-CN': [
    ['谁可以取消', '可以以帐户管理员身份取消 Azure 订阅。'],
    ['准备', '在取消订阅之前，请执行以下操作'],
    ['影响', '取消付费的 Azure 支持计划后，仍会按月向用户收取余下 6 个月的费用。'],
    ['确认', '按照提示进行操作并完成取消。'],
    ['计费已停止', '可能需要花费多达 10 分钟，取消才会显示在门户中。'],
    ['十分钟后：已禁用', '那意味着虚拟机已解除分配，临时 IP 地址已释放，并且存储是只读的。'],
    ['重新激活即用即付订阅', '如果意外取消了即用即付订阅，可在帐户中心重新激活订阅。'],
    ['非即用即付：通过支持人员', '可在取消后的 90 天内联系支持人员来重新激活你的订阅。'],
    ['90 天后：已删除', '我们会先等待 90 天，才会永久删除用户的数据'],
  ],
} as const;

const STATUS = {
  active: /^(Active|活动)$/,
  disabled: /^(Disabled|已禁用)$/,
  deleted: /^(Deleted|已删除)$/,
};

for (const lang of ['en-US', 'zh-CN'] as const) {
  test.describe(`Presentation in ${lang}`, () => {
    // Real time: axe schedules its checks on the page's timers (e2e/support/axe.ts).
    test.use({ lang, startAt: null });

    test(`Presentation: the seed's story walked by keyboard only, each chapter's caption and blade, and Esc puts back what was there (${lang})`, async ({
      page,
      gotoPortal,
      api,
    }) => {
      test.slow();
      await gotoPortal('/subscriptions');
      const before = (await api.demo('snapshot')).body as Record<string, unknown>;
      await page.goto('./subscriptions?present=seed');
      const show = new PresentationPage(page);
      const overview = new OverviewPage(page);
      const wizard = new CancelWizardPage(page);
      await show.atChapter(1);
      await expect(show.heading).toBeFocused();
      await expectNoSeriousViolations(page, `Presentation ${lang}`);

      const expectChapter = async (n: number) => {
        await show.atChapter(n);
        const [title, caption] = CAPTIONS[lang][n - 1]!;
        await expect(show.heading).toHaveText(title);
        await expect(show.caption).toContainText(caption);
      };
      // 1. R1: the Owner is refused and told why.
      await expectChapter(1);
      await expect(overview.cancelButton).toBeDisabled();
      await expect(page.getByRole('main')).toContainText(
        lang === 'en-US'
          ? 'Only the account administrator can cancel this subscription.'
          : '只有帐户管理员可以取消此订阅。',
      );
      // 2. R2: prepare.
      await page.keyboard.press('ArrowRight');
      await expectChapter(2);
      await expect(wizard.acknowledge).toBeVisible();
      // 3. R4–R8: the review's figures, from the API.
      await page.keyboard.press('ArrowRight');
      await expectChapter(3);
      await expect(wizard.region).toContainText('× 6 =');
      // 4. R3: the final button waits for a reason and the name.
      await page.keyboard.press('ArrowRight');
      await expectChapter(4);
      await expect(wizard.submit).toBeDisabled();
      // 5. R5: billing stopped, the portal still says Active.
      await page.keyboard.press('ArrowRight');
      await expectChapter(5);
      await expect(overview.statusBanner(/Cancellation in progress|正在取消订阅/)).toBeVisible();
      await expect(overview.essential(lang === 'en-US' ? 'Status' : '状态')).toHaveText(
        STATUS.active,
      );
      // 6. R6–R9: Disabled.
      await page.keyboard.press('ArrowRight');
      await expectChapter(6);
      await expect(overview.essential(lang === 'en-US' ? 'Status' : '状态')).toHaveText(
        STATUS.disabled,
      );
      await expectNoSeriousViolations(page, `Presentation ${lang}, Disabled`);
      // 7. R10: the Account Center reactivates a Pay-As-You-Go subscription.
      await page.keyboard.press('ArrowRight');
      await expectChapter(7);
      await expect(page).toHaveURL(/\/account\?subscriptionId=/);
      await expect(new AccountPage(page).reactivate).toBeEnabled();
      // 8. R11 R13: a Visual Studio subscription goes through support.
      await page.keyboard.press('ArrowRight');
      await expectChapter(8);
      await expect(page).toHaveURL(new RegExp(SUBSCRIPTIONS.sandbox));
      await expect(
        page.getByRole('main').getByRole('link', { name: /Request reactivation|联系支持人员重新激活/ }),
      ).toBeVisible();
      // 9. R9: 90 days later, deleted.
      await page.keyboard.press('ArrowRight');
      await expectChapter(9);
      await expect(overview.essential(lang === 'en-US' ? 'Status' : '状态')).toHaveText(
        STATUS.deleted,
      );
      await expect(show.next).toBeDisabled();
      // Presenter notes by a keypress.
      await page.keyboard.press('n');
      await expect(show.region).toContainText('R9');
      await expect(show.notes).toHaveAttribute('aria-expanded', 'true');

      await page.keyboard.press('Escape');
      await expect(show.region).toHaveCount(0);
      await expect(page.getByRole('main')).toBeFocused();
      await expect(page).toHaveURL(/\/subscriptions$/);
      const after = (await api.demo('snapshot')).body as Record<string, unknown>;
      expect({ ...after, takenAt: undefined }).toEqual({ ...before, takenAt: undefined });
    });
  });
}

test.describe('Presentation opened directly', () => {
  test.use({ startAt: null });

  test('Presentation: ?present=seed&chapter=5 opens chapter 5, a reload stays there, ← goes back, and it fits 768 px', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/?present=seed&chapter=5`);
    const show = new PresentationPage(page);
    const overview = new OverviewPage(page);
    await show.atChapter(5);
    await expect(overview.statusBanner('Cancellation in progress')).toBeVisible();
    await page.reload();
    await show.atChapter(5);
    await expect(show.heading).toHaveText('Billing stopped');
    await expect(overview.statusBanner('Cancellation in progress')).toBeVisible();
    // ← goes back a chapter: the confirm step again, before anything was cancelled.
    await page.keyboard.press('ArrowLeft');
    await show.atChapter(4);
    await expect(show.heading).toHaveText('Confirm');
    await expect(new CancelWizardPage(page).submit).toBeDisabled();

    await page.setViewportSize({ width: 768, height: 1024 });
    const box = await show.region.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(768);
    await expect(show.exit).toBeInViewport();
    // The buttons work by keyboard too: Tab to Exit presentation and press Enter.
    await show.exit.focus();
    await page.keyboard.press('Enter');
    await expect(show.region).toHaveCount(0);
  });
});
