import type { Page } from '@playwright/test';
import { expect, test } from 'azure-subscriptions-clone/playwright';

const MOCK_STATE_KEY = 'azure-portal-clone:mock-state';
const CONTOSO_DEV = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602';

type SavedStateChange = 'corrupt' | 'older-version';

/**
 * Changes the saved state at the start of the next page load, before the app runs: changed from the
 * running page instead, a save still in flight there (any answered call) could write over it.
 */
async function beforeNextLoad(page: Page, change: SavedStateChange): Promise<void> {
  await page.addInitScript(
    ({ key, change }) => {
      if (sessionStorage.getItem('e2e:changed-saved-state')) return;
      sessionStorage.setItem('e2e:changed-saved-state', '1');
      if (change === 'corrupt') {
        localStorage.setItem(key, '{"version": 3, "world": [tr');
      } else {
        const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
        localStorage.setItem(key, JSON.stringify({ ...saved, storeVersion: 0 }));
      }
    },
    { key: MOCK_STATE_KEY, change },
  );
}

test.describe('Persistence', () => {
  test('Persistence: a committed change survives a reload', async ({ page, gotoPortal, api }) => {
    await gotoPortal('/subscriptions');
    const answer = await api.call(
      'POST',
      `/subscriptions/${CONTOSO_DEV}/providers/Microsoft.Subscription/rename`,
      {
        apiVersion: '2021-10-01',
        body: { subscriptionName: 'Dev and Test' },
      },
    );
    expect(answer.status).toBe(200);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Dev and Test', exact: true })).toBeVisible();
  });

  test('Persistence: corrupted saved state is reset to the scenario with a visible notice, never a blank page', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    await beforeNextLoad(page, 'corrupt');
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'Saved data was reset' });
    await expect(notice).toContainText('corrupted');
    await expect(page.getByRole('link', { name: 'Contoso Production', exact: true })).toBeVisible();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Contoso Production', exact: true })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Saved data was reset' })).toHaveCount(
      0,
    );
  });

  test('Persistence: saved state from another version is replaced, and says so', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await beforeNextLoad(page, 'older-version');
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'Saved data was reset' })).toContainText(
      'another version',
    );
    await expect(
      page.getByRole('main').getByRole('heading', { name: 'Home', level: 1 }),
    ).toBeVisible();
  });
});
