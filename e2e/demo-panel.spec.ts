import { expect, PortalShell, test } from 'azure-subscriptions-clone/playwright';

test.describe('Demo panel', () => {
  test('Demo: switching persona signs in as that persona and changes what ARM allows (R1)', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    await page.getByRole('button', { name: 'Demo' }).click();
    const panel = page.getByRole('dialog', { name: 'Demo controls' });
    await panel.getByRole('radio', { name: /Sam Lee/ }).check();
    await expect(panel.getByRole('radio', { name: /Sam Lee/ })).toBeChecked();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('group', { name: /Signed in as Sam Lee/ })).toBeVisible();
    await page.goto('./subscriptions');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Contoso Production', exact: true }) });
    await expect(row).toContainText('Owner');
  });

  test('Demo: time travel moves the mock clock, and a badge says time is simulated (R5)', async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal('/');
    await expect(page.getByText(/Simulated time/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Demo' }).click();
    const panel = page.getByRole('dialog', { name: 'Demo controls' });
    await panel.getByRole('button', { name: '+1 day' }).click();
    await expect(panel.getByText(/Simulated time: Mar 16, 2026/)).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('banner').getByText(/Simulated time: Mar 16, 2026/)).toBeVisible();
    const state = (await api.demo('state')).body as { offsetMs: number };
    expect(state.offsetMs).toBe(24 * 60 * 60 * 1000);
    await page.getByRole('button', { name: /^Demo/ }).click();
    await panel.getByRole('button', { name: 'Back to real time' }).click();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('banner').getByText(/Simulated time/)).toHaveCount(0);
  });

  test("Demo: an injected fault shows ARM's message with Retry, and clearing it recovers", async ({
    page,
    gotoPortal,
    api,
  }) => {
    await gotoPortal('/');
    await page.getByRole('button', { name: 'Demo' }).click();
    const panel = page.getByRole('dialog', { name: 'Demo controls' });
    await panel.getByLabel('Call').selectOption('listSubscriptions');
    await panel.getByLabel('Failure').selectOption('500');
    await panel.getByLabel('Applies to').selectOption('always');
    await panel.getByRole('button', { name: 'Add fault' }).click();
    await expect(panel.getByText(/listSubscriptions: 500 Internal Server Error/)).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('banner').getByText('1 fault injected')).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Portal navigation' })
      .getByRole('link', { name: 'Subscriptions' })
      .click();
    // Reads retry with backoff before giving up; the fake clock runs the backoff.
    await page.clock.runFor(20_000);
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText('The server encountered an internal error');
    await expect(alert).toContainText('InternalServerError');

    // Cleared behind the page's back, so only Retry can bring the list back.
    expect((await api.demo('faults', { rules: [] })).status).toBe(200);
    await page.getByRole('main').getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('link', { name: 'Contoso Production', exact: true })).toBeVisible();
  });

  test('Demo: Clear faults removes every injected fault', async ({ page, gotoPortal, api }) => {
    await gotoPortal('/');
    expect(
      (
        await api.demo('faults', {
          rules: [
            { operation: 'billing', status: 503 },
            { operation: '*', latencyMs: 10 },
          ],
        })
      ).status,
    ).toBe(200);
    await page.reload();
    await expect(page.getByRole('banner').getByText('2 faults injected')).toBeVisible();
    await page.getByRole('button', { name: /^Demo/ }).click();
    const panel = page.getByRole('dialog', { name: 'Demo controls' });
    await panel.getByRole('button', { name: 'Clear faults' }).click();
    await expect(panel.getByText('No faults injected.')).toBeVisible();
    expect(((await api.demo('state')).body as { faults: unknown[] }).faults).toEqual([]);
  });

  test('Demo: resetting the scenario discards changes', async ({ page, gotoPortal, api }) => {
    await gotoPortal('/subscriptions');
    const rename = await api.call(
      'POST',
      '/subscriptions/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602/providers/Microsoft.Subscription/rename',
      {
        apiVersion: '2021-10-01',
        body: { subscriptionName: 'Renamed Dev' },
      },
    );
    expect(rename.status).toBe(200);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Renamed Dev', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Demo' }).click();
    const panel = page.getByRole('dialog', { name: 'Demo controls' });
    await panel.getByRole('button', { name: 'Reset scenario' }).click();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('link', { name: 'Contoso Dev/Test', exact: true })).toBeVisible();
  });

  test('Demo: its settings survive a reload, and altered time and faults stay visible at 768 px', async ({
    page,
    gotoPortal,
  }) => {
    await gotoPortal('/');
    const shell = new PortalShell(page);
    const demo = await shell.openDemo();
    await demo.signInAs('Sam Lee');
    await demo.travel('+1 day');
    await demo.addFault({ call: 'backup', failure: '500', once: false });
    await demo.language('中文(简体)');
    await demo.close();

    // Persona, time and faults live in the mock's saved state, the language in the portal's settings.
    await page.reload();
    await expect(shell.account).toHaveAccessibleName(/^已登录为 Sam Lee/);
    await expect(shell.demoBadges).toContainText('模拟时间：2026年3月16日');
    await expect(shell.demoBadges).toContainText('已注入 1 个故障');

    await page.setViewportSize({ width: 768, height: 900 });
    await expect(shell.demoBadges.getByText(/^2026年3月16日 \d\d:\d\d$/)).toBeVisible();
    await expect(shell.demoBadges.getByText(/^1$/)).toBeVisible();
  });
});
