import { expect, MovePage, SUBSCRIPTIONS, test } from 'azure-subscriptions-clone/playwright';

test.describe('Move resources', () => {
  test('R2: a storage account moves from Contoso Production to a new resource group in Contoso Dev/Test', async ({
    page,
    gotoPortal,
    api,
  }) => {
    const move = new MovePage(page);
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.production}/resources/move?returnTo=cancel`);
    await move.pick(move.sourceGroup, 'rg-prod-data');
    await move.selectResource('stcontosoprod001').check();
    await expect(move.move).toBeDisabled();
    await move.pick(move.targetSubscription, 'Contoso Dev/Test');
    await move.newGroup.check();
    await move.newGroupName.fill('rg-archive');
    await move.validate.click();
    await expect(
      move.main.getByRole('status').filter({ hasText: 'Validation succeeded' }),
    ).toBeVisible();
    await move.move.click();

    // Back where it was opened from: the cancel wizard's Prepare step.
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${SUBSCRIPTIONS.production}/cancel`));
    const target = await api.call('GET', `/subscriptions/${SUBSCRIPTIONS.devTest}/resources`, {
      apiVersion: '2021-04-01',
    });
    const ids = (target.body as { value: { id: string }[] }).value.map((r) => r.id);
    expect(ids).toContainEqual(
      expect.stringMatching(
        /\/resourceGroups\/rg-archive\/providers\/Microsoft\.Storage\/storageAccounts\/stcontosoprod001$/i,
      ),
    );
  });

  test('R6: resources of a disabled subscription cannot be moved, and ARM says why (409)', async ({
    page,
    gotoPortal,
  }) => {
    const move = new MovePage(page);
    await gotoPortal(`/subscriptions/${SUBSCRIPTIONS.legacyMarketing}/resources/move`);
    await expect(
      move.main.getByRole('alert').filter({ hasText: 'This subscription is not active' }),
    ).toBeVisible();
    await move.pick(move.sourceGroup, 'rg-marketing-web');
    await move.selectResource('stlegacymkt001').check();
    await move.pick(move.targetSubscription, 'Contoso Production');
    await move.pick(move.existingGroup, 'rg-prod-data');
    await move.validate.click();
    const refusal = move.main.getByRole('alert').filter({ hasText: 'The request failed (409)' });
    await expect(refusal).toContainText('ReadOnlyDisabledSubscription');
    await expect(move.move).toBeDisabled();
  });
});
