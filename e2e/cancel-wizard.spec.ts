import {
  CancelWizardPage,
  expect,
  formatDate,
  formatUsd,
  OverviewPage,
  readCancelPreview,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

const PROD = SUBSCRIPTIONS.production;

test.describe('Cancel wizard', () => {
  test('Seed story: Contoso Production is cancelled through the wizard, end to end', async ({
    page,
    gotoPortal,
    api,
  }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, PROD);
    await expect(wizard.region).toBeVisible();
    await expect(wizard.currentStep()).toContainText('Prepare');

    // R2 back up: a real file download from the API.
    const downloading = page.waitForEvent('download');
    await wizard.region
      .getByRole('button', { name: 'Download a copy of stcontosoprod001' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^stcontosoprod001.*\.json$/);
    await expect(wizard.resourceRow('Back up your data', 'stcontosoprod001')).toContainText(
      'Downloaded',
    );

    // R2 save an image of a VM, recorded by the API.
    const imageRow = wizard.resourceRow('Back up your data', 'vm-prod-api-01');
    await imageRow.getByRole('button', { name: 'Save image of vm-prod-api-01' }).click();
    await expect(imageRow).toContainText('1 image saved');

    // R2 shut down: the VM stops and the list shows it.
    const vmRow = wizard.resourceRow('Shut down your services', 'vm-prod-web-01');
    await expect(vmRow).toContainText('Running');
    await vmRow.getByRole('button', { name: 'Stop vm-prod-web-01' }).click();
    await expect(vmRow).toContainText('Stopped (deallocated)');
    await expect(vmRow.getByRole('button', { name: /Stop/ })).toHaveCount(0);
    await expect(wizard.contactSupport).toHaveAttribute(
      'href',
      new RegExp(`/support/new\\?subscriptionId=${PROD}&problemType=billing`),
    );

    // Only the acknowledgement stands between Prepare and Review.
    await expect(wizard.next).toBeDisabled();
    await expect(wizard.region).toContainText('Confirm that you have reviewed these steps');
    await wizard.acknowledge.check();
    await wizard.next.click();
    await expect(page).toHaveURL(/step=review/);
    await expect(wizard.stepHeading(/Review the impact/)).toBeFocused();

    // Review: the API's exact figures (R4, R5, R7, R8, R9).
    const preview = await readCancelPreview(api, PROD);
    await expect(wizard.figure('Billing stops')).toContainText('Immediately');
    await expect(wizard.figure('Shows in the portal')).toContainText('Within 10 minutes');
    await expect(wizard.figure('Services are disabled')).toContainText(
      '1 virtual machine deallocated',
    );
    await expect(wizard.figure('Final invoice')).toContainText(
      `on ${formatDate(preview.finalInvoiceDate)}`,
    );
    const plan = preview.supportPlan;
    expect(plan, 'Contoso Production has the Standard support plan').toBeDefined();
    if (plan) {
      await expect(wizard.figure('Support plan')).toContainText(
        `${formatUsd(plan.monthlyPrice)} a month × 6 = ${formatUsd(plan.total)}, last charge on ${formatDate(plan.lastChargeDate)}`,
      );
      expect(plan.total).toBe(plan.monthlyPrice * 6);
    }
    await expect(wizard.figure('Your data')).toContainText(formatDate(preview.dataDeletionDate));
    await expect(wizard.figure('Changed your mind?')).toContainText('Account Center');
    await expect(wizard.contactSupport).toBeVisible();
    await wizard.next.click();

    // Confirm: the name typed exactly and a reason, with a comment.
    await expect(page).toHaveURL(/step=confirm/);
    await wizard.confirm.fill({
      reason: 'Other',
      name: 'Contoso Production',
      comment: 'Consolidating into the EA subscription',
    });
    await expect(wizard.submit).toBeEnabled();
    await wizard.submit.click();

    // R5: on the Overview the cancellation is pending, the status still Active.
    const overview = new OverviewPage(page);
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${PROD}$`));
    await expect(overview.statusBanner(/Cancellation in progress/)).toBeVisible();
    await expect(overview.essential('Status')).toHaveText('Active');
    const notifications = page.getByRole('button', { name: 'Notifications' });
    await notifications.click();
    const panel = page.getByRole('list', { name: 'Notifications' });
    const entry = panel.getByRole('listitem', {
      name: "Canceling subscription 'Contoso Production'…",
    });
    await expect(entry).toBeVisible();
    await page.keyboard.press('Escape');

    // R5/R6: within 10 minutes it shows as Disabled, without a reload, and the notification completes.
    await page.clock.fastForward('10:00');
    await expect(overview.essential('Status')).toHaveText('Disabled', { timeout: 15_000 });
    await notifications.click();
    await expect(
      panel.getByRole('listitem', { name: "Subscription 'Contoso Production' canceled" }),
    ).toBeVisible();
  });

  test('R3: the final button waits for the exact name and a reason; a comment is never required', async ({
    page,
    gotoPortal,
  }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, PROD);
    await wizard.prepare.acknowledgeAndContinue();
    await wizard.review.continue();

    // Errors first, the final button waits for both answers.
    await expect(page).toHaveURL(/step=confirm/);
    await expect(wizard.submit).toBeDisabled();
    await wizard.subscriptionName.fill('contoso production');
    await expect(wizard.subscriptionName).toHaveAttribute('aria-invalid', 'true');
    await expect(wizard.region).toContainText(
      'The name does not match. Type Contoso Production exactly',
    );
    await wizard.chooseReason('It is too expensive');
    await expect(wizard.submit).toBeDisabled();
    await expect(wizard.region).toContainText('To cancel, type the subscription name exactly.');
    // Other needs no comment (the field is offered, optional).
    await wizard.chooseReason('Other');
    await wizard.subscriptionName.fill('Contoso Production');
    await expect(wizard.comment).not.toHaveAttribute('aria-invalid', 'true');
    await expect(wizard.subscriptionName).not.toHaveAttribute('aria-invalid', 'true');
    await expect(wizard.submit).toBeEnabled();
  });

  test('Wizard: Back, Forward and reload keep the step and the answers until submitted', async ({
    page,
    gotoPortal,
  }) => {
    const wizard = new CancelWizardPage(page);
    await wizard.open(gotoPortal, PROD);
    await wizard.acknowledge.check();
    await wizard.next.click();
    await expect(page).toHaveURL(/step=review/);
    // The address changes before the step shows: Next is clicked on Review, not again on Prepare.
    await expect(wizard.review.heading).toBeVisible();
    await wizard.next.click();
    await expect(page).toHaveURL(/step=confirm/);
    await wizard.chooseReason('I no longer need this subscription');
    await wizard.subscriptionName.fill('Contoso Prod');

    await page.goBack();
    await expect(wizard.stepHeading(/Review the impact/)).toBeVisible();
    await page.goForward();
    await expect(wizard.subscriptionName).toHaveValue('Contoso Prod');
    await page.reload();
    await expect(wizard.stepHeading(/Confirm/)).toBeVisible();
    await expect(wizard.reason).toHaveText('I no longer need this subscription');
    await expect(wizard.subscriptionName).toHaveValue('Contoso Prod');
    await page.goBack();
    await page.goBack();
    await expect(wizard.stepHeading(/Prepare/)).toBeVisible();
    await expect(wizard.acknowledge).toBeChecked();
  });

  test('R14: a double click and a retry after a failure cancel only once', async ({
    page,
    gotoPortal,
    api,
  }) => {
    const wizard = new CancelWizardPage(page);
    const cancelCalls: string[] = [];
    page.on('request', (request) => {
      if (
        request.method() === 'POST' &&
        request.url().includes('/providers/Microsoft.Subscription/cancel?')
      )
        cancelCalls.push(request.url());
    });
    await wizard.open(gotoPortal, PROD);
    await wizard.prepare.acknowledgeAndContinue();
    await wizard.review.continue();
    await wizard.chooseReason('Other');
    await wizard.comment.fill('Testing retries');
    await wizard.subscriptionName.fill('Contoso Production');

    // The first answer is lost to a 503: ARM's message and Retry show, nothing was cancelled.
    const faults = await api.demo('faults', {
      rules: [{ operation: 'cancel', status: 503, times: 1 }],
    });
    expect(faults.status).toBe(200);
    await wizard.submit.dblclick();
    const error = wizard.region.getByRole('alert').filter({ hasText: 'The request failed (503)' });
    await expect(error).toBeVisible();
    expect(cancelCalls).toHaveLength(1);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${PROD}$`));
    expect(cancelCalls).toHaveLength(2);

    // The API holds exactly one cancellation.
    const billing = await api.call(
      'GET',
      `/subscriptions/${PROD}/providers/Microsoft.Billing/billingSubscriptions/default`,
      {
        apiVersion: '2024-04-01',
      },
    );
    expect(billing.body).toMatchObject({
      properties: { lifecycle: { phase: 'cancellation-pending' } },
    });
  });
});
