import {
  CancelWizardPage,
  expect,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

for (const [persona, name] of [
  ['owner', 'Sam Lee'],
  ['reader', 'Riley Chen'],
] as const) {
  test.describe(`Cancel wizard as ${persona}`, () => {
    test.use({ persona });

    test(`R1: ${persona === 'owner' ? 'an Owner' : 'a Reader'} who opens the wizard URL sees why and cannot go on`, async ({
      page,
      gotoPortal,
      api,
    }) => {
      const wizard = new CancelWizardPage(page);
      await wizard.open(gotoPortal, SUBSCRIPTIONS.production);
      await expect(
        page.getByRole('group', { name: new RegExp(`Signed in as ${name}`) }),
      ).toBeVisible();
      await expect(wizard.region.getByRole('alert')).toContainText(
        'Only the account administrator can cancel this subscription',
      );
      await expect(wizard.reason).toHaveCount(0);
      await expect(wizard.submit).toHaveCount(0);
      await expect(wizard.next).toHaveCount(0);
      await expect(wizard.contactSupport).toBeVisible();
      // Bypassing the UI changes nothing: the API refuses too.
      const answer = await api.call(
        'POST',
        `/subscriptions/${SUBSCRIPTIONS.production}/providers/Microsoft.Subscription/cancel`,
        {
          apiVersion: '2021-10-01',
          persona,
        },
      );
      expect(answer.status).toBe(403);
    });
  });
}

test.describe('Cancel wizard on a subscription that is not active', () => {
  test('R14: a cancelled subscription cannot be cancelled again, and the wizard says so', async ({
    page,
    gotoPortal,
  }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, SUBSCRIPTIONS.legacyMarketing);
    // The wizard shows the lifecycle notice of a Disabled subscription and why nothing is offered.
    await expect(wizard.region.getByRole('alert')).toContainText(
      'This subscription is canceled and disabled',
    );
    await expect(wizard.region).toContainText('There is nothing left to cancel');
    await expect(wizard.submit).toHaveCount(0);
  });
});
