import { expect, SUBSCRIPTIONS, SupportPage, test } from 'azure-subscriptions-clone/playwright';

const REACTIVATION = `/support/new?subscriptionId=${SUBSCRIPTIONS.sandbox}&problemType=subscription-reactivation`;

test.describe('Support requests', () => {
  test('R11: a reactivation request for Contoso Sandbox is filed, then resolved after 1 hour and the subscription is Active', async ({
    page,
    gotoPortal,
  }) => {
    const support = new SupportPage(page);
    await gotoPortal(REACTIVATION);
    await expect(support.subscription).toHaveValue('Contoso Sandbox');
    await expect(support.problemType).toHaveText('Subscription reactivation');
    await support.fill(
      'Reactivate Contoso Sandbox',
      'We still need the sandbox for the spring release.',
    );
    await support.create.click();

    await expect(page).toHaveURL(/\/support$/);
    const row = support.row('Reactivate Contoso Sandbox');
    await expect(row).toContainText('Open');
    await expect(row).toContainText('Contoso Sandbox');
    await expect(row).toContainText('Subscription reactivation');

    await page.clock.fastForward('01:00:00');
    await expect(row).toContainText('Resolved', { timeout: 15_000 });
    await page
      .getByRole('navigation', { name: 'Portal navigation' })
      .getByRole('link', { name: 'Subscriptions' })
      .click();
    const listRow = page
      .getByRole('main')
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Contoso Sandbox', exact: true }) });
    await expect(listRow).toContainText('Active');
  });

  test('R11: a reactivation request after the 90 days is refused, with the reason', async ({
    page,
    gotoPortal,
  }) => {
    const support = new SupportPage(page);
    await gotoPortal(REACTIVATION);
    // Contoso Sandbox was cancelled 85 days before the scenario starts: 6 more days pass the 90.
    await page.clock.fastForward(6 * 24 * 60 * 60 * 1000);
    await support.fill(
      'Reactivate Contoso Sandbox',
      'We still need the sandbox for the spring release.',
    );
    await support.create.click();
    const row = support.row('Reactivate Contoso Sandbox');
    await expect(row).toContainText('Refused');
    await expect(row).toContainText(/Reason: .*90 days/);
  });

  test('R13: the form says what is missing before anything is sent', async ({
    page,
    gotoPortal,
  }) => {
    const support = new SupportPage(page);
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('supportTickets'))
        puts.push(request.url());
    });
    await gotoPortal('/support/new');
    await support.create.click();
    await expect(
      support.main.getByRole('alert').filter({ hasText: 'Fix the fields marked in red' }),
    ).toBeVisible();
    await expect(support.main).toContainText('Select the subscription the request is about.');
    await expect(support.main).toContainText('Select a problem type.');
    await expect(support.title).toHaveAttribute('aria-invalid', 'true');
    await support.title.fill('x'.repeat(141));
    await expect(support.main).toContainText('The title can have at most 140 characters.');
    await support.description.fill('too short');
    await expect(support.main).toContainText('Describe the problem in at least 10 characters.');
    expect(puts).toHaveLength(0);
  });

  test.describe('as a Reader', () => {
    test.use({ persona: 'reader' });

    test('R13: a Reader may still file a billing request from Contact support', async ({
      page,
      gotoPortal,
    }) => {
      const support = new SupportPage(page);
      await gotoPortal(
        `/support/new?subscriptionId=${SUBSCRIPTIONS.production}&problemType=billing`,
      );
      await expect(support.subscription).toHaveValue('Contoso Production');
      await expect(support.problemType).toHaveText('Billing');
      await support.fill(
        'Question about my invoice',
        'Why does the final invoice fall on the 5th?',
      );
      await support.create.click();
      await expect(support.row('Question about my invoice')).toContainText('Open');
    });
  });
});
