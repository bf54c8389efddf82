import { expect, test } from 'azure-subscriptions-clone/playwright';

const SEARCH = 'Search resources, services, and docs (G+/)';

test.describe('Top bar: global search', () => {
  test('Global search: "/" focuses it, typing finds a subscription, Enter opens it', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    const box = page.getByRole('banner').getByRole('combobox', { name: SEARCH });
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await page.keyboard.type('fabrikam');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect(results.getByRole('option', { name: /Fabrikam Analytics/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/subscriptions\/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f605$/);
    await expect(results).toBeHidden();
    await expect(box).toHaveValue('');
  });

  test('Global search: G then / also focuses it; arrows pick a result found by ID', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    const box = page.getByRole('combobox', { name: SEARCH });
    await page.keyboard.press('g');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('e5f60');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options).toHaveCount(6);
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    const id = /a3f1c2d4-[0-9a-f-]+/.exec((await options.nth(1).textContent()) ?? '')?.[0];
    expect(id).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${id}$`));
  });

  test('Global search: services are found too, and Escape closes the results', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    const box = page.getByRole('combobox', { name: SEARCH });
    await box.click();
    await box.fill('subscr');
    const results = page.getByRole('listbox', { name: 'Search results' });
    const service = results
      .getByRole('group', { name: 'Services' })
      .getByRole('option', { name: /^Subscriptions/ });
    await expect(service).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(results).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await service.click();
    await expect(page).toHaveURL(/\/subscriptions$/);
  });

  test('Global search: "/" typed in a field stays in that field; nothing found says so', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/subscriptions');
    const blade = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await blade.click();
    await page.keyboard.type('a/b');
    await expect(blade).toHaveValue('a/b');
    await expect(page.getByRole('combobox', { name: SEARCH })).not.toBeFocused();
    await page.getByRole('combobox', { name: SEARCH }).fill('no such thing');
    await expect(page.getByText("No results were found for 'no such thing'.")).toBeVisible();
  });

  test('Global search: at 768 px it collapses to a button that opens the box', async ({
    page,
    gotoPortal,
  }) => {
    await page.setViewportSize({ width: 768, height: 900 });
    await gotoPortal('/');
    await expect(page.getByRole('combobox', { name: SEARCH })).toHaveCount(0);
    await page.getByRole('banner').getByRole('button', { name: SEARCH }).click();
    const box = page.getByRole('combobox', { name: SEARCH });
    await expect(box).toBeFocused();
    await page.keyboard.type('Legacy');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/subscriptions\/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f606$/);
    await expect(page.getByRole('combobox', { name: SEARCH })).toHaveCount(0);
    await page.keyboard.press('/');
    await expect(page.getByRole('combobox', { name: SEARCH })).toBeFocused();
  });
});
