import { expect, OverviewPage, SUBSCRIPTIONS, test } from 'azure-subscriptions-clone/playwright';

// The seed points its reader elsewhere four times: to who the account administrator is, to the
// resources page, to the Trust Center for the 90 days, and to the support plans. Each is a link or a
// name where the portal meets the rule.

test.describe('Seed pointers', () => {
  test('R1: where cancelling is refused, the Overview and the wizard name the account administrator', async ({
    page,
    gotoPortal,
  }) => {
    const overview = new OverviewPage(page);
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.enterprise}`);
    await expect(overview.cancelButton).toBeDisabled();
    await expect(overview.main).toContainText(
      'This subscription’s account administrator is Morgan Patel (morgan.patel@contoso.onmicrosoft.com).',
    );

    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.enterprise}/cancel`);
    const refusal = page.getByRole('alert').filter({ hasText: 'Only the account administrator' });
    await expect(refusal).toContainText(
      'This subscription’s account administrator is Morgan Patel (morgan.patel@contoso.onmicrosoft.com).',
    );
  });

  test.describe('as Sam Lee (Owner)', () => {
    test.use({ persona: 'owner', lang: 'zh-CN' });

    test('R1 (zh-CN): an Owner of Contoso Production is told its account administrator is Avery Howard', async ({
      page,
      gotoPortal,
    }) => {
      await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.production}/cancel`);
      await expect(page.getByRole('alert').filter({ hasText: '只有帐户管理员' })).toContainText(
        '此订阅的帐户管理员是 Avery Howard（avery.howard@contoso.onmicrosoft.com）。',
      );
    });
  });

  test('R2: "Shut down your services" links to the subscription’s Resources blade', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.production}/cancel`);
    await page.getByRole('main').getByRole('link', { name: 'Go to the resources page' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/subscriptions/${SUBSCRIPTIONS.production}/resources$`),
    );
  });

  test('Seed pointers: the Disabled banner links the seed’s support plans and Trust Center pages, opening in a new tab with noopener', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.production}?moment=disabled`);
    const banner = page.getByRole('alert', { name: /disabled/i });
    const links = [
      [/Azure support plans/, 'https://azure.microsoft.com/support/plans/'],
      [
        /Microsoft Trust Center - How we manage your data/,
        'https://go.microsoft.com/fwLink/p/?LinkID=822930&clcid=0x409',
      ],
    ] as const;
    for (const [name, href] of links) {
      const link = banner.getByRole('link', { name });
      await expect(link).toHaveAttribute('href', href);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(link).toHaveAccessibleName(/opens in a new tab/);
    }
  });
});
